// IgnoreRules: .gitignore-style patterns that decide which files of a folder a code sync leaves out.
#include "core/compute/ssh/ignore_rules.h"

#include <QByteArray>

namespace atelier {

namespace {

// A glob of gitignore(5) as a regular expression over a '/'-separated path.
QString globToRegex(const QString &glob)
{
    QString regex;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            const bool doubled = i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*');
            if (!doubled) {
                regex += QLatin1String("[^/]*");
            } else if (i + 2 < glob.size() && glob.at(i + 2) == QLatin1Char('/')) {
                regex += QLatin1String("(?:.*/)?"); // "**/": any number of folders, also none
                i += 2;
            } else {
                regex += QLatin1String(".*");
                ++i;
            }
        } else if (c == QLatin1Char('?')) {
            regex += QLatin1String("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 2);
            if (close < 0) {
                regex += QLatin1String("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            regex += QLatin1Char('[') + set.replace(QLatin1Char('\\'), QLatin1String("\\\\")) + QLatin1Char(']');
            i = close;
        } else if (c == QLatin1Char('\\') && i + 1 < glob.size()) {
            regex += QRegularExpression::escape(glob.at(++i));
        } else {
            regex += QRegularExpression::escape(c);
        }
    }
    return regex;
}

} // namespace

void IgnoreRules::add(const QByteArray &text, const QString &folder)
{
    const QString prefix = folder.isEmpty() || folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    for (const QByteArray &rawLine : text.split('\n')) {
        QString line = QString::fromUtf8(rawLine);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Trailing blanks are dropped unless escaped.
        while (line.endsWith(QLatin1Char(' ')) && !line.endsWith(QLatin1String("\\ ")))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Rule rule;
        rule.folder = prefix;
        if (line.startsWith(QLatin1Char('!'))) {
            rule.negated = true;
            line.remove(0, 1);
        }
        if (line.endsWith(QLatin1Char('/'))) {
            rule.foldersOnly = true;
            line.chop(1);
        }
        const bool anchored = line.contains(QLatin1Char('/'));
        if (line.startsWith(QLatin1Char('/')))
            line.remove(0, 1);
        if (line.isEmpty())
            continue;
        const QString body = globToRegex(line);
        rule.pattern = QRegularExpression(anchored ? QStringLiteral("^%1$").arg(body)
                                                   : QStringLiteral("^(?:.*/)?%1$").arg(body));
        m_rules.append(rule);
    }
}

bool IgnoreRules::isIgnored(const QString &path, bool isFolder) const
{
    bool ignored = false;
    for (const Rule &rule : m_rules) {
        if (rule.foldersOnly && !isFolder)
            continue;
        if (!path.startsWith(rule.folder))
            continue;
        if (rule.pattern.match(QStringView(path).mid(rule.folder.size())).hasMatch())
            ignored = !rule.negated;
    }
    return ignored;
}

} // namespace atelier
