// FuzzyMatcher: substring matches rank first, then all words found in any order, then the
// characters in order (a subsequence), each tier favouring matches at the start of words.
#include "ui/shell/fuzzy_matcher.h"

#include <algorithm>

namespace atelier {

namespace {

// Tiers keep a whole-substring match above any scattered one, however the bonuses add up.
constexpr int SubstringTier = 3000;
constexpr int WordsTier = 2000;
constexpr int SubsequenceTier = 1000;
constexpr int WordStartBonus = 40;

bool isWordStart(const QString &text, qsizetype i)
{
    return i == 0 || !text.at(i - 1).isLetterOrNumber();
}

void appendRange(QList<qsizetype> *positions, qsizetype from, qsizetype length)
{
    if (!positions)
        return;
    for (qsizetype i = 0; i < length; ++i)
        positions->append(from + i);
}

// Prefers the first occurrence that starts a word over an earlier one inside a word.
qsizetype bestOccurrence(const QString &needle, const QString &text)
{
    qsizetype first = text.indexOf(needle, 0, Qt::CaseInsensitive);
    for (qsizetype at = first; at >= 0; at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        if (isWordStart(text, at))
            return at;
    }
    return first;
}

} // namespace

int FuzzyMatcher::score(const QString &query, const QString &text, QList<qsizetype> *positions)
{
    if (positions)
        positions->clear();
    const QString needle = query.simplified();
    if (needle.isEmpty())
        return 0;
    for (auto tier : {&FuzzyMatcher::substringScore, &FuzzyMatcher::wordsScore,
                      &FuzzyMatcher::subsequenceScore}) {
        const int result = tier(needle, text, positions);
        if (result != NoMatch)
            return result;
        if (positions)
            positions->clear();
    }
    return NoMatch;
}

int FuzzyMatcher::substringScore(const QString &query, const QString &text, QList<qsizetype> *positions)
{
    const qsizetype at = bestOccurrence(query, text);
    if (at < 0)
        return NoMatch;
    appendRange(positions, at, query.size());
    // Earlier and shorter texts first: "Dark" beats "Show the dark theme's colours".
    const int bonus = isWordStart(text, at) ? WordStartBonus * 5 : 0;
    return SubstringTier + bonus - int(std::min<qsizetype>(at, 200)) - int(std::min<qsizetype>(text.size(), 200)) / 4;
}

int FuzzyMatcher::wordsScore(const QString &query, const QString &text, QList<qsizetype> *positions)
{
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return NoMatch;
    int result = WordsTier;
    for (const QString &word : words) {
        const qsizetype at = bestOccurrence(word, text);
        if (at < 0)
            return NoMatch;
        appendRange(positions, at, word.size());
        result += isWordStart(text, at) ? WordStartBonus : 0;
    }
    if (positions)
        std::sort(positions->begin(), positions->end());
    return result - int(std::min<qsizetype>(text.size(), 200)) / 4;
}

int FuzzyMatcher::subsequenceScore(const QString &query, const QString &text, QList<qsizetype> *positions)
{
    QString compact = query;
    compact.remove(u' ');
    int result = SubsequenceTier;
    qsizetype previous = -2;
    qsizetype from = 0;
    for (const QChar wanted : std::as_const(compact)) {
        const qsizetype at = text.indexOf(wanted, from, Qt::CaseInsensitive);
        if (at < 0)
            return NoMatch;
        if (isWordStart(text, at))
            result += WordStartBonus;
        else if (at == previous + 1)
            result += WordStartBonus / 4;
        else
            result -= int(std::min<qsizetype>(at - from, 20));
        if (positions)
            positions->append(at);
        previous = at;
        from = at + 1;
    }
    return std::clamp(result, 1, WordsTier - 1);
}

} // namespace atelier
