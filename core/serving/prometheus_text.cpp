// PrometheusText: a line-by-line parser of the text exposition format that follows expfmt's grammar and messages.
#include "core/serving/prometheus_text.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace atelier {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// What Go's strconv.ParseFloat accepts, hexadecimal floats and digit separators aside.
std::optional<double> parseFloat(QByteArrayView token)
{
    QByteArray text = token.toByteArray();
    const QByteArray lower = text.toLower();
    const bool hasSign = lower.startsWith('-') || lower.startsWith('+');
    const QByteArray magnitude = hasSign ? lower.mid(1) : lower;
    if (magnitude == "inf" || magnitude == "infinity")
        return lower.startsWith('-') ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (magnitude == "nan" && !hasSign)
        return std::numeric_limits<double>::quiet_NaN();
    if (magnitude.isEmpty() || !(magnitude[0] == '.' || (magnitude[0] >= '0' && magnitude[0] <= '9')))
        return std::nullopt;
    if (text.startsWith('+'))
        text.remove(0, 1);
    double value = 0;
    const char *end = text.constData() + text.size();
    const auto [stop, error] = std::from_chars(text.constData(), end, value, std::chars_format::general);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseInteger(QByteArrayView token)
{
    const char *begin = token.data();
    const char *end = begin + token.size();
    if (begin != end && *begin == '+')
        ++begin;
    std::int64_t value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (begin == end || error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

QByteArrayView head(QByteArrayView text, qsizetype length)
{
    return text.first(std::min(length, text.size()));
}

QString quoted(QByteArrayView text)
{
    return u'"' + QString::fromUtf8(head(text, 40)) + (text.size() > 40 ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString stripSuffix(const QString &name, QLatin1StringView suffix)
{
    return name.endsWith(suffix) ? name.chopped(suffix.size()) : QString();
}

// One line at a time; every method returns false after it set m_error.
class Parser
{
public:
    explicit Parser(QList<MetricFamily> &families) : m_families(families) {}

    bool parseLine(QByteArrayView line, int number)
    {
        m_line = line;
        m_number = number;
        m_pos = 0;
        if (line.endsWith('\r'))
            return failHere(PrometheusText::tr("the line ends with a carriage return; lines end with \\n alone"));
        skipBlanks();
        if (atEnd())
            return true;
        if (m_line[m_pos] == '#')
            return parseComment();
        return parseSample();
    }

    Error error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line[m_pos]; }

    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_line[m_pos]))
            ++m_pos;
    }

    QByteArrayView token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !isBlank(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }

    QByteArrayView name(bool metric)
    {
        const qsizetype start = m_pos;
        if (!atEnd() && (isNameStart(m_line[m_pos]) || (metric && m_line[m_pos] == ':'))) {
            ++m_pos;
            while (!atEnd() && (isNameChar(m_line[m_pos]) || (metric && m_line[m_pos] == ':')))
                ++m_pos;
        }
        return m_line.sliced(start, m_pos - start);
    }

    bool failHere(const QString &what)
    {
        m_error = Error{PrometheusText::tr("line %1: %2").arg(m_number).arg(what),
                        QString::fromUtf8(head(m_line, 200))};
        return false;
    }

    MetricFamily *familyNamed(const QString &familyName)
    {
        const auto it = m_index.constFind(familyName);
        return it == m_index.constEnd() ? nullptr : &m_families[*it];
    }

    MetricFamily &addFamily(const QString &familyName)
    {
        m_index.insert(familyName, int(m_families.size()));
        m_families.append(MetricFamily{familyName, {}, MetricType::Untyped, {}});
        return m_families.last();
    }

    // As expfmt: a family of the exact name first, then the summary or histogram whose _sum,
    // _count (or _bucket) this is, else a new untyped family.
    MetricFamily &familyOfSample(const QString &sampleName)
    {
        if (MetricFamily *exact = familyNamed(sampleName))
            return *exact;
        for (QLatin1StringView suffix : {QLatin1StringView("_sum"), QLatin1StringView("_count"),
                                         QLatin1StringView("_bucket")}) {
            MetricFamily *base = familyNamed(stripSuffix(sampleName, suffix));
            if (base && (base->type == MetricType::Histogram
                         || (base->type == MetricType::Summary && suffix != QLatin1StringView("_bucket"))))
                return *base;
        }
        return addFamily(sampleName);
    }

    bool parseComment()
    {
        ++m_pos;
        skipBlanks();
        const QByteArrayView keyword = token();
        if (keyword != "HELP" && keyword != "TYPE")
            return true; // any other comment
        skipBlanks();
        if (atEnd())
            return true; // "# HELP" alone is a comment too, as in expfmt
        const QByteArrayView metric = name(true);
        if (metric.isEmpty() || (!atEnd() && !isBlank(peek())))
            return failHere(PrometheusText::tr("%1 is not a valid metric name after # %2")
                                .arg(quoted(m_line.sliced(m_pos - metric.size())), QString::fromLatin1(keyword)));
        skipBlanks();
        const QString familyName = QString::fromUtf8(metric);
        MetricFamily *family = familyNamed(familyName);
        if (!family)
            family = &addFamily(familyName);
        return keyword == "HELP" ? parseHelp(*family) : parseType(*family);
    }

    bool parseHelp(MetricFamily &family)
    {
        if (m_helped.contains(family.name))
            return failHere(PrometheusText::tr("a second HELP line for the metric %1").arg(family.name));
        m_helped.insert(family.name);
        QByteArray text;
        for (; !atEnd(); ++m_pos) {
            const char c = m_line[m_pos];
            if (c == '\\' && m_pos + 1 < m_line.size() && (m_line[m_pos + 1] == '\\' || m_line[m_pos + 1] == 'n')) {
                text += m_line[++m_pos] == 'n' ? '\n' : '\\';
                continue;
            }
            text += c;
        }
        family.help = QString::fromUtf8(text);
        return true;
    }

    bool parseType(MetricFamily &family)
    {
        static const QHash<QByteArray, MetricType> types = {
            {"counter", MetricType::Counter},     {"gauge", MetricType::Gauge},
            {"histogram", MetricType::Histogram}, {"summary", MetricType::Summary},
            {"untyped", MetricType::Untyped},
        };
        const QByteArrayView typeName = token();
        const auto type = types.constFind(typeName.toByteArray().toLower());
        if (type == types.constEnd())
            return failHere(PrometheusText::tr("unknown metric type %1 (counter, gauge, histogram, summary or untyped)")
                                .arg(quoted(typeName)));
        skipBlanks();
        if (!atEnd())
            return failHere(PrometheusText::tr("unexpected text %1 after the type").arg(quoted(m_line.sliced(m_pos))));
        if (m_typed.contains(family.name) || !family.samples.isEmpty())
            return failHere(PrometheusText::tr("a second TYPE line for the metric %1, or a TYPE line after its samples")
                                .arg(family.name));
        m_typed.insert(family.name);
        family.type = *type;
        return true;
    }

    bool parseSample()
    {
        MetricSample sample;
        sample.line = m_number;
        const QByteArrayView metric = name(true);
        if (metric.isEmpty())
            return failHere(PrometheusText::tr("%1 does not start with a metric name").arg(quoted(m_line.sliced(m_pos))));
        sample.name = QString::fromUtf8(metric);
        const qsizetype afterName = m_pos;
        skipBlanks();
        if (peek() == '{') {
            if (!parseLabels(sample))
                return false;
        } else if (m_pos == afterName && !atEnd()) {
            return failHere(PrometheusText::tr("unexpected %1 after the metric name %2")
                                .arg(quoted(m_line.sliced(m_pos, 1)), sample.name));
        }
        skipBlanks();
        if (atEnd())
            return failHere(PrometheusText::tr("the sample %1 has no value").arg(sample.name));
        const QByteArrayView valueText = token();
        const auto value = parseFloat(valueText);
        if (!value)
            return failHere(PrometheusText::tr("%1 is not a number (the value of %2)").arg(quoted(valueText), sample.name));
        sample.value = *value;
        skipBlanks();
        if (!atEnd()) {
            const QByteArrayView stamp = token();
            const auto timestamp = parseInteger(stamp);
            if (!timestamp)
                return failHere(PrometheusText::tr("%1 is not a timestamp (whole milliseconds)").arg(quoted(stamp)));
            sample.timestampMs = *timestamp;
            skipBlanks();
            if (!atEnd())
                return failHere(PrometheusText::tr("unexpected %1 after the timestamp").arg(quoted(m_line.sliced(m_pos))));
        }
        return addSample(std::move(sample));
    }

    bool parseLabels(MetricSample &sample)
    {
        ++m_pos; // '{'
        for (;;) {
            skipBlanks();
            if (peek() == '}')
                break;
            const QByteArrayView labelName = name(false);
            if (labelName.isEmpty())
                return failHere(PrometheusText::tr("expected a label name or '}' in the labels of %1, not %2")
                                    .arg(sample.name, quoted(m_line.sliced(m_pos))));
            const QString key = QString::fromUtf8(labelName);
            if (key == QLatin1String("__name__"))
                return failHere(PrometheusText::tr("the label name __name__ is reserved"));
            if (!sample.label(key).isNull())
                return failHere(PrometheusText::tr("the label %1 appears twice in a sample of %2").arg(key, sample.name));
            skipBlanks();
            if (peek() != '=')
                return failHere(PrometheusText::tr("expected '=' after the label name %1").arg(key));
            ++m_pos;
            skipBlanks();
            QString value;
            if (!labelValue(key, value))
                return false;
            sample.labels.append({key, value});
            skipBlanks();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() != '}')
                return failHere(PrometheusText::tr("expected ',' or '}' after the value of the label %1").arg(key));
            break;
        }
        ++m_pos; // '}'
        return true;
    }

    bool labelValue(const QString &key, QString &value)
    {
        if (peek() != '"')
            return failHere(PrometheusText::tr("expected '\"' to start the value of the label %1").arg(key));
        QByteArray text;
        for (++m_pos; !atEnd(); ++m_pos) {
            const char c = m_line[m_pos];
            if (c == '"') {
                ++m_pos;
                value = QString::fromUtf8(text);
                return true;
            }
            if (c != '\\') {
                text += c;
                continue;
            }
            const char escaped = ++m_pos < m_line.size() ? m_line[m_pos] : '\0';
            if (escaped == '\\' || escaped == '"')
                text += escaped;
            else if (escaped == 'n')
                text += '\n';
            else
                return failHere(PrometheusText::tr("invalid escape \\%1 in the value of the label %2 "
                                                   "(only \\\\, \\\" and \\n are allowed)")
                                    .arg(escaped == '\0' ? QString() : QString(QLatin1Char(escaped)), key));
        }
        return failHere(PrometheusText::tr("the value of the label %1 has no closing '\"'").arg(key));
    }

    bool addSample(MetricSample sample)
    {
        MetricFamily &family = familyOfSample(sample.name);
        if (family.type == MetricType::Histogram) {
            const bool bucket = sample.name == family.name + QLatin1String("_bucket");
            if (!bucket && sample.name != family.name + QLatin1String("_sum")
                && sample.name != family.name + QLatin1String("_count"))
                return failHere(PrometheusText::tr("the histogram %1 has samples named %1_bucket, %1_sum and %1_count, "
                                                   "not %2")
                                    .arg(family.name, sample.name));
            if (bucket && !boundLabel(sample, QStringLiteral("le")))
                return false;
        } else if (family.type == MetricType::Summary && sample.name == family.name
                   && !boundLabel(sample, QStringLiteral("quantile"))) {
            return false;
        }
        family.samples.append(std::move(sample));
        return true;
    }

    bool boundLabel(const MetricSample &sample, const QString &key)
    {
        const QString text = sample.label(key);
        if (text.isNull())
            return failHere(PrometheusText::tr("the sample %1 needs a %2 label").arg(sample.name, key));
        if (!parseFloat(text.toUtf8()))
            return failHere(PrometheusText::tr("the %1 label of %2 is %3, not a number").arg(key, sample.name, text));
        return true;
    }

    QList<MetricFamily> &m_families;
    QHash<QString, int> m_index;
    QSet<QString> m_helped;
    QSet<QString> m_typed;
    QByteArrayView m_line;
    qsizetype m_pos = 0;
    int m_number = 0;
    Error m_error;
};

} // namespace

