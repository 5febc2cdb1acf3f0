// RunFilter: MLflow's filter and order_by grammar, parsed by hand with errors that name the column.
#include "core/tracking/run_filter.h"

#include "core/tracking/tracking_types.h"

#include <algorithm>
#include <array>

namespace atelier {

// The grammar, as mlflow/utils/search_utils.py accepts it:
//   filter     := comparison ( AND comparison )*          (AND in any case; there is no OR)
//   comparison := identifier comparator value
//   identifier := [entity '.'] key                       (no entity: an attribute)
//   entity     := metric(s) | param(s) | parameter(s) | tag(s) | attribute(s) | attr | run
//                 | dataset(s), each optionally `backquoted`
//   key        := word of letters, digits, _ . - / :  |  `backquoted` | "double" | 'single'
//   comparator := = != < <= > >= | LIKE | ILIKE | IN | NOT IN (keywords in any case)
//   value      := number | 'string' | "string" | ( 'string' [, 'string']* )
// Strings take a doubled quote for a quote inside them.

namespace {

using Entity = RunFilter::Entity;
using Comparator = RunFilter::Comparator;
using Identifier = RunFilter::Identifier;
using Clause = RunFilter::Clause;

struct EntityName
{
    const char *name;
    Entity entity;
};

constexpr std::array entityNames{
    EntityName{"metric", Entity::Metric},       EntityName{"metrics", Entity::Metric},
    EntityName{"param", Entity::Param},         EntityName{"params", Entity::Param},
    EntityName{"parameter", Entity::Param},     EntityName{"parameters", Entity::Param},
    EntityName{"tag", Entity::Tag},             EntityName{"tags", Entity::Tag},
    EntityName{"attribute", Entity::Attribute}, EntityName{"attributes", Entity::Attribute},
    EntityName{"attr", Entity::Attribute},      EntityName{"run", Entity::Attribute},
    EntityName{"dataset", Entity::Dataset},     EntityName{"datasets", Entity::Dataset},
};

struct AttributeName
{
    const char *name;     // as a filter spells it
    const char *key;      // MLflow's canonical key
    const char *column;   // the run table's column
    bool numeric;
};

// RunInfo's searchable attributes and MLflow's aliases for two of them.
constexpr std::array attributeNames{
    AttributeName{"run_id", "run_id", "uuid", false},
    AttributeName{"run_name", "run_name", "name", false},
    AttributeName{"run name", "run_name", "name", false},
    AttributeName{"Run name", "run_name", "name", false},
    AttributeName{"Run Name", "run_name", "name", false},
    AttributeName{"status", "status", "status", false},
    AttributeName{"user_id", "user_id", "user", false},
    AttributeName{"artifact_uri", "artifact_uri", "artifact_uri", false},
    AttributeName{"lifecycle_stage", "lifecycle_stage", "lifecycle_stage", false},
    AttributeName{"start_time", "start_time", "start_time", true},
    AttributeName{"created", "start_time", "start_time", true},
    AttributeName{"Created", "start_time", "start_time", true},
    AttributeName{"end_time", "end_time", "end_time", true},
};

constexpr std::array datasetKeys{"name", "digest", "context"};

QString validAttributeKeys()
{
    return QStringLiteral("run_id, run_name, status, user_id, artifact_uri, lifecycle_stage, start_time, end_time");
}

bool isOperatorChar(QChar c)
{
    return c == u'=' || c == u'!' || c == u'<' || c == u'>';
}

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"' || c == u'`';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isKeyChar(QChar c)
{
    return isWordChar(c) || c == u'.' || c == u'-' || c == u'/' || c == u':';
}

// Reads one filter or order_by clause left to right; every error names the column (1-based)
// and the text found there.
class Parser
{
public:
    enum class Context { Filter, OrderBy };

    Parser(const QString &text, Context context)
        : m_text(text)
        , m_context(context)
    {}

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }

    Result<Clause> comparison();
    Result<Identifier> identifier();
    Result<Comparator> comparator(const Identifier &identifier, qsizetype identifierStart);
    Status value(Clause &clause);
    // After a comparison: the end, or AND followed by another comparison.
    Result<bool> conjunction();
    // After an order_by identifier: ASC, DESC or nothing; true for ascending.
    Result<bool> direction();

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    QString word();
    Result<QString> quoted();
    QString tokenAt(qsizetype pos) const;
    // "<what> '<token>' at column N in '<text>'. <hint>"; `length` picks the token's extent
    // where the lexical token at `pos` would say less (the entity of `foo.bar`).
    std::unexpected<Error> error(const QString &what, qsizetype pos, const QString &hint = {},
                                 qsizetype length = -1) const;

