// RegistrySearch: a tokenizer and parser for the registry's AND-joined comparisons, and page tokens.
#include "core/tracking/registry_search.h"

#include "core/models/model_catalog.h"
#include "core/tracking/mlflow_registry_json.h"
#include "core/tracking/mlflow_request.h"
#include "core/tracking/tracking_types.h"

#include <QByteArray>

#include <algorithm>
#include <optional>

namespace atelier {

using mlflowjson::Json;
using mlflowjson::millisecondsOf;
using mlflowjson::utf8;

namespace {

struct Token
{
    enum Kind { Word, Text, Symbol } kind = Word;
    QString text;
};

Error invalidFilter(const QString &filter, const QString &why)
{
    return {RegistrySearch::tr("Invalid filter '%1': %2. Write comparisons joined by AND, such as name = 'detector' "
                               "or name LIKE 'det%'.").arg(filter, why),
            {}, TrackingError::InvalidParameterValue};
}

// Words, quoted strings ('...' or "...", a doubled quote standing for one) and the symbols
// = != <> ( ) ,
Result<QList<Token>> tokenize(const QString &filter)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < filter.size();) {
        const QChar c = filter.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'\'' || c == u'"') {
            QString text;
            for (++i;; ++i) {
                if (i >= filter.size())
                    return fail(invalidFilter(filter, RegistrySearch::tr("a quoted value is never closed")));
                if (filter.at(i) == c && i + 1 < filter.size() && filter.at(i + 1) == c) {
                    text += c;
                    ++i;
                } else if (filter.at(i) == c) {
                    break;
                } else {
                    text += filter.at(i);
                }
            }
            ++i;
            tokens.append({Token::Text, text});
        } else if (filter.mid(i, 2) == QStringLiteral("!=") || filter.mid(i, 2) == QStringLiteral("<>")) {
            tokens.append({Token::Symbol, QStringLiteral("!=")});
            i += 2;
        } else if (c == u'=' || c == u'(' || c == u')' || c == u',') {
            tokens.append({Token::Symbol, QString(c)});
            ++i;
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'`') {
            QString word;
            while (i < filter.size() && (filter.at(i).isLetterOrNumber() || filter.at(i) == u'_' || filter.at(i) == u'.'
                                         || filter.at(i) == u'`')) {
                if (filter.at(i) != u'`')
                    word += filter.at(i);
                ++i;
            }
            tokens.append({Token::Word, word});
        } else {
            return fail(invalidFilter(filter, RegistrySearch::tr("unexpected character '%1'").arg(c)));
        }
    }
    return tokens;
}

class Parser
{
public:
    Parser(const QString &filter, const QList<Token> &tokens, const QStringList &keys)
        : m_filter(filter)
        , m_tokens(tokens)
        , m_keys(keys)
    {}

    Result<QList<RegistryCondition>> conditions()
    {
        QList<RegistryCondition> list;
        while (m_at < m_tokens.size()) {
            if (!list.isEmpty() && !takeWord(QStringLiteral("AND")))
                return fail(invalidFilter(m_filter, RegistrySearch::tr("expected AND before '%1'").arg(peek())));
            auto condition = comparison();
            if (!condition)
                return fail(condition.error());
            list.append(*condition);
        }
        return list;
    }

private:
    Result<RegistryCondition> comparison()
    {
        RegistryCondition condition;
        if (m_at >= m_tokens.size() || m_tokens.at(m_at).kind != Token::Word)
            return fail(invalidFilter(m_filter, RegistrySearch::tr("expected a key")));
        condition.key = m_tokens.at(m_at++).text;
        if (!m_keys.contains(condition.key))
            return fail(invalidFilter(m_filter, RegistrySearch::tr("'%1' is not a key to search by (keys: %2)")
                                                    .arg(condition.key, m_keys.join(QStringLiteral(", ")))));
        if (m_at >= m_tokens.size())
            return fail(invalidFilter(m_filter, RegistrySearch::tr("expected a comparison after '%1'").arg(condition.key)));
        condition.op = m_tokens.at(m_at++).text.toUpper();
        if (condition.op == QStringLiteral("IN"))
            return inList(condition);
        if (!QStringList{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("LIKE"), QStringLiteral("ILIKE")}
                 .contains(condition.op))
            return fail(invalidFilter(m_filter, RegistrySearch::tr("'%1' is not one of =, !=, LIKE, ILIKE, IN")
                                                    .arg(condition.op)));
        auto value = text();
        if (!value)
            return fail(value.error());
        condition.values.append(*value);
        return condition;
    }

    Result<RegistryCondition> inList(RegistryCondition condition)
    {
        if (!takeSymbol(QStringLiteral("(")))
            return fail(invalidFilter(m_filter, RegistrySearch::tr("IN needs a list in parentheses")));
        do {
            auto value = text();
            if (!value)
                return fail(value.error());
            condition.values.append(*value);
        } while (takeSymbol(QStringLiteral(",")));
        if (!takeSymbol(QStringLiteral(")")))
            return fail(invalidFilter(m_filter, RegistrySearch::tr("the IN list is not closed with ')'")));
        return condition;
    }

