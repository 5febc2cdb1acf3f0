// RunSearch: the filter runs as one prepared statement that yields the matching runs in row-id
// order; order_by and paging happen in memory, each order key's values read in one pass over its
// (key, value) index. Letting SQLite order by joined values looked up each run's value in a
// multi-million-row index one run at a time: seconds for 100,000 runs, where this takes tens of
// milliseconds.
#include "core/tracking/run_search.h"

#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace atelier {

namespace {

using Entity = RunFilter::Entity;
using Comparator = RunFilter::Comparator;
using Identifier = RunFilter::Identifier;
using Clause = RunFilter::Clause;
using OrderKey = RunFilter::OrderKey;

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

// The runs that match a filter, in row-id order, with what MLflow breaks ties on: start_time DESC,
// then the run id. The run ids share one buffer (100,000 strings would be 100,000 allocations).
class Candidates
{
public:
    static constexpr std::int64_t NoStartTime = std::numeric_limits<std::int64_t>::min(); // sorts last

    void append(std::int64_t rowId, std::int64_t startTime, std::string_view uuid)
    {
        m_rowIds.push_back(rowId);
        m_startTimes.push_back(startTime);
        m_uuids.append(uuid);
        m_uuidEnds.push_back(m_uuids.size());
    }

    std::size_t size() const { return m_rowIds.size(); }
    std::int64_t rowId(std::size_t i) const { return m_rowIds[i]; }
    std::string_view uuid(std::size_t i) const
    {
        const std::size_t begin = i == 0 ? 0 : m_uuidEnds[i - 1];
        return std::string_view(m_uuids).substr(begin, m_uuidEnds[i] - begin);
    }

    // Makes indexOf() a table lookup where the row ids are dense, as they are unless most runs
    // were deleted; a binary search otherwise.
    void indexRowIds()
    {
        if (m_rowIds.empty())
            return;
        const std::int64_t span = m_rowIds.back() - m_rowIds.front() + 1;
        if (span > std::int64_t(m_rowIds.size()) * 4 + 4096)
            return;
        m_slots.assign(std::size_t(span), -1);
        for (std::size_t i = 0; i < m_rowIds.size(); ++i)
            m_slots[std::size_t(m_rowIds[i] - m_rowIds.front())] = std::int32_t(i);
    }

    // The candidate with `rowId`, or -1 where that run is not one.
    std::int64_t indexOf(std::int64_t rowId) const
    {
        if (!m_slots.empty()) {
            const std::int64_t slot = rowId - m_rowIds.front();
            return slot >= 0 && slot < std::int64_t(m_slots.size()) ? m_slots[std::size_t(slot)] : -1;
        }
        const auto found = std::lower_bound(m_rowIds.begin(), m_rowIds.end(), rowId);
        return found != m_rowIds.end() && *found == rowId ? found - m_rowIds.begin() : -1;
    }

    // Every candidate, in MLflow's order when order_by says nothing (or ties).
    std::vector<std::uint32_t> defaultOrder() const
    {
        std::vector<std::uint32_t> order(size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
            if (m_startTimes[a] != m_startTimes[b])
                return m_startTimes[a] > m_startTimes[b];
            return uuid(a) < uuid(b);
        });
        return order;
    }

private:
    std::vector<std::int64_t> m_rowIds;
    std::vector<std::int64_t> m_startTimes;
    std::string m_uuids;
    std::vector<std::size_t> m_uuidEnds;
    std::vector<std::int32_t> m_slots; // row id - the first row id: the candidate, or -1
};

// The rows of one order key in SQLite's order of its values: the (key, value) indexes yield them
// without a sort. A NULL metric stands for NaN; attributes list only the runs that have a value.
std::string_view orderKeyQuery(const Identifier &id)
{
    switch (id.entity) {
    case Entity::Metric:
        return "SELECT run_id, last_value FROM metric_series WHERE key = ? ORDER BY last_value";
    case Entity::Param:
        return "SELECT run_id, value FROM param WHERE key = ? ORDER BY value";
    case Entity::Tag:
        return "SELECT run_id, value FROM tag WHERE key = ? ORDER BY value";
    case Entity::Attribute:
    case Entity::Dataset:
        break;
    }
    return {};
}

