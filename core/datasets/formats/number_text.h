// NumberText: the shortest decimal text that reads back as the same double, as the annotation formats write numbers.
#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace atelier::number_text {

// Appends `value` as the shortest text that parses back to the same double (std::to_chars),
// e.g. 0.1 as "0.1" and 1/3 as "0.3333333333333333". Non-finite values are written as 0.
void appendShortest(std::string &out, double value);

// The same, given `written`, the JSON text that `value` was read from: where that already is the
// shortest text (plain decimals as COCO writes them, such as "312.47") it is copied, which costs
// less than writing the number again. Trailing white space in `written` is ignored.
void appendShortest(std::string &out, double value, std::string_view written);

// The same text as a QString.
QString shortest(double value);

} // namespace atelier::number_text
