// RunSearch: MLflow's filter and order_by grammar, parsed by hand and compiled to one prepared statement.
#include "core/tracking/run_search.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <string>
#include <variant>
#include <vector>

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
struct RunFilter::Impl
{
    enum class Entity { Metric, Param, Tag, Attribute, Dataset };
    enum class Comparator { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Like, ILike, In, NotIn };

    struct Identifier
    {
        Entity entity = Entity::Attribute;
        QString key;           // for attributes and datasets, the canonical key (aliases resolved)
        const char *column = nullptr; // attributes: the run table's column; datasets: run_input's
        bool numeric = false;  // attributes start_time and end_time
    };

    struct Clause
    {
        Identifier identifier;
        Comparator comparator = Comparator::Equal;
        QString text;          // string values and LIKE patterns
        double number = 0;     // metric values
        std::int64_t integer = 0; // numeric attributes
        QStringList list;      // IN and NOT IN
    };

    QString expression;
    std::vector<Clause> clauses;
};

namespace {

using Entity = RunFilter::Impl::Entity;
using Comparator = RunFilter::Impl::Comparator;
using Identifier = RunFilter::Impl::Identifier;
using Clause = RunFilter::Impl::Clause;

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

// SQL text from the fixed grammar with numbered parameters, and the values bound to them.
class SqlBuilder
{
public:
    using Value = std::variant<std::int64_t, double, QString>;

    std::string bind(Value value)
    {
        m_values.push_back(std::move(value));
        return "?" + std::to_string(m_values.size());
    }

