// YoloDataFile: a line-based reader for the few YAML forms dataset files use, and the writer.
#include "core/datasets/formats/yolo_data_file.h"

#include <limits>
#include <optional>

namespace atelier {

namespace {

struct Line
{
    int number = 0;
    int indent = 0;
    QString text; // without indentation and comment
};

// Cuts a comment: '#' at the start or after a space, outside quotes.
QString withoutComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote && !(quote == u'"' && i > 0 && line[i - 1] == u'\\'))
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || line[i - 1].isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

// A scalar: quoted (with \" \\ \n \t escapes in double quotes, '' in single ones) or plain.
Result<QString> scalar(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || (text[0] != u'"' && text[0] != u'\''))
        return text;
    const QChar quote = text[0];
    QString value;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == quote) {
            if (quote == u'\'' && i + 1 < text.size() && text[i + 1] == u'\'') {
                value += c, ++i;
                continue;
            }
            if (!text.mid(i + 1).trimmed().isEmpty())
                return fail(YoloDataFile::tr("text follows the closing quote"));
            return value;
        }
        if (quote == u'"' && c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            value += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
            continue;
        }
        value += c;
    }
    return fail(YoloDataFile::tr("a quoted string is not closed"));
}

// Splits the inside of [..] or {..} at commas outside quotes.
QStringList flowItems(const QString &inside)
{
    QStringList items;
    QString current;
    QChar quote;
    for (const QChar c : inside) {
        if (!quote.isNull())
            quote = c == quote ? QChar() : quote;
        else if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u',') {
            items.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        items.append(current);
    return items;
}

// `key: value` split at the first ": " (or a trailing ':') outside quotes.
std::optional<std::pair<QString, QString>> keyValue(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull())
            quote = c == quote ? QChar() : quote;
        else if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u':' && (i + 1 == text.size() || text[i + 1].isSpace()))
            return std::pair(text.left(i).trimmed(), text.mid(i + 1).trimmed());
    }
    return std::nullopt;
}

// A value as a list of scalars: one plain scalar, a flow list, or the block lines below the key.
class Parser
{
public:
    Parser(const QList<Line> &lines, const QString &fileName) : m_lines(lines), m_file(fileName) {}

    Result<YoloDataFile> run()
    {
        YoloDataFile data;
        while (m_at < m_lines.size()) {
            const Line &line = m_lines[m_at++];
            if (line.indent != 0)
                return fail(error(line, YoloDataFile::tr("expected a top-level \"key: value\"")));
            const auto kv = keyValue(line.text);
            if (!kv)
                return fail(error(line, YoloDataFile::tr("expected \"key: value\"")));
            auto key = scalar(kv->first);
            if (!key)
                return fail(error(line, key.error().message));
            auto ok = assign(data, *key, kv->second, line);
            if (!ok)
                return fail(ok.error());
        }
        return data;
    }

private:
    Error error(const Line &line, const QString &reason) const
    {
        return Error{YoloDataFile::tr("%1 line %2: %3.").arg(m_file).arg(line.number).arg(reason), {}};
    }

    // The lines indented below the current key.
    QList<Line> block()
    {
        QList<Line> nested;
        while (m_at < m_lines.size() && m_lines[m_at].indent > 0)
            nested.append(m_lines[m_at++]);
        return nested;
    }

    Status assign(YoloDataFile &data, const QString &key, const QString &value, const Line &line)
    {
        QStringList *list = key == QLatin1String("train") ? &data.train
                          : key == QLatin1String("val")   ? &data.val
                          : key == QLatin1String("test")  ? &data.test
                                                          : nullptr;
        const QList<Line> nested = block();
        if (key == QLatin1String("names"))
            return names(data, value, nested, line);
        if (key != QLatin1String("path") && !list)
            return {}; // nc, download, ...: not needed to read the dataset
        QStringList items;
        if (value.startsWith(u'[')) {
            if (!value.endsWith(u']'))
                return fail(error(line, YoloDataFile::tr("a list is not closed with ]")));
            items = flowItems(value.mid(1, value.size() - 2));
        } else if (!value.isEmpty()) {
            items.append(value);
        } else {
            for (const Line &item : nested) {
                if (!item.text.startsWith(u'-'))
                    return fail(error(item, YoloDataFile::tr("expected a list item \"- value\"")));
                items.append(item.text.mid(1));
            }
        }
        QStringList values;
        for (const QString &item : items) {
            auto text = scalar(item);
            if (!text)
                return fail(error(line, text.error().message));
            values.append(*text);
        }
        if (list)
            *list = values;
        else
            data.path = values.value(0);
        return {};
    }

