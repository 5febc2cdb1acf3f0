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

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True when `text`, which reads as `value`, is what appendFewDecimals writes for it: a value in
// its range written with at most four decimals, no trailing zero after the point and no leading
// zero before it. Such a text holds m / 10^4 for an integer m below 10^8, so rounding |value| *
// 10^4 gives m back, and appendFewDecimals writes m's digits with as many decimals: the same text.
// Anything else (exponents, "1.50", "-0") is left to appendFewDecimals and std::to_chars.
bool isFewDecimals(std::string_view text, double value)
{
    const double magnitude = std::fabs(value);
    if (!(magnitude >= 0.01 && magnitude < 10000))
        return false;
    std::size_t at = !text.empty() && text.front() == '-' ? 1 : 0;
    const std::size_t integer = at;
    while (at < text.size() && isDigit(text[at]))
        ++at;
    const std::size_t integerDigits = at - integer;
    if (integerDigits == 0 || integerDigits > 4 || (integerDigits > 1 && text[integer] == '0'))
        return false;
    if (at == text.size())
        return true;
    if (text[at] != '.')
        return false;
    const std::size_t fraction = ++at;
    while (at < text.size() && isDigit(text[at]))
        ++at;
    const std::size_t decimals = at - fraction;
    return at == text.size() && decimals >= 1 && decimals <= 4 && text.back() != '0';
}

} // namespace

void appendShortest(std::string &out, double value, std::string_view written)
{
    while (!written.empty() && (written.back() == ' ' || written.back() == '\n' || written.back() == '\r' || written.back() == '\t'))
        written.remove_suffix(1);
    if (isFewDecimals(written, value))
        out.append(written);
    else
        appendShortest(out, value);
}

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
