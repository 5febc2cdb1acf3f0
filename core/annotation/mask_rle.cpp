// MaskRle: pycocotools' RLE functions (cocoapi common/maskApi.c) one for one, with checks of input.
#include "core/annotation/mask_rle.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <utility>

namespace atelier {
namespace {

// Counts are C `uint`s in maskApi.h, so a mask holds at most as many pixels as one count can.
constexpr std::int64_t maxPixels = std::numeric_limits<std::uint32_t>::max();

Status checkSize(int height, int width)
{
    if (height < 0 || width < 0 || std::int64_t(height) * width > maxPixels)
        return fail(MaskRle::tr("A mask of %1 x %2 pixels (height x width) is not possible: both must be "
                                "at least 0, and the mask at most 4294967295 pixels.")
                        .arg(height)
                        .arg(width));
    return {};
}

// Every mask's counts cover its pixels exactly; otherwise decoding would write past the image or
// leave part of it unset.
Status checkCounts(std::span<const std::uint32_t> counts, int height, int width)
{
    std::uint64_t sum = 0;
    for (const std::uint32_t count : counts)
        sum += count;
    const std::uint64_t pixels = std::uint64_t(height) * std::uint64_t(width);
    if (sum != pixels)
        return fail(MaskRle::tr("The mask's run lengths add up to %1 pixels, but a mask of %2 x %3 pixels has %4: "
                                "its size or its counts are wrong.")
                        .arg(sum)
                        .arg(height)
                        .arg(width)
                        .arg(pixels));
    return {};
}

// --- rleToString / rleFrString ---------------------------------------------------------------

// rleToString writes 6 bits a character offset by 48, so the alphabet is '0' (48) .. 'o' (111).
constexpr int firstDigit = 48;
constexpr int lastDigit = firstDigit + 63;
// A stored value is a count (< 2^32) or the difference of two (33 bits with the sign): at most 7
// characters of 5 bits. rleFrString reads on and shifts past its int; we refuse instead.
constexpr int maxDigitsPerValue = 7;

QString describeByte(char byte)
{
    const auto code = static_cast<unsigned char>(byte);
    if (code > 32 && code < 127)
        return QStringLiteral("'%1'").arg(QLatin1Char(byte));
    return QStringLiteral("byte 0x%1").arg(code, 2, 16, QLatin1Char('0'));
}

// Appends one value in rleToString's LEB128-like code: 5 bits a character, least significant
// first, 0x20 set while more characters follow, and 0x10 of the last one the sign.
void appendValue(QByteArray &text, std::int64_t value)
{
    for (bool more = true; more;) {
        int digit = int(value & 0x1f);
        value >>= 5; // arithmetic shift, as on the C long
        // Stop once the rest is sign only: 0s after a positive digit, 1s after a negative one.
        more = (digit & 0x10) ? value != -1 : value != 0;
        if (more)
            digit |= 0x20;
        text.append(char(digit + firstDigit));
    }
}

// Reads one value written by appendValue() at `position` and moves past it.
Result<std::int64_t> readValue(QByteArrayView text, qsizetype &position)
{
    const qsizetype start = position;
    std::int64_t value = 0;
    for (int k = 0;; ++k) {
        if (k == maxDigitsPerValue)
            return fail(MaskRle::tr("The compressed mask is malformed: the count that starts at character %1 "
                                    "runs on past %2 characters, more than any 32-bit count needs.")
                            .arg(start + 1)
                            .arg(maxDigitsPerValue));
        if (position == text.size())
            return fail(MaskRle::tr("The compressed mask is cut short: it ends inside the count that starts at "
                                    "character %1.")
                            .arg(start + 1));
        const char byte = text[position];
        if (byte < firstDigit || byte > lastDigit)
            return fail(MaskRle::tr("The compressed mask is malformed: character %1 is %2, outside the RLE "
                                    "alphabet '0' to 'o'.")
                            .arg(position + 1)
                            .arg(describeByte(byte)));
        const int digit = byte - firstDigit;
        value |= std::int64_t(digit & 0x1f) << (5 * k);
        ++position;
        if (!(digit & 0x20)) {
            if (digit & 0x10) // negative: extend the sign over the bits above the last digit
                value |= -(std::int64_t(1) << (5 * (k + 1)));
            return value;
        }
    }
}

// --- rleFrPoly --------------------------------------------------------------------------------

// rleFrPoly walks the outline upsampled 5 times, so that pixel membership is decided by where the
// outline passes a pixel's centre, to a fifth of a pixel.
constexpr double polygonScale = 5;
// Beyond this, upsampled coordinates and their differences would overflow rleFrPoly's ints.
constexpr double maxCoordinate = 1e8;

struct Point
{
    int u = 0; // x in fifths of a pixel
    int v = 0; // y in fifths of a pixel
};

// rleFrPoly's `(int)(scale * x + .5)`: rounds half up for positive coordinates but towards zero
// for negative ones (C's cast truncates), which is what gives pycocotools' masks at the borders.
Point upsampled(double x, double y)
{
    return {int(polygonScale * x + .5), int(polygonScale * y + .5)};
}

// The first index in [begin, end) where `holds` is false, `holds` being true on a prefix.
template<typename Predicate>
int firstWhereNot(int begin, int end, Predicate holds)
{
    while (begin < end) {
        const int middle = begin + (end - begin) / 2;
        if (holds(middle))
            begin = middle + 1;
        else
            end = middle;
    }
    return begin;
}

// The same for [from + 1, end), where `holds(from)` is known: gallops away from `from` first, so
// that an answer a few indices on costs a few calls rather than the log of the whole range.
template<typename Predicate>
int firstWhereNotAfter(int from, int end, Predicate holds)
{
    int step = 1;
    while (step < end - from && holds(from + step)) {
        from += step;
        step = std::min(2 * step, end - from);
    }
    return firstWhereNot(from + 1, std::min(from + step, end), holds);
}

// One edge of rleFrPoly's first loop: the points of the upsampled outline from one vertex to the
// next, one a step along the longer axis, at(0) .. at(steps()). The other coordinate is rounded
// from the slope as the C code does, so that the points are the same to the last bit.
class EdgeWalk
{
public:
    EdgeWalk(Point from, Point to)
        : m_xs(from.u), m_ys(from.v), m_dx(std::abs(to.u - from.u)), m_dy(std::abs(to.v - from.v))
    {
        int xe = to.u;
        int ye = to.v;
        // The C code walks every edge towards growing x (or y) and flips the indices back.
        m_flip = (m_dx >= m_dy && m_xs > xe) || (m_dx < m_dy && m_ys > ye);
        if (m_flip) {
            std::swap(m_xs, xe);
            std::swap(m_ys, ye);
        }
        // A repeated vertex makes rleFrPoly divide 0 by 0; its one point shares its column with
        // both neighbours wherever a crossing can count (x >= 0), so any slope gives its result.
        if (m_dx >= m_dy)
            m_slope = m_dx == 0 ? 0.0 : double(ye - m_ys) / m_dx;
        else
            m_slope = double(xe - m_xs) / m_dy;
    }