    Status names(YoloDataFile &data, const QString &value, const QList<Line> &nested, const Line &line)
    {
        // Items with where they come from: (line, key or none, value).
        QList<std::tuple<Line, std::optional<QString>, QString>> items;
        if (value.startsWith(u'[') || value.startsWith(u'{')) {
            const bool map = value.startsWith(u'{');
            if (!value.endsWith(map ? u'}' : u']'))
                return fail(error(line, YoloDataFile::tr("the names are not closed with %1").arg(map ? u'}' : u']')));
            for (const QString &item : flowItems(value.mid(1, value.size() - 2))) {
                if (!map) {
                    items.append({line, std::nullopt, item});
                    continue;
                }
                const auto kv = keyValue(item);
                if (!kv)
                    return fail(error(line, YoloDataFile::tr("expected \"index: name\" in the names")));
                items.append({line, kv->first, kv->second});
            }
        } else if (!value.isEmpty()) {
            return fail(error(line, YoloDataFile::tr("names must be a list or an {index: name} map")));
        }
        for (const Line &item : nested) {
            if (item.text.startsWith(u'-'))
                items.append({item, std::nullopt, item.text.mid(1)});
            else if (const auto kv = keyValue(item.text))
                items.append({item, kv->first, kv->second});
            else
                return fail(error(item, YoloDataFile::tr("expected \"- name\" or \"index: name\"")));
        }
        qint64 next = 0; // the index of an item without one; past the last int after class 2147483647
        for (const auto &[where, key, raw] : items) {
            qint64 index = next;
            if (key) {
                bool ok = false;
                index = key->toInt(&ok);
                if (!ok || index < 0)
                    return fail(error(where, YoloDataFile::tr("the class index \"%1\" is not a number from 0").arg(*key)));
            } else if (index > std::numeric_limits<int>::max()) {
                return fail(error(where, YoloDataFile::tr("class %1 is the last index a name can have").arg(index - 1)));
            }
            auto name = scalar(raw);
            if (!name)
                return fail(error(where, name.error().message));
            if (name->isEmpty() || data.names.contains(int(index)))
                return fail(error(where, name->isEmpty() ? YoloDataFile::tr("the name of class %1 is empty").arg(index)
                                                         : YoloDataFile::tr("class %1 is named twice").arg(index)));
            data.names.insert(int(index), *name);
            next = index + 1;
        }
        return {};
    }

    const QList<Line> &m_lines;
    QString m_file;
    qsizetype m_at = 0;
};

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
    return u'"' + escaped + u'"';
}

} // namespace

Result<YoloDataFile> YoloDataFile::parse(const QByteArray &text, const QString &fileName)
{
    QList<Line> lines;
    const QStringList raw = QString::fromUtf8(text).split(u'\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString line = withoutComment(raw[i]);
        if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("---"))
            continue;
        if (line.startsWith(u'\t'))
            return fail(tr("%1 line %2: YAML does not allow tabs for indentation.").arg(fileName).arg(i + 1));
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        lines.append({int(i + 1), int(indent), line.trimmed()});
    }
    return Parser(lines, fileName).run();
}

QByteArray YoloDataFile::toYaml() const
{
    QString text = QStringLiteral("# Ultralytics YOLO dataset, written by Atelier\n");
    if (!path.isEmpty())
        text += QStringLiteral("path: %1\n").arg(quoted(path));
    const std::pair<const char *, const QStringList *> splits[] = {{"train", &train}, {"val", &val}, {"test", &test}};
    for (const auto &[key, list] : splits) {
        if (list->size() == 1)
            text += QStringLiteral("%1: %2\n").arg(QLatin1String(key), quoted(list->front()));
        else if (!list->isEmpty()) {
            text += QLatin1String(key) + QStringLiteral(":\n");
            for (const QString &item : *list)
                text += QStringLiteral("  - %1\n").arg(quoted(item));
        }
    }
    text += QStringLiteral("names:\n");
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key()).arg(quoted(it.value()));
    return text.toUtf8();
}

} // namespace atelier
