// IgnoreRules: .gitignore-style patterns that decide which files of a folder a code sync leaves out.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

class QByteArray;

namespace atelier {

// The gitignore(5) syntax: '#' comments, '!' re-includes, a trailing '/' matches folders only, a
// '/' at the start or in the middle anchors the pattern to the folder of the file, '*' '?' '[...]'
// stay within one path segment and '**' spans segments. The last matching pattern decides.
class IgnoreRules
{
public:
    // Adds the lines of one ignore file that lies in `folder` (relative to the synced root, "" for
    // the root itself); its patterns apply to paths under that folder.
    void add(const QByteArray &text, const QString &folder = {});

    // `path` is relative to the root, '/'-separated.
    [[nodiscard]] bool isIgnored(const QString &path, bool isFolder) const;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QString folder; // "" or "a/b/"
        bool negated = false;
        bool foldersOnly = false;
    };
    QList<Rule> m_rules;
};

} // namespace atelier
