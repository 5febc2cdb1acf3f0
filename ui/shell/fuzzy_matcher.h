// FuzzyMatcher: ranks a text against what a user typed, as command palettes do.
#pragma once

#include <QList>
#include <QString>

namespace atelier {

class FuzzyMatcher
{
public:
    // A higher score is a better match; NoMatch when `text` does not match `query` at all.
    // `positions` (optional) receives the indexes in `text` of the matched characters.
    static constexpr int NoMatch = -1;
    static int score(const QString &query, const QString &text, QList<qsizetype> *positions = nullptr);

private:
    static int substringScore(const QString &query, const QString &text, QList<qsizetype> *positions);
    static int wordsScore(const QString &query, const QString &text, QList<qsizetype> *positions);
    static int subsequenceScore(const QString &query, const QString &text, QList<qsizetype> *positions);
};

} // namespace atelier