    void bindTo(Statement &statement) const
    {
        for (std::size_t i = 0; i < m_values.size(); ++i)
            std::visit([&](const auto &v) { statement.bind(int(i + 1), v); }, m_values[i]);
    }

private:
    std::vector<Value> m_values;
};

const char *sqlOperator(Comparator c)
{
    switch (c) {
    case Comparator::Equal: return "=";
    case Comparator::NotEqual: return "!=";
    case Comparator::Less: return "<";
    case Comparator::LessEqual: return "<=";
    case Comparator::Greater: return ">";
    case Comparator::GreaterEqual: return ">=";
    case Comparator::Like: return "GLOB";   // LIKE is case-sensitive in MLflow; the pattern becomes a glob
    case Comparator::ILike: return "LIKE";  // SQLite's LIKE ignores case (ASCII letters)
    case Comparator::In: return "IN";
    case Comparator::NotIn: return "NOT IN";
    }
    return "=";
}

// A LIKE pattern (% and _) as a GLOB pattern, with GLOB's own wildcards made literal.
QString likeToGlob(const QString &pattern)
{
    QString glob;
    for (const QChar c : pattern) {
        if (c == u'%')
            glob += u'*';
        else if (c == u'_')
            glob += u'?';
        else if (c == u'*' || c == u'?' || c == u'[')
            glob += QLatin1Char('[') + c + QLatin1Char(']');
        else
            glob += c;
    }
    return glob;
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// `column <op> value` for a string clause, the value bound.
std::string stringTest(const std::string &column, const Clause &clause, SqlBuilder &sql)
{
    const std::string op = sqlOperator(clause.comparator);
    if (clause.comparator == Comparator::In || clause.comparator == Comparator::NotIn)
        return column + " " + op + " (SELECT value FROM json_each(" + sql.bind(jsonList(clause.list)) + "))";
    const QString value = clause.comparator == Comparator::Like ? likeToGlob(clause.text) : clause.text;
    return column + " " + op + " " + sql.bind(value);
}

// One clause as a condition on `run`. Each entity narrows through an index on (key, value) so
// that a selective clause reads only the runs it matches.
std::string clauseSql(const Clause &clause, SqlBuilder &sql)
{
    const Identifier &id = clause.identifier;
    const std::string op = sqlOperator(clause.comparator);
    switch (id.entity) {
    case Entity::Metric: {
        // NaN is stored as NULL; like Python's float comparisons, NaN != x holds and the rest fail.
        const std::string value = sql.bind(clause.number);
        const std::string test = clause.comparator == Comparator::NotEqual
                                     ? "(last_value != " + value + " OR last_value IS NULL)"
                                     : "last_value " + op + " " + value;
        return "run.id IN (SELECT run_id FROM metric_series WHERE key = " + sql.bind(id.key) + " AND " + test + ")";
    }
    case Entity::Param:
    case Entity::Tag: {
        const std::string table = id.entity == Entity::Param ? "param" : "tag";
        return "run.id IN (SELECT run_id FROM " + table + " WHERE key = " + sql.bind(id.key) + " AND "
               + stringTest("value", clause, sql) + ")";
    }
    case Entity::Attribute:
        if (id.numeric)
            return std::string("run.") + id.column + " " + op + " " + sql.bind(clause.integer);
        return stringTest(std::string("run.") + id.column, clause, sql);
    case Entity::Dataset:
        if (id.key == QLatin1String("context"))
            return "run.id IN (SELECT i.run_id FROM run_input i, json_each(i.tags) t "
                   "WHERE json_extract(t.value, '$.key') = "
                   + sql.bind(QStringLiteral("mlflow.data.context")) + " AND "
                   + stringTest("json_extract(t.value, '$.value')", clause, sql) + ")";
        return "run.id IN (SELECT run_id FROM run_input WHERE " + stringTest(id.column, clause, sql) + ")";
    }
    return "1";
}

struct OrderKey
{
    Identifier identifier;
    bool ascending = true;
};

// The join and ORDER BY terms of one order_by key. Runs without the value sort last in either
// direction, and a NaN metric just before them, as MLflow's SearchUtils.sort does.
void orderSql(const OrderKey &key, int index, SqlBuilder &sql, std::string &joins, std::string &terms)
{
    const std::string alias = "o" + std::to_string(index);
    const std::string direction = key.ascending ? " ASC" : " DESC";
    const Identifier &id = key.identifier;
    switch (id.entity) {
    case Entity::Metric:
        joins += " LEFT JOIN metric_series " + alias + " ON " + alias + ".run_id = run.id AND " + alias
                 + ".key = " + sql.bind(id.key);
        terms += alias + ".id IS NULL, " + alias + ".last_value IS NULL, " + alias + ".last_value" + direction + ", ";
        return;
    case Entity::Param:
    case Entity::Tag:
        joins += std::string(" LEFT JOIN ") + (id.entity == Entity::Param ? "param " : "tag ") + alias + " ON "
                 + alias + ".run_id = run.id AND " + alias + ".key = " + sql.bind(id.key);
        terms += alias + ".value IS NULL, " + alias + ".value" + direction + ", ";
        return;
    case Entity::Attribute:
    case Entity::Dataset:
        terms += std::string("run.") + id.column + " IS NULL, run." + id.column + direction + ", ";
        return;
    }
}

Result<OrderKey> parseOrderBy(const QString &text)
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

// Page tokens are base64 of {"offset": n}, as MLflow's file store makes them.
QString pageToken(std::int64_t offset)
{
    const QJsonObject token{{QStringLiteral("offset"), qint64(offset)}};
    return QString::fromLatin1(QJsonDocument(token).toJson(QJsonDocument::Compact).toBase64());
}

Result<std::int64_t> offsetFromPageToken(const QString &token)
{
    if (token.isEmpty())
        return 0;
    auto invalid = [&] {
        return failWithCode(TrackingError::InvalidParameterValue,
                            RunSearch::tr("Invalid page token '%1'. Pass the next_page_token of the previous "
                                          "search unchanged, or none for the first page.")
                                .arg(token));
    };
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid();
    const QJsonDocument json = QJsonDocument::fromJson(*decoded);
    const QJsonValue offset = json.object().value(QLatin1String("offset"));
    if (!offset.isDouble() || offset.toDouble() < 1 || offset.toDouble() != double(offset.toInteger()))
        return invalid();
    return offset.toInteger();
}

} // namespace

RunFilter::RunFilter(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

RunFilter::RunFilter(RunFilter &&) noexcept = default;
RunFilter &RunFilter::operator=(RunFilter &&) noexcept = default;
RunFilter::~RunFilter() = default;

Result<RunFilter> RunFilter::parse(const QString &expression)
{
    auto impl = std::make_unique<Impl>();
    impl->expression = expression;
    Parser parser(expression, Parser::Context::Filter);
    if (parser.atEnd())
        return RunFilter(std::move(impl));
    for (;;) {
        auto clause = parser.comparison();
        if (!clause)
            return fail(clause.error());
        impl->clauses.push_back(std::move(*clause));
        auto more = parser.conjunction();
        if (!more)
            return fail(more.error());
        if (!*more)
            return RunFilter(std::move(impl));
    }
}

bool RunFilter::isEmpty() const
{
    return m_impl->clauses.empty();
}

RunSearch::RunSearch(Database &db)
    : m_db(db)
{}

Result<RunSearchPage> RunSearch::search(const RunSearchRequest &request)
{
    // 0 asks for every run (the runs table); callers from outside, such as the REST API, keep
    // MLflow's bounds.
    if (request.maxResults < 0 || request.maxResults > TrackingLimits::MaxRunsPerSearch)
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("Invalid value %1 for max_results: it must be between 1 and %2.")
                                .arg(request.maxResults)
                                .arg(TrackingLimits::MaxRunsPerSearch));
    auto filter = RunFilter::parse(request.filter);
    if (!filter)
        return fail(filter.error());
    std::vector<OrderKey> order;
    for (const QString &text : request.orderBy) {
        auto key = parseOrderBy(text);
        if (!key)
            return fail(key.error());
        order.push_back(std::move(*key));
    }
    auto offset = offsetFromPageToken(request.pageToken);
    if (!offset)
        return fail(offset.error());

    // Joins come first in the text, so their parameters are bound first.
    SqlBuilder sql;
    std::string joins;
    std::string terms;
    for (std::size_t i = 0; i < order.size(); ++i)
        orderSql(order[i], int(i + 1), sql, joins, terms);
    std::string where = " WHERE 1";
    if (request.view == ViewType::ActiveOnly)
        where += " AND run.lifecycle_stage = 'active'";
    else if (request.view == ViewType::DeletedOnly)
        where += " AND run.lifecycle_stage = 'deleted'";
    if (!request.experimentIds.isEmpty()) {
        QJsonArray ids;
        for (const std::int64_t id : request.experimentIds)
            ids.append(qint64(id));
        where += " AND run.experiment_id IN (SELECT value FROM json_each("
                 + sql.bind(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))) + "))";
    }
    for (const Clause &clause : filter->impl().clauses)
        where += " AND " + clauseSql(clause, sql);
    // One row past the page tells whether another page follows.
    const std::int64_t rows = request.maxResults == 0 ? -1 : std::int64_t(request.maxResults) + 1;
    const std::string limit = " LIMIT " + sql.bind(rows) + " OFFSET " + sql.bind(*offset);
    const std::string text = "SELECT run.id, run.uuid FROM run" + joins + where + " ORDER BY " + terms
                             + "run.start_time DESC, run.uuid ASC" + limit;

    auto statement = m_db.statement(text);
    if (!statement)
        return fail(withContext(tr("Could not search the runs"), statement.error()));
    sql.bindTo(**statement);
    RunSearchPage page;
    auto ok = (*statement)->forEachRow([&](const Statement &row) {
        page.runRowIds.append(row.int64(0));
        page.runIds.append(row.text(1));
    });
    if (!ok)
        return fail(withContext(tr("Could not search the runs"), ok.error()));
    if (request.maxResults > 0 && page.runRowIds.size() > request.maxResults) {
        page.runRowIds.removeLast();
        page.runIds.removeLast();
        page.nextPageToken = pageToken(*offset + request.maxResults);
    }
    return page;
}

} // namespace atelier