QString metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return QStringLiteral("counter");
    case MetricType::Gauge:
        return QStringLiteral("gauge");
    case MetricType::Histogram:
        return QStringLiteral("histogram");
    case MetricType::Summary:
        return QStringLiteral("summary");
    case MetricType::Untyped:
        break;
    }
    return QStringLiteral("untyped");
}

QString MetricSample::label(const QString &labelName) const
{
    for (const auto &[key, value] : labels) {
        if (key == labelName)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

Result<PrometheusText> PrometheusText::parse(QByteArrayView text)
{
    PrometheusText scrape;
    Parser parser(scrape.m_families);
    int number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (!parser.parseLine(text.sliced(start, end - start), ++number))
            return fail(withContext(tr("The metrics are not in the Prometheus text format"), parser.error()));
        start = end + 1;
    }
    return scrape;
}

const MetricFamily *PrometheusText::family(const QString &familyName) const
{
    for (const MetricFamily &candidate : m_families) {
        if (candidate.name == familyName)
            return &candidate;
    }
    return nullptr;
}

std::optional<double> PrometheusText::sum(const QString &sampleName, const MetricLabels &match) const
{
    std::optional<double> total;
    for (const MetricFamily &candidate : m_families) {
        for (const MetricSample &sample : candidate.samples) {
            if (sample.name != sampleName)
                continue;
            const bool matches = std::all_of(match.begin(), match.end(), [&](const auto &pair) {
                return sample.label(pair.first) == pair.second;
            });
            if (matches)
                total = total.value_or(0) + sample.value;
        }
    }
    return total;
}

} // namespace atelier
