// FlatYaml: the flat `key: value` YAML that MLflow's file store writes as meta.yaml.
#include "core/tracking/flat_yaml.h"

#include <QFile>

namespace atelier {

namespace {

// Where a quoted scalar that began with `quote` ends in `raw`, or -1 while it goes on.
qsizetype closingQuote(const QString &raw, QChar quote)
{
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (quote == u'"' && c == u'\\') {
            ++i; // skips the escaped character
        } else if (c == quote) {
            if (quote == u'\'' && i + 1 < raw.size() && raw.at(i + 1) == u'\'')
                ++i; // '' stands for one quote
            else
                return i;
        }
    }
    return -1;
}

QString unquote(const QString &body, QChar quote)
{
    if (quote == u'\'') {
        QString text = body;
        return text.replace(QLatin1String("''"), QLatin1String("'"));
    }
    QString text;
    for (qsizetype i = 0; i < body.size(); ++i) {
        QChar c = body.at(i);
        if (c == u'\\' && i + 1 < body.size()) {
            c = body.at(++i);
            if (c == u'n')
                c = u'\n';
            else if (c == u't')
                c = u'\t';
            else if (c == u'u' && i + 4 < body.size()) {
                c = QChar(body.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            }
        }
        text.append(c);
    }
    return text;
}

bool isNull(const QString &raw)
{
    return raw == QLatin1String("null") || raw == QLatin1String("Null") || raw == QLatin1String("NULL")
           || raw == QLatin1String("~") || raw == QLatin1String("[]") || raw == QLatin1String("{}");
}

} // namespace

Result<FlatYaml> FlatYaml::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2. Check that the file exists and is readable.")
                        .arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<FlatYaml> FlatYaml::parse(const QByteArray &text, const QString &fileName)
{
    FlatYaml yaml;
    QString key;          // the key whose value may go on over the next lines
    QString pending;      // its raw value so far
    bool nested = false;  // the key had no value: what follows, indented or "- ", is skipped
    int lineNumber = 0;
    int keyLine = 0;      // where `key` began

    // Stores the value of `key` once it is complete; false while a quoted value goes on.
    auto finish = [&](bool force) -> std::optional<bool> {
        if (key.isEmpty())
            return true;
        const QChar first = pending.isEmpty() ? QChar() : pending.at(0);
        if (first == u'\'' || first == u'"') {
            const qsizetype end = closingQuote(pending, first);
            if (end < 0)
                return force ? std::nullopt : std::optional(false);
            yaml.m_values.insert(key, unquote(pending.mid(1, end - 1), first));
        } else if (nested || isNull(pending)) {
            yaml.m_values.insert(key, std::nullopt);
        } else {
            yaml.m_values.insert(key, pending);
        }
        key.clear();
        pending.clear();
        nested = false;
        return true;
    };
    auto error = [&](int line, const QString &what) {
        return fail(tr("%1:%2: %3. The file is not a meta.yaml that MLflow's file store writes.")
                        .arg(fileName, QString::number(line), what));
    };

    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &bytes : lines) {
        ++lineNumber;
        QString line = QString::fromUtf8(bytes);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        const bool indented = !line.isEmpty() && (line.at(0) == u' ' || line.at(0) == u'\t');
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || line == QLatin1String("---"))
            continue;
        if (!key.isEmpty() && nested && (indented || trimmed.startsWith(QLatin1String("- ")) || trimmed == u'-'))
            continue;
        if (!key.isEmpty() && !nested && indented) {
            pending += QLatin1Char(' ') + trimmed; // a long scalar folded onto the next line
            continue;
        }
        const auto done = finish(false);
        if (!done || !*done)
            return error(keyLine, tr("the quoted value of \"%1\" does not end").arg(key));
        if (indented)
            return error(lineNumber, tr("unexpected indented line \"%1\"").arg(trimmed));
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon <= 0 && !line.endsWith(u':'))
            return error(lineNumber, tr("expected \"key: value\", found \"%1\"").arg(trimmed));
        key = colon > 0 ? line.left(colon).trimmed() : line.left(line.size() - 1).trimmed();
        pending = colon > 0 ? line.mid(colon + 2).trimmed() : QString();
        nested = pending.isEmpty();
        keyLine = lineNumber;
    }
    if (!finish(true))
        return error(keyLine, tr("the quoted value of \"%1\" does not end").arg(key));
    return yaml;
}

std::optional<std::int64_t> FlatYaml::integer(const QString &key) const
{
    const QString value = text(key);
    bool ok = false;
    const std::int64_t number = value.toLongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

} // namespace atelier