    const QString &m_text;
    Context m_context;
    qsizetype m_pos = 0;
};

QString Parser::word()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

// A string between quotes of the kind at the cursor; a doubled quote stands for one.
Result<QString> Parser::quoted()
{
    const qsizetype start = m_pos;
    const QChar quote = m_text.at(m_pos++);
    QString text;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (c != quote) {
            text.append(c);
        } else if (peek() == quote) {
            text.append(quote);
            ++m_pos;
        } else {
            return text;
        }
    }
    return error(RunFilter::tr("Unterminated string"), start,
                 RunFilter::tr("Close it with a matching %1.").arg(quote));
}

// The token that starts at `pos`, for error messages.
QString Parser::tokenAt(qsizetype pos) const
{
    if (pos >= m_text.size())
        return RunFilter::tr("the end");
    qsizetype end = pos;
    const QChar first = m_text.at(pos);
    if (isOperatorChar(first)) {
        while (end < m_text.size() && isOperatorChar(m_text.at(end)))
            ++end;
    } else if (isQuote(first)) {
        end = m_text.indexOf(first, pos + 1);
        return m_text.mid(pos, end < 0 ? -1 : end + 1 - pos); // quoted already
    } else if (isKeyChar(first)) {
        while (end < m_text.size() && isKeyChar(m_text.at(end)))
            ++end;
    } else {
        end = pos + 1;
    }
    return QLatin1Char('\'') + m_text.mid(pos, end - pos) + QLatin1Char('\'');
}

std::unexpected<Error> Parser::error(const QString &what, qsizetype pos, const QString &hint,
                                     qsizetype length) const
{
    const QString token = length < 0 ? tokenAt(pos)
                                     : QLatin1Char('\'') + m_text.mid(pos, length) + QLatin1Char('\'');
    const QString where = m_context == Context::Filter
                              ? RunFilter::tr("%1 %2 at column %3 in '%4'.")
                              : RunFilter::tr("%1 %2 at column %3 in order_by '%4'.");
    // One arg() call, so that a % in the user's text is never taken for a placeholder.
    QString message = where.arg(what, token, QString::number(pos + 1), m_text);
    if (!hint.isEmpty())
        message += QLatin1Char(' ') + hint;
    return failWithCode(TrackingError::InvalidParameterValue, message);
}

Result<Identifier> Parser::identifier()
{
    skipSpace();
    const qsizetype start = m_pos;
    const QString expected = RunFilter::tr("Write metrics.<key>, params.<key>, tags.<key> or attributes.<key>; "
                                           "quote keys with spaces in backquotes.");
    QString first;
    if (isQuote(peek())) {
        auto text = quoted();
        if (!text)
            return fail(text.error());
        first = *text;
    } else {
        first = word();
    }
    if (first.isEmpty())
        return error(RunFilter::tr("Expected an identifier, found"), start, expected);

    Identifier id;
    qsizetype keyStart = start;
    if (peek() != u'.') {
        id.key = first; // no entity: an attribute, as in MLflow
    } else {
        const auto name = std::find_if(entityNames.begin(), entityNames.end(), [&](const EntityName &n) {
            return first == QLatin1String(n.name);
        });
        if (name == entityNames.end())
            return error(RunFilter::tr("Invalid entity type"), start,
                         RunFilter::tr("Use metrics, params, tags, attributes or datasets."), m_pos - start);
        id.entity = name->entity;
        ++m_pos;
        keyStart = m_pos;
        if (isQuote(peek())) {
            auto text = quoted();
            if (!text)
                return fail(text.error());
            id.key = *text;
        } else {
            while (m_pos < m_text.size() && isKeyChar(m_text.at(m_pos)))
                ++m_pos;
            id.key = m_text.mid(keyStart, m_pos - keyStart);
        }
        if (id.key.isEmpty())
            return error(RunFilter::tr("Expected a key after '%1.', found").arg(first), keyStart, expected);
    }

    if (id.entity == Entity::Attribute) {
        const auto attribute = std::find_if(attributeNames.begin(), attributeNames.end(),
                                            [&](const AttributeName &a) { return id.key == QLatin1String(a.name); });
        if (attribute == attributeNames.end())
            return error(RunFilter::tr("Invalid attribute key"), keyStart,
                         RunFilter::tr("Valid keys are %1.").arg(validAttributeKeys()), m_pos - keyStart);
        id.key = QLatin1String(attribute->key);
        id.column = attribute->column;
        id.numeric = attribute->numeric;
    } else if (id.entity == Entity::Dataset) {
        const auto key = std::find_if(datasetKeys.begin(), datasetKeys.end(),
                                      [&](const char *k) { return id.key == QLatin1String(k); });
        if (key == datasetKeys.end() || m_context == Context::OrderBy)
            return error(m_context == Context::OrderBy ? RunFilter::tr("Datasets cannot order runs: found")
                                                       : RunFilter::tr("Invalid dataset key"),
                         keyStart, RunFilter::tr("Valid dataset keys are name, digest and context."),
                         m_pos - keyStart);
        id.column = *key;
    }
    return id;
}

