// MlmodelFile: a line reader for the block-mapping YAML that MLflow writes as MLmodel.
#include "core/models/mlmodel_file.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>

namespace atelier {

namespace {

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == u' ')
        ++indent;
    return indent;
}

bool isBlankOrComment(const QString &text)
{
    return text.isEmpty() || text.startsWith(u'#');
}

// Reads a quoted scalar that starts at lines[index].text[start] (the quote) and may continue on
// the following lines; folds line breaks as YAML does (one break: a space; each blank line: a
// newline). Returns the value and moves `index` to the scalar's last line.
class QuotedScalar
{
public:
    QuotedScalar(const QList<QString> &lines, qsizetype &index)
        : m_lines(lines)
        , m_index(index)
    {}

    std::optional<QString> read(const QString &first)
    {
        const QChar quote = first.at(0);
        QString piece = first.mid(1);
        QString value;
        int blankLines = 0;
        for (;;) {
            const auto closed = quote == u'\'' ? singleQuoted(piece, value) : doubleQuoted(piece, value);
            if (closed)
                return value;
            // The line ended inside the quotes: fold onto the next line.
            if (++m_index >= m_lines.size())
                return std::nullopt;
            piece = m_lines.at(m_index).trimmed();
            if (piece.isEmpty()) {
                ++blankLines;
                continue;
            }
            if (m_joinWithoutSpace)
                m_joinWithoutSpace = false;
            else if (blankLines > 0)
                value += QString(blankLines, u'\n');
            else
                value += u' ';
            blankLines = 0;
        }
    }

private:
    // Appends the piece up to the closing quote; true when it was found.
    bool singleQuoted(const QString &piece, QString &value)
    {
        for (qsizetype i = 0; i < piece.size(); ++i) {
            if (piece.at(i) != u'\'') {
                value += piece.at(i);
            } else if (i + 1 < piece.size() && piece.at(i + 1) == u'\'') {
                value += u'\'';
                ++i;
            } else {
                return true;
            }
        }
        trimTrailingSpace(value);
        return false;
    }

    bool doubleQuoted(const QString &piece, QString &value)
    {
        static const QHash<QChar, QChar> Escapes{{u'n', u'\n'}, {u't', u'\t'}, {u'r', u'\r'}, {u'0', QChar(0)},
                                                 {u'"', u'"'},  {u'\\', u'\\'}, {u'/', u'/'}, {u' ', u' '}};
        for (qsizetype i = 0; i < piece.size(); ++i) {
            const QChar c = piece.at(i);
            if (c == u'"')
                return true;
            if (c != u'\\') {
                value += c;
                continue;
            }
            if (++i >= piece.size()) { // an escaped line break: joined without a space
                m_joinWithoutSpace = true;
                return false;
            }
            const QChar code = piece.at(i);
            const int hexDigits = code == u'x' ? 2 : code == u'u' ? 4 : code == u'U' ? 8 : 0;
            if (hexDigits > 0) {
                const char32_t codePoint = char32_t(piece.mid(i + 1, hexDigits).toUInt(nullptr, 16));
                value += QString::fromUcs4(&codePoint, 1);
                i += hexDigits;
            } else {
                value += Escapes.value(code, code);
            }
        }
        trimTrailingSpace(value);
        return false;
    }

    static void trimTrailingSpace(QString &value)
    {
        while (!value.isEmpty() && value.back() == u' ')
            value.chop(1);
    }

    const QList<QString> &m_lines;
    qsizetype &m_index;
    bool m_joinWithoutSpace = false;
};

// A plain scalar, with the continuation lines that are indented deeper than its key.
QString plainScalar(const QString &first, const QList<QString> &lines, qsizetype &index, int keyIndent)
{
    QString value = first;
    const qsizetype comment = value.indexOf(QStringLiteral(" #"));
    if (comment >= 0)
        value = value.left(comment).trimmed();
    while (index + 1 < lines.size()) {
        const QString &next = lines.at(index + 1);
        if (next.trimmed().isEmpty() || indentOf(next) <= keyIndent)
            break;
        value += u' ' + next.trimmed();
        ++index;
    }
    if (value == QStringLiteral("null") || value == QStringLiteral("~"))
        return {};
    return value;
}

} // namespace

Result<MlmodelFile> MlmodelFile::parse(const QByteArray &bytes, const QString &fileName)
{
    QList<QString> lines = QString::fromUtf8(bytes).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    MlmodelFile file;
    QList<std::pair<int, QString>> parents{{-1, QString()}}; // indentation, path
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const QString text = line.trimmed();
        if (isBlankOrComment(text) || text == QStringLiteral("---"))
            continue;
        if (line.startsWith(u'\t'))
            return fail(tr("%1, line %2: indented with a tab; MLmodel files are indented with spaces.")
                            .arg(fileName).arg(index + 1));
        const int indent = indentOf(line);
        if (text.startsWith(u'-')) {
            // A sequence (PyYAML writes its items at the key's own indentation): skip it whole.
            while (index + 1 < lines.size()
                   && (lines.at(index + 1).trimmed().isEmpty() || indentOf(lines.at(index + 1)) > indent
                       || (indentOf(lines.at(index + 1)) == indent && lines.at(index + 1).trimmed().startsWith(u'-'))))
                ++index;
            continue;
        }
        while (parents.constLast().first >= indent)
            parents.removeLast();
        // The key ends at the first ": " (or a final ':') after its closing quote, if it is quoted.
        const qsizetype keyEnd = text.startsWith(u'\'') || text.startsWith(u'"') ? text.indexOf(text.front(), 1) : 0;
        qsizetype colon = text.indexOf(QStringLiteral(": "), std::max<qsizetype>(keyEnd, 0));
        if (colon < 0 && text.endsWith(u':'))
            colon = text.size() - 1;
        if (colon <= 0)
            return fail(tr("%1, line %2 is not of the form \"key: value\": %3").arg(fileName).arg(index + 1).arg(text));
        QString key = text.left(colon).trimmed();
        if (key.size() >= 2 && (key.front() == u'\'' || key.front() == u'"') && key.back() == key.front())
            key = key.mid(1, key.size() - 2);
        const QString parent = parents.constLast().second;
        const QString path = parent.isEmpty() ? key : parent + u'.' + key;
        file.m_keys[parent].append(key);
        const QString rest = text.mid(colon + 1).trimmed();
        if (rest.isEmpty()) {
            parents.append({indent, path});
            continue;
        }
        if (rest.startsWith(u'\'') || rest.startsWith(u'"')) {
            const qsizetype first = index;
            auto value = QuotedScalar(lines, index).read(rest);
            if (!value)
                return fail(tr("%1, line %2: a quoted value is never closed.").arg(fileName).arg(first + 1));
            file.m_values.insert(path, *value);
        } else {
            file.m_values.insert(path, plainScalar(rest, lines, index, indent));
        }
    }
    return file;
}

QString MlmodelFile::framework() const
{
    const QStringList names = flavors();
    for (const QString &flavor : names) {
        if (flavor != QStringLiteral("python_function"))
            return flavor;
    }
    return names.value(0);
}

} // namespace atelier
