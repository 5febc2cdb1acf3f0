// NumberText: std::to_chars without precision, the round-trip shortest form.
#include "core/datasets/formats/number_text.h"

#include <charconv>
#include <cmath>

namespace atelier::number_text {

void appendShortest(std::string &out, double value)
{
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