// Each candidate's place under one order key, smaller first: the values in the key's direction
// (equal values share a place), then a NaN metric, then the runs without the key, last in either
// direction as MLflow's SearchUtils.sort has them.
Result<std::vector<std::uint32_t>> placesUnder(Database &db, const OrderKey &key, const Candidates &candidates)
{
    const Identifier &id = key.identifier;
    std::string attributeQuery;
    if (id.entity == Entity::Attribute) { // a fixed column name from the grammar's table
        const std::string column(id.column);
        attributeQuery = "SELECT id, " + column + " FROM run WHERE " + column + " IS NOT NULL ORDER BY " + column;
    }
    auto statement = db.statement(attributeQuery.empty() ? orderKeyQuery(id) : std::string_view(attributeQuery));
    if (!statement)
        return fail(statement.error());
    if (attributeQuery.empty())
        (*statement)->bind(1, id.key);

    constexpr std::uint32_t NaN = std::numeric_limits<std::uint32_t>::max() - 1;
    constexpr std::uint32_t Missing = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> places(candidates.size(), Missing);
    std::int64_t place = -1; // the place of the value read last, in ascending order
    std::variant<std::monostate, double, std::int64_t, std::string> last;
    // Only a change of value moves to the next place.
    auto moveOn = [&](const Statement &row) {
        if (id.entity == Entity::Metric) {
            if (last == decltype(last)(row.real(1)))
                return;
            last = row.real(1);
        } else if (id.numeric) {
            if (last == decltype(last)(row.int64(1)))
                return;
            last = row.int64(1);
        } else {
            if (std::holds_alternative<std::string>(last) && std::get<std::string>(last) == row.utf8(1))
                return;
            last = std::string(row.utf8(1));
        }
        ++place;
    };
    auto read = (*statement)->forEachRow([&](const Statement &row) {
        const std::int64_t index = candidates.indexOf(row.int64(0));
        if (row.isNull(1)) {
            if (index >= 0)
                places[std::size_t(index)] = NaN;
            return;
        }
        moveOn(row);
        if (index >= 0)
            places[std::size_t(index)] = std::uint32_t(place);
    });
    if (!read)
        return fail(read.error());
    const std::uint32_t count = std::uint32_t(place + 1);
    for (std::uint32_t &p : places) {
        if (p == NaN)
            p = count;
        else if (p == Missing)
            p = count + 1;
        else if (!key.ascending)
            p = count - 1 - p;
    }
    return places;
}

// `order` stably sorted by `places` (a counting sort: the places are dense, so this is linear).
std::vector<std::uint32_t> stableSortBy(const std::vector<std::uint32_t> &order,
                                        const std::vector<std::uint32_t> &places)
{
    const std::uint32_t top = places.empty() ? 0 : *std::max_element(places.begin(), places.end());
    std::vector<std::uint32_t> starts(std::size_t(top) + 2, 0);
    for (const std::uint32_t candidate : order)
        ++starts[places[candidate] + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    std::vector<std::uint32_t> sorted(order.size());
    for (const std::uint32_t candidate : order)
        sorted[starts[places[candidate]]++] = candidate;
    return sorted;
}

// The WHERE clause of a search: lifecycle, experiments and the filter's comparisons.
std::string whereSql(const RunSearchRequest &request, const RunFilter &filter, SqlBuilder &sql)
{
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
    for (const Clause &clause : filter.clauses())
        where += " AND " + clauseSql(clause, sql);
    return where;
}

// The runs that match, in row-id order.
Result<Candidates> readCandidates(Database &db, const RunSearchRequest &request, const RunFilter &filter)
{
    SqlBuilder sql;
    const std::string text = "SELECT run.id, run.start_time, run.uuid FROM run" + whereSql(request, filter, sql)
                             + " ORDER BY run.id";
    auto statement = db.statement(text);
    if (!statement)
        return fail(statement.error());
    sql.bindTo(**statement);
    Candidates candidates;
    auto read = (*statement)->forEachRow([&](const Statement &row) {
        candidates.append(row.int64(0), row.isNull(1) ? Candidates::NoStartTime : row.int64(1), row.utf8(2));
    });
    if (!read)
        return fail(read.error());
    candidates.indexRowIds();
    return candidates;
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
        auto key = RunFilter::parseOrderKey(text);
        if (!key)
            return fail(key.error());
        order.push_back(std::move(*key));
    }
    auto offset = offsetFromPageToken(request.pageToken);
    if (!offset)
        return fail(offset.error());

    auto candidates = readCandidates(m_db, request, *filter);
    if (!candidates)
        return fail(withContext(tr("Could not search the runs"), candidates.error()));
    // The keys from the last to the first, each a stable sort of what the next ones ordered.
    std::vector<std::uint32_t> sorted = candidates->defaultOrder();
    for (auto key = order.rbegin(); key != order.rend(); ++key) {
        auto places = placesUnder(m_db, *key, *candidates);
        if (!places)
            return fail(withContext(tr("Could not search the runs"), places.error()));
        sorted = stableSortBy(sorted, *places);
    }

    const std::size_t first = std::min(std::size_t(*offset), sorted.size());
    const std::size_t count = request.maxResults == 0 ? sorted.size() - first
                                                      : std::min(sorted.size() - first, std::size_t(request.maxResults));
    RunSearchPage page;
    page.runRowIds.reserve(qsizetype(count));
    for (std::size_t i = first; i < first + count; ++i) {
        page.runRowIds.append(candidates->rowId(sorted[i]));
        if (request.withRunIds) {
            const std::string_view uuid = candidates->uuid(sorted[i]);
            page.runIds.append(QString::fromUtf8(uuid.data(), qsizetype(uuid.size())));
        }
    }
    if (request.maxResults > 0 && first + count < sorted.size())
        page.nextPageToken = pageToken(std::int64_t(first + count));
    return page;
}

} // namespace atelier