    int steps() const { return m_dx >= m_dy ? m_dx : m_dy; }

    Point at(int d) const
    {
        const int t = m_flip ? steps() - d : d;
        if (m_dx >= m_dy)
            return {t + m_xs, int(m_ys + m_slope * t + .5)};
        return {int(m_xs + m_slope * t + .5), t + m_ys};
    }

    // Calls pair(at(d - 1), at(d)) for each d where the column u changes, among the points whose
    // u lies in [low, high]. u is monotonic along an edge, so binary search finds that stretch
    // and each change in it: the work grows with the image's width, not the edge's length (a
    // vertex at x = 1e7 would otherwise mean a walk of 5e7 points, as in pycocotools).
    template<typename Pair>
    void forEachColumnChange(int low, int high, Pair pair) const
    {
        const auto column = [this](int d) { return at(d).u; };
        const bool rising = column(0) <= column(steps());
        const int begin = firstWhereNot(0, steps() + 1, [&](int d) {
            return rising ? column(d) < low : column(d) > high;
        });
        const int end = firstWhereNot(begin, steps() + 1, [&](int d) {
            return rising ? column(d) <= high : column(d) >= low;
        });
        for (int d = begin; d < end;) {
            const int u = column(d);
            const int next = firstWhereNotAfter(d, end, [&](int e) { return column(e) == u; });
            if (next < end)
                pair(at(next - 1), at(next));
            d = next;
        }
    }

private:
    int m_xs;
    int m_ys;
    int m_dx;
    int m_dy;
    bool m_flip = false;
    double m_slope = 0;
};

// rleFrPoly's second loop for two consecutive outline points in different columns: if they
// straddle the centre line of an image column, the first pixel of that column whose centre lies
// below the outline (as index x * height + y, y == height meaning none).
std::optional<std::uint32_t> columnCrossing(Point previous, Point current, int height, int width)
{
    double xd = current.u < previous.u ? current.u : current.u - 1;
    xd = (xd + .5) / polygonScale - .5;
    if (std::floor(xd) != xd || xd < 0 || xd > width - 1)
        return std::nullopt;
    double yd = std::min(current.v, previous.v);
    yd = (yd + .5) / polygonScale - .5;
    yd = std::ceil(std::clamp(yd, 0.0, double(height)));
    return std::uint32_t(std::int64_t(xd) * height + std::int64_t(yd));
}

// rleFrPoly's first two loops: the crossings of the closed outline with the image's columns.
std::vector<std::uint32_t> columnCrossings(std::span<const Point> vertices, int height, int width)
{
    std::vector<std::uint32_t> crossings;
    const auto addPair = [&](Point previous, Point current) {
        if (current.u == previous.u)
            return;
        if (const auto pixel = columnCrossing(previous, current, height, width))
            crossings.push_back(*pixel);
    };
    // Crossings need both points in upsampled columns 2 .. 5 * width - 2; the margin adds safety.
    const int low = -int(polygonScale);
    const std::int64_t beyondLastColumn = std::int64_t(polygonScale) * (width + 1);
    const int high = int(std::min<std::int64_t>(beyondLastColumn, std::numeric_limits<int>::max()));
    std::optional<Point> previousEnd;
    for (std::size_t j = 0; j < vertices.size(); ++j) {
        const EdgeWalk edge(vertices[j], vertices[(j + 1) % vertices.size()]);
        if (previousEnd) // the C code walks all edges as one array of points
            addPair(*previousEnd, edge.at(0));
        edge.forEachColumnChange(low, high, addPair);
        previousEnd = edge.at(edge.steps());
    }
    return crossings;
}

// Drops the runs of length 0 after the first and joins the runs around each ([5, 0, 0, 11] is
// [5, 11]): the same pixels, in the canonical counts that rleEncode gives. This is rleFrPoly's
// last loop.
std::vector<std::uint32_t> withoutEmptyRuns(std::span<const std::uint32_t> counts)
{
    std::vector<std::uint32_t> runs{counts[0]};
    for (std::size_t j = 1; j < counts.size();) {
        if (counts[j] > 0) {
            runs.push_back(counts[j++]);
        } else if (++j < counts.size()) {
            runs.back() += counts[j++];
        }
    }
    return runs;
}

// rleFrPoly's last two loops: the sorted crossings become run lengths. Two crossings at one pixel
// cancel out (the run of length 0 between them goes), so an outline that touches a column's
// centre without crossing it changes nothing there.
std::vector<std::uint32_t> runsFromCrossings(std::vector<std::uint32_t> crossings, std::uint32_t pixels)
{
    crossings.push_back(pixels);
    std::sort(crossings.begin(), crossings.end());
    std::uint32_t previous = 0;
    for (std::uint32_t &crossing : crossings)
        crossing -= std::exchange(previous, crossing);
    return withoutEmptyRuns(crossings);
}

// --- rleMerge -----------------------------------------------------------------------------------

// rleMerge with intersect = 0 for two masks of one size: walks both run lists at once and closes
// a run wherever the union changes value. The lists must have no runs of length 0 after the first:
// rleMerge advances past one such run an iteration and stops when both lists stand on one, so
// on [0,0,0,4,0,2] and [0,0,0,0,4,2] it returns [0] for 6 pixels, and a further merge with that
// never ends.
std::vector<std::uint32_t> unite(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b)
{
    std::vector<std::uint32_t> runs;
    std::uint32_t ca = a[0], cb = b[0], cc = 0;
    std::size_t ia = 1, ib = 1;
    bool va = false, vb = false, v = false;
    // 64 bits where the C code has a uint that two counts of 2^31 or more would wrap to 0.
    for (std::uint64_t remaining = 1; remaining > 0;) {
        const std::uint32_t c = std::min(ca, cb);
        cc += c;
        ca -= c;
        if (ca == 0 && ia < a.size()) {
            ca = a[ia++];
            va = !va;
        }
        cb -= c;
        if (cb == 0 && ib < b.size()) {
            cb = b[ib++];
            vb = !vb;
        }
        remaining = std::uint64_t(ca) + cb;
        const bool before = std::exchange(v, va || vb);
        if (v != before || remaining == 0)
            runs.push_back(std::exchange(cc, 0));
    }
    return runs;
}

} // namespace

MaskRle::MaskRle(int height, int width, std::vector<std::uint32_t> counts)
    : m_height(height), m_width(width), m_counts(std::move(counts))
{
}

// rleEncode: runs along the columns (pycocotools encodes Fortran-ordered arrays), first of 0s.
MaskRle MaskRle::fromMask(const std::uint8_t *data, int height, int width)
{
    Q_ASSERT(checkSize(height, width).has_value());
    std::vector<std::uint32_t> counts;
    std::uint32_t run = 0;
    bool previous = false;
    for (int x = 0; x < width; ++x) {
        for (int y = 0; y < height; ++y) {
            const bool value = data[std::size_t(y) * std::size_t(width) + std::size_t(x)] != 0;
            if (value != previous) {
                counts.push_back(std::exchange(run, 0));
                previous = value;
            }
            ++run;
        }
    }
    counts.push_back(run);
    return MaskRle(height, width, std::move(counts));
}

// rleFrString, reading no further than the text and refusing what does not decode to a mask.
Result<MaskRle> MaskRle::fromCompressedString(QByteArrayView text, int height, int width)
{
    if (const Status size = checkSize(height, width); !size)
        return fail(size.error());
    if (text.isEmpty())
        return fail(tr("The compressed mask is empty; even an empty mask has one count."));
    std::vector<std::uint32_t> counts;
    for (qsizetype position = 0; position < text.size();) {
        const qsizetype start = position;
        const Result<std::int64_t> stored = readValue(text, position);
        if (!stored)
            return fail(stored.error());
        // From the fourth count on (i > 2 in rleToString; not i >= 2, and kept so for identical
        // strings) a count is stored as its difference to the count two before, the previous run
        // of the same value, which is small for smooth shapes.
        const std::int64_t count = *stored + (counts.size() > 2 ? counts[counts.size() - 2] : 0);
        if (count < 0 || count > maxPixels)
            return fail(tr("The compressed mask is malformed: count %1 (at character %2) comes to %3, outside "
                           "0 to 4294967295.")
                            .arg(counts.size() + 1)
                            .arg(start + 1)
                            .arg(count));
        counts.push_back(std::uint32_t(count));
    }
    if (const Status covered = checkCounts(counts, height, width); !covered)
        return fail(covered.error());
    return MaskRle(height, width, std::move(counts));
}

// frUncompressedRLE in pycocotools' _mask.pyx: the counts as they are.
Result<MaskRle> MaskRle::fromUncompressedCounts(std::span<const qint64> counts, int height, int width)
{
    if (const Status size = checkSize(height, width); !size)
        return fail(size.error());
    if (counts.empty())
        return fail(tr("The mask's count list is empty; even an empty mask has one count."));
    std::vector<std::uint32_t> checked;
    checked.reserve(counts.size());
    for (const qint64 count : counts) {
        if (count < 0 || count > maxPixels)
            return fail(tr("Count %1 of the mask is %2, outside 0 to 4294967295.")
                            .arg(checked.size() + 1)
                            .arg(count));
        checked.push_back(std::uint32_t(count));
    }
    if (const Status covered = checkCounts(checked, height, width); !covered)
        return fail(covered.error());
    return MaskRle(height, width, std::move(checked));
}

// rleFrPoly: walk the upsampled outline, note where it crosses each column's centre line, and
// turn the sorted crossings into runs (each crossing toggles the value down the columns).
Result<MaskRle> MaskRle::fromPolygon(std::span<const double> xy, int height, int width)
{
    if (const Status size = checkSize(height, width); !size)
        return fail(size.error());
    for (std::size_t i = 0; i < xy.size(); ++i) {
        if (!(std::abs(xy[i]) <= maxCoordinate)) // NaN fails too
            return fail(tr("Polygon coordinate %1 is %2; coordinates must be finite numbers between "
                           "-100000000 and 100000000.")
                            .arg(i + 1)
                            .arg(xy[i]));
    }
    // The C code would index columns of an image that has none; nothing can be set there.
    if (height == 0 || width == 0)
        return MaskRle(height, width, {0});
    std::vector<Point> vertices;
    for (std::size_t j = 0; j + 1 < xy.size(); j += 2)
        vertices.push_back(upsampled(xy[j], xy[j + 1]));
    const std::uint32_t pixels = std::uint32_t(height) * std::uint32_t(width);
    return MaskRle(height, width, runsFromCrossings(columnCrossings(vertices, height, width), pixels));
}

Result<MaskRle> MaskRle::merge(std::span<const MaskRle> masks)
{
    if (masks.empty())
        return fail(tr("There are no masks to merge."));
    if (masks.size() == 1) // kept as it is, as rleMerge does
        return masks.front();
    MaskRle merged = masks.front();
    merged.m_counts = withoutEmptyRuns(merged.m_counts);
    for (const MaskRle &mask : masks.subspan(1)) {
        if (mask.m_height != merged.m_height || mask.m_width != merged.m_width)
            return fail(tr("Masks of %1 x %2 and %3 x %4 pixels cannot be merged; the parts of one object "
                           "must have the size of its image.")
                            .arg(merged.m_height)
                            .arg(merged.m_width)
                            .arg(mask.m_height)
                            .arg(mask.m_width));
        merged.m_counts = unite(merged.m_counts, withoutEmptyRuns(mask.m_counts));
    }
    return merged;
}

// rleDecode, written out row-major.
std::vector<std::uint8_t> MaskRle::toMask() const
{
    std::vector<std::uint8_t> mask(std::size_t(m_height) * std::size_t(m_width), 0);
    std::size_t index = 0; // column-major
    bool value = false;
    for (const std::uint32_t count : m_counts) {
        if (value) {
            for (std::size_t i = index; i < index + count; ++i)
                mask[(i % m_height) * m_width + i / m_height] = 1;
        }
        index += count;
        value = !value;
    }
    return mask;
}

// rleToString.
QByteArray MaskRle::toCompressedString() const
{
    QByteArray text;
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        appendValue(text, std::int64_t(m_counts[i]) - (i > 2 ? std::int64_t(m_counts[i - 2]) : 0));
    return text;
}

// rleArea: the runs of 1s are the odd ones.
std::uint64_t MaskRle::area() const
{
    std::uint64_t sum = 0;
    for (std::size_t j = 1; j < m_counts.size(); j += 2)
        sum += m_counts[j];
    return sum;
}

// rleToBbox, in its unsigned arithmetic so that odd counts (runs of length 0 from an uncompressed
// RLE) give pycocotools' box too. It looks at the first and last pixel of each run of 1s; a run
// that goes on into the next column covers a column's end and the next one's start, hence the
// full height. Whole numbers, as doubles; a mask that is one run of 0s (counts [h * w], what an
// empty mask encodes to) gets 0, 0, 0, 0.
MaskRle::BoundingBox MaskRle::boundingBox() const
{
    const auto h = std::uint32_t(m_height);
    const auto w = std::uint32_t(m_width);
    const std::size_t m = m_counts.size() / 2 * 2; // a last run of 0s adds nothing
    if (m == 0 || h == 0 || w == 0) // the C code would divide by h == 0
        return {};
    std::uint32_t xs = w, ys = h, xe = 0, ye = 0, cc = 0, xp = 0;
    for (std::size_t j = 0; j < m; ++j) {
        cc += m_counts[j];
        const std::uint32_t t = cc - std::uint32_t(j % 2); // first pixel of a run of 1s, or last
        const std::uint32_t y = t % h;
        const std::uint32_t x = (t - y) / h;
        if (j % 2 == 0) {
            xp = x;
        } else if (xp < x) {
            ys = 0;
            ye = h - 1;
        }
        xs = std::min(xs, x);
        xe = std::max(xe, x);
        ys = std::min(ys, y);
        ye = std::max(ye, y);
    }
    return {double(xs), double(ys), double(std::uint32_t(xe - xs + 1)), double(std::uint32_t(ye - ys + 1))};
}

} // namespace atelier