    Result<QString> text()
    {
        if (m_at >= m_tokens.size() || m_tokens.at(m_at).kind != Token::Text)
            return fail(invalidFilter(m_filter, RegistrySearch::tr("values must be quoted strings")));
        return m_tokens.at(m_at++).text;
    }

    bool takeWord(const QString &word)
    {
        if (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Word
            && m_tokens.at(m_at).text.compare(word, Qt::CaseInsensitive) == 0) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool takeSymbol(const QString &symbol)
    {
        if (m_at < m_tokens.size() && m_tokens.at(m_at).kind == Token::Symbol && m_tokens.at(m_at).text == symbol) {
            ++m_at;
            return true;
        }
        return false;
    }

    QString peek() const { return m_at < m_tokens.size() ? m_tokens.at(m_at).text : QString(); }

    const QString &m_filter;
    const QList<Token> &m_tokens;
    const QStringList &m_keys;
    qsizetype m_at = 0;
};

// MLflow's limits (mlflow/store/model_registry/__init__.py).
constexpr int DefaultModelResults = 100;
constexpr int MaxModelResults = 1000;
constexpr int DefaultVersionResults = 10000;
constexpr int MaxVersionResults = 200000;

Result<int> maxResultsOf(const MlflowRequest &request, int defaultValue, int limit)
{
    auto value = request.optionalInt64("max_results");
    if (!value)
        return fail(value.error());
    const std::int64_t maxResults = value->value_or(defaultValue);
    if (maxResults < 1 || maxResults > limit)
        return failWithCode(TrackingError::InvalidParameterValue,
                            RegistrySearch::tr("Invalid value %1 for parameter 'max_results' supplied: it must be "
                                               "at least 1 and at most %2.").arg(maxResults).arg(limit));
    return int(maxResults);
}

// The filter, order and page of a search, read from the request.
struct Search
{
    QList<RegistryCondition> conditions;
    QList<RegistryOrder> orders;
    qsizetype offset = 0;
    int maxResults = 0;
};

Result<Search> searchOf(const MlflowRequest &request, const QStringList &filterKeys, const QStringList &orderKeys,
                        int defaultResults, int maxResults)
{
    Search search;
    auto filter = request.optionalString("filter");
    auto orderBy = request.stringList("order_by");
    auto pageToken = request.optionalString("page_token");
    auto limit = maxResultsOf(request, defaultResults, maxResults);
    for (const Error *error : {filter ? nullptr : &filter.error(), orderBy ? nullptr : &orderBy.error(),
                               pageToken ? nullptr : &pageToken.error(), limit ? nullptr : &limit.error()}) {
        if (error)
            return fail(*error);
    }
    auto conditions = RegistrySearch::parseFilter(filter->value_or(QString()), filterKeys);
    if (!conditions)
        return fail(conditions.error());
    auto orders = RegistrySearch::parseOrderBy(*orderBy, orderKeys);
    if (!orders)
        return fail(orders.error());
    auto offset = RegistrySearch::offsetOf(pageToken->value_or(QString()));
    if (!offset)
        return fail(offset.error());
    return Search{*conditions, *orders, *offset, *limit};
}

// Keeps one page of `list` in `json[field]`, and the token of the next page when there is one.
template<typename T, typename ToJson>
void putPage(Json &json, const char *field, const QList<T> &list, const Search &search, ToJson toJson)
{
    const qsizetype end = std::min(list.size(), search.offset + search.maxResults);
    Json page = Json::array();
    for (qsizetype i = search.offset; i < end; ++i) {
        auto item = toJson(list.at(i));
        page.push_back(std::move(item));
    }
    if (!page.empty())
        json[field] = std::move(page);
    if (end < list.size())
        json["next_page_token"] = utf8(RegistrySearch::tokenFor(end));
}

int compareModels(const ModelRecord &a, const ModelRecord &b, const QString &key)
{
    if (key == QStringLiteral("name"))
        return a.name.compare(b.name);
    const std::int64_t left = millisecondsOf(a.updatedAt);
    const std::int64_t right = millisecondsOf(b.updatedAt);
    return left < right ? -1 : left > right ? 1 : 0;
}

int compareVersions(const ModelVersionRecord &a, const ModelVersionRecord &b, const QString &key)
{
    if (key == QStringLiteral("name"))
        return a.modelName.compare(b.modelName);
    auto valueOf = [&key](const ModelVersionRecord &v) {
        return key == QStringLiteral("version_number")       ? v.version
               : key == QStringLiteral("creation_timestamp") ? millisecondsOf(v.createdAt)
                                                              : millisecondsOf(v.updatedAt);
    };
    const std::int64_t left = valueOf(a);
    const std::int64_t right = valueOf(b);
    return left < right ? -1 : left > right ? 1 : 0;
}

} // namespace

