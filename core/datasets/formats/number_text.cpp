// NumberText: the round-trip shortest form: a fast path for numbers with few decimals, std::to_chars
// for the rest.
#include "core/datasets/formats/number_text.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace atelier::number_text {

namespace {

// Annotation coordinates mostly carry a few decimals (COCO's two). For such a number the shortest
// text is the fixed-point one with the fewest decimals that reads back as the same double. With
// m = round(|value| * 10^4), m / 10^4 divided in doubles is correctly rounded, as parsing the text
// "m/10^4" is, so equality proves that four decimals round-trip; m's trailing zeros then come off
// (two texts of four decimals never read as one double below 10,000). Between 0.01 and 10,000 the
// fixed form is never longer than the scientific one either, so the text equals std::to_chars',
// found at a fraction of its cost. Returns false, writing nothing, for the numbers it leaves alone.
bool appendFewDecimals(std::string &out, double value)
{
    constexpr double Scale = 10000;
    const double magnitude = std::fabs(value);
    if (!(magnitude >= 0.01 && magnitude < 10000))
        return false;
    const double scaled = std::nearbyint(magnitude * Scale);
    if (scaled / Scale != magnitude)
        return false;
    auto digits = std::uint64_t(scaled);
    int decimals = 4;
    for (; decimals > 0 && digits % 10 == 0; --decimals)
        digits /= 10;
    char text[24];
    char *end = text;
    if (value < 0)
        *end++ = '-';
    std::uint64_t unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    end = std::to_chars(end, text + sizeof text, digits / unit).ptr;
    if (decimals > 0) {
        *end++ = '.';
        std::uint64_t fraction = digits % unit;
        for (int i = decimals - 1; i >= 0; --i, fraction /= 10)
            end[i] = char('0' + fraction % 10);
        end += decimals;
    }
    out.append(text, end);
    return true;
}

} // namespace

void appendShortest(std::string &out, double value)
{
    if (appendFewDecimals(out, value))
        return;
    char digits[32];
    char *end = std::to_chars(digits, digits + sizeof digits, std::isfinite(value) ? value : 0.0).ptr;
    out.append(digits, end);
}

QString shortest(double value)
{
    std::string text;
    appendShortest(text, value);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace atelier::number_text