struct ComparatorName
{
    const char *name;
    Comparator comparator;
};

constexpr std::array comparatorNames{
    ComparatorName{"=", Comparator::Equal},         ComparatorName{"!=", Comparator::NotEqual},
    ComparatorName{"<", Comparator::Less},          ComparatorName{"<=", Comparator::LessEqual},
    ComparatorName{">", Comparator::Greater},       ComparatorName{">=", Comparator::GreaterEqual},
    ComparatorName{"LIKE", Comparator::Like},       ComparatorName{"ILIKE", Comparator::ILike},
    ComparatorName{"IN", Comparator::In},           ComparatorName{"NOT IN", Comparator::NotIn},
};

bool isNumericComparator(Comparator c)
{
    return c != Comparator::Like && c != Comparator::ILike && c != Comparator::In && c != Comparator::NotIn;
}

bool isStringComparator(Comparator c)
{
    return c == Comparator::Equal || c == Comparator::NotEqual || c == Comparator::Like || c == Comparator::ILike;
}

// Which comparators an identifier takes, as MLflow's VALID_*_COMPARATORS say, and how a message
// names that set.
std::pair<bool, QString> comparatorFits(const Identifier &id, Comparator c)
{
    const QString numeric = QStringLiteral("=, !=, <, <=, >, >=");
    const QString text = QStringLiteral("=, !=, LIKE, ILIKE");
    const QString list = QStringLiteral("=, !=, LIKE, ILIKE, IN, NOT IN");
    switch (id.entity) {
    case Entity::Metric:
        return {isNumericComparator(c), RunFilter::tr("metrics take %1").arg(numeric)};
    case Entity::Param:
        return {isStringComparator(c), RunFilter::tr("params take %1").arg(text)};
    case Entity::Tag:
        return {isStringComparator(c), RunFilter::tr("tags take %1").arg(text)};
    case Entity::Dataset:
        return {isStringComparator(c) || c == Comparator::In || c == Comparator::NotIn,
                RunFilter::tr("datasets take %1").arg(list)};
    case Entity::Attribute:
        if (id.numeric)
            return {isNumericComparator(c), RunFilter::tr("attribute %1 takes %2").arg(id.key, numeric)};
        return {isStringComparator(c) || c == Comparator::In || c == Comparator::NotIn,
                RunFilter::tr("attribute %1 takes %2").arg(id.key, list)};
    }
    return {false, {}};
}

Result<Comparator> Parser::comparator(const Identifier &id, qsizetype identifierStart)
{
    skipSpace();
    const qsizetype start = m_pos;
    QString name;
    if (isOperatorChar(peek())) {
        while (m_pos < m_text.size() && isOperatorChar(m_text.at(m_pos)))
            ++m_pos;
        name = m_text.mid(start, m_pos - start);
    } else {
        name = word().toUpper();
        if (name == QLatin1String("NOT")) {
            skipSpace();
            const qsizetype inStart = m_pos;
            if (word().toUpper() != QLatin1String("IN"))
                return error(RunFilter::tr("Expected IN after NOT, found"), inStart);
            name = QStringLiteral("NOT IN");
        }
    }
    const auto found = std::find_if(comparatorNames.begin(), comparatorNames.end(),
                                    [&](const ComparatorName &c) { return name == QLatin1String(c.name); });
    const auto [fits, allowed] = comparatorFits(id, found == comparatorNames.end() ? Comparator::Equal
                                                                                   : found->comparator);
    if (found == comparatorNames.end() || !fits) {
        const QString subject = m_text.mid(identifierStart, start - identifierStart).trimmed();
        return error(start >= m_text.size() ? RunFilter::tr("Missing comparator after '%1': found").arg(subject)
                                            : RunFilter::tr("Invalid comparator"),
                     start, RunFilter::tr("Here %1.").arg(allowed));
    }
    return found->comparator;
}