Result<Json> RegistrySearch::searchModels(ModelCatalog &catalog, const MlflowRequest &request)
{
    auto search = searchOf(request, {QStringLiteral("name")},
                           {QStringLiteral("name"), QStringLiteral("last_updated_timestamp"), QStringLiteral("timestamp")},
                           DefaultModelResults, MaxModelResults);
    if (!search)
        return fail(search.error());
    auto all = catalog.models();
    if (!all)
        return fail(all.error());
    QList<ModelRecord> models;
    for (const ModelRecord &model : std::as_const(*all)) {
        if (std::all_of(search->conditions.cbegin(), search->conditions.cend(),
                        [&](const RegistryCondition &c) { return RegistrySearch::matches(c, model.name); }))
            models.append(model);
    }
    // Sorted by name already: that is the tiebreak.
    std::stable_sort(models.begin(), models.end(), [&](const ModelRecord &a, const ModelRecord &b) {
        for (const RegistryOrder &order : search->orders) {
            if (const int c = compareModels(a, b, order.key); c != 0)
                return order.descending ? c > 0 : c < 0;
        }
        return false;
    });
    Json reply = Json::object();
    std::optional<Error> failure;
    putPage(reply, "registered_models", models, *search, [&](const ModelRecord &model) {
        auto json = mlflowjson::registeredModel(catalog, model);
        if (!json && !failure)
            failure = json.error();
        return json ? *json : Json::object();
    });
    if (failure)
        return fail(*failure);
    return reply;
}


Result<Json> RegistrySearch::searchVersions(ModelCatalog &catalog, const MlflowRequest &request)
{
    auto search = searchOf(request, {QStringLiteral("name"), QStringLiteral("run_id")},
                           {QStringLiteral("name"), QStringLiteral("version_number"), QStringLiteral("creation_timestamp"),
                            QStringLiteral("last_updated_timestamp"), QStringLiteral("timestamp")},
                           DefaultVersionResults, MaxVersionResults);
    if (!search)
        return fail(search.error());
    auto all = catalog.versions();
    if (!all)
        return fail(all.error());
    QList<ModelVersionRecord> versions;
    for (const ModelVersionRecord &version : std::as_const(*all)) {
        if (std::all_of(search->conditions.cbegin(), search->conditions.cend(), [&](const RegistryCondition &c) {
                return RegistrySearch::matches(c, c.key == QStringLiteral("name") ? version.modelName : version.runUuid);
            }))
            versions.append(version);
    }
    // By name, then newest version first, already: the tiebreak.
    std::stable_sort(versions.begin(), versions.end(), [&](const ModelVersionRecord &a, const ModelVersionRecord &b) {
        for (const RegistryOrder &order : search->orders) {
            if (const int c = compareVersions(a, b, order.key); c != 0)
                return order.descending ? c > 0 : c < 0;
        }
        return false;
    });
    Json reply = Json::object();
    putPage(reply, "model_versions", versions, *search, mlflowjson::modelVersion);
    return reply;
}


Result<QList<RegistryCondition>> RegistrySearch::parseFilter(const QString &filter, const QStringList &keys)
{
    auto tokens = tokenize(filter);
    if (!tokens)
        return fail(tokens.error());
    return Parser(filter, *tokens, keys).conditions();
}

bool RegistrySearch::matches(const RegistryCondition &condition, const QString &value)
{
    const QString first = condition.values.value(0);
    if (condition.op == QStringLiteral("="))
        return value == first;
    if (condition.op == QStringLiteral("!="))
        return value != first;
    if (condition.op == QStringLiteral("IN"))
        return condition.values.contains(value);
    return ModelCatalog::likeMatches(first, value, condition.op == QStringLiteral("ILIKE"));
}

Result<QList<RegistryOrder>> RegistrySearch::parseOrderBy(const QStringList &orderBy, const QStringList &keys)
{
    QList<RegistryOrder> orders;
    for (const QString &entry : orderBy) {
        const QStringList words = entry.simplified().split(u' ');
        const QString direction = words.value(1).toUpper();
        if (words.size() > 2 || !keys.contains(words.value(0))
            || !(direction.isEmpty() || direction == QStringLiteral("ASC") || direction == QStringLiteral("DESC")))
            return failWithCode(TrackingError::InvalidParameterValue,
                                tr("Invalid order_by clause '%1'. Give a key (%2) and optionally ASC or DESC.")
                                    .arg(entry, keys.join(QStringLiteral(", "))));
        orders.append({words.value(0), direction == QStringLiteral("DESC")});
    }
    return orders;
}

Result<qsizetype> RegistrySearch::offsetOf(const QString &pageToken)
{
    if (pageToken.isEmpty())
        return 0;
    bool ok = false;
    const qlonglong offset = QString::fromLatin1(QByteArray::fromBase64(pageToken.toLatin1())).toLongLong(&ok);
    if (!ok || offset < 0)
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("Invalid page token \"%1\". Pass the next_page_token of the previous answer as it "
                               "came.").arg(pageToken));
    return qsizetype(offset);
}

QString RegistrySearch::tokenFor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray::number(qlonglong(offset)).toBase64());
}

} // namespace atelier