// A number as SQL writes it: [+-] digits [. digits] [e [+-] digits], ending at a delimiter.
std::optional<double> numberAt(const QString &text, qsizetype &pos)
{
    qsizetype end = pos;
    auto digits = [&] {
        const qsizetype from = end;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        return end > from;
    };
    if (end < text.size() && (text.at(end) == u'-' || text.at(end) == u'+'))
        ++end;
    bool any = digits();
    if (end < text.size() && text.at(end) == u'.') {
        ++end;
        any = digits() || any;
    }
    if (!any)
        return std::nullopt;
    if (end < text.size() && (text.at(end) == u'e' || text.at(end) == u'E')) {
        ++end;
        if (end < text.size() && (text.at(end) == u'-' || text.at(end) == u'+'))
            ++end;
        if (!digits())
            return std::nullopt;
    }
    if (end < text.size() && !text.at(end).isSpace() && text.at(end) != u')')
        return std::nullopt;
    bool ok = false;
    const double value = text.mid(pos, end - pos).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    pos = end;
    return value;
}

Status Parser::value(Clause &clause)
{
    skipSpace();
    const qsizetype start = m_pos;
    const Identifier &id = clause.identifier;
    if (clause.comparator == Comparator::In || clause.comparator == Comparator::NotIn) {
        const QString hint = RunFilter::tr("IN takes a list of quoted strings such as ('a', 'b').");
        if (peek() != u'(')
            return error(RunFilter::tr("Expected '(' after IN, found"), start, hint);
        ++m_pos;
        for (;;) {
            skipSpace();
            if (peek() != u'\'' && peek() != u'"')
                return error(RunFilter::tr("Expected a quoted string in the list, found"), m_pos, hint);
            auto item = quoted();
            if (!item)
                return fail(item.error());
            clause.list.append(*item);
            skipSpace();
            if (peek() == u')') {
                ++m_pos;
                return {};
            }
            if (peek() != u',')
                return error(RunFilter::tr("Expected ',' or ')' in the list, found"), m_pos, hint);
            ++m_pos;
        }
    }
    if (id.entity == Entity::Metric || id.numeric) {
        const auto number = numberAt(m_text, m_pos);
        if (!number)
            return error(RunFilter::tr("Expected a number for %1, found").arg(id.key), start);
        if (id.numeric && *number != std::int64_t(*number))
            return error(RunFilter::tr("Expected whole milliseconds for %1, found").arg(id.key), start);
        clause.number = *number;
        clause.integer = std::int64_t(*number);
        return {};
    }
    if (peek() != u'\'' && peek() != u'"')
        return error(RunFilter::tr("Expected a quoted string for %1, found").arg(id.key), start,
                     RunFilter::tr("Quote values in single or double quotes."));
    auto text = quoted();
    if (!text)
        return fail(text.error());
    clause.text = *text;
    return {};
}

Result<Clause> Parser::comparison()
{
    skipSpace();
    const qsizetype start = m_pos;
    Clause clause;
    auto id = identifier();
    if (!id)
        return fail(id.error());
    clause.identifier = *id;
    auto comparator = this->comparator(clause.identifier, start);
    if (!comparator)
        return fail(comparator.error());
    clause.comparator = *comparator;
    if (auto ok = value(clause); !ok)
        return fail(ok.error());
    return clause;
}

Result<bool> Parser::conjunction()
{
    if (atEnd())
        return false;
    const qsizetype start = m_pos;
    if (word().compare(QLatin1String("and"), Qt::CaseInsensitive) != 0)
        return error(RunFilter::tr("Expected AND, found"), start,
                     RunFilter::tr("MLflow filters join comparisons with AND only."));
    if (atEnd())
        return error(RunFilter::tr("Expected a comparison after AND, found"), m_pos);
    return true;
}

Result<bool> Parser::direction()
{
    if (atEnd())
        return true;
    const qsizetype start = m_pos;
    const QString order = word().toLower();
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return error(RunFilter::tr("Invalid ordering"), start, RunFilter::tr("Use ASC or DESC."));
    if (!atEnd())
        return error(RunFilter::tr("Unexpected"), m_pos, RunFilter::tr("Write one key and ASC or DESC."));
    return order == QLatin1String("asc");
}


} // namespace

Result<RunFilter> RunFilter::parse(const QString &expression)
{
    RunFilter filter;
    Parser parser(expression, Parser::Context::Filter);
    if (parser.atEnd())
        return filter;
    for (;;) {
        auto clause = parser.comparison();
        if (!clause)
            return fail(clause.error());
        filter.m_clauses.push_back(std::move(*clause));
        auto more = parser.conjunction();
        if (!more)
            return fail(more.error());
        if (!*more)
            return filter;
    }
}

Result<RunFilter::OrderKey> RunFilter::parseOrderKey(const QString &text)
{
    Parser parser(text, Parser::Context::OrderBy);
    OrderKey key;
    auto id = parser.identifier();
    if (!id)
        return fail(id.error());
    key.identifier = *id;
    auto ascending = parser.direction();
    if (!ascending)
        return fail(ascending.error());
    key.ascending = *ascending;
    return key;
}

} // namespace atelier
