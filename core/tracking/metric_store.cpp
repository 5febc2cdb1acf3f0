// MetricStore: appends points with one cached insert, keeps series summaries and the bucket pyramid.
#include "core/tracking/metric_store.h"

#include "core/store/database.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace atelier {

namespace {

// Level L buckets 64 * 8^L steps: a 10,000,000-step series has 2,442 buckets at level 2
// (4,096 steps), and the whole pyramid costs about one byte a point on disk.
constexpr int LevelCount = 7;
constexpr std::int64_t BaseWidth = 64;
constexpr std::int64_t LevelFactor = 8;

constexpr std::int64_t widthOf(int level)
{
    std::int64_t width = BaseWidth;
    for (int i = 0; i < level; ++i)
        width *= LevelFactor;
    return width;
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return -floorDiv(-a, b);
}

// (step, timestamp) orders points; the later of two equal keys wins, as a replacement does.
bool atOrAfter(std::int64_t step, std::int64_t timestamp, std::int64_t otherStep, std::int64_t otherTimestamp)
{
    return std::tie(step, timestamp) >= std::tie(otherStep, otherTimestamp);
}

double minIgnoringNaN(double a, double b)
{
    return std::isnan(a) ? b : std::isnan(b) ? a : std::min(a, b);
}

double maxIgnoringNaN(double a, double b)
{
    return std::isnan(a) ? b : std::isnan(b) ? a : std::max(a, b);
}

// Folds `other` into `into`; an empty bucket (count 0) takes `other` whole.
void mergeBucket(MetricBucket &into, const MetricBucket &other)
{
    if (other.count == 0)
        return;
    if (into.count == 0) {
        into = other;
        return;
    }
    into.firstStep = std::min(into.firstStep, other.firstStep);
    if (atOrAfter(other.lastStep, other.lastTimestamp, into.lastStep, into.lastTimestamp)) {
        into.lastStep = other.lastStep;
        into.lastTimestamp = other.lastTimestamp;
        into.last = other.last;
    }
    into.min = minIgnoringNaN(into.min, other.min);
    into.max = maxIgnoringNaN(into.max, other.max);
    into.count += other.count;
}

MetricBucket pointBucket(std::int64_t step, std::int64_t timestamp, double value)
{
    return MetricBucket{step, step, timestamp, value, value, value, 1};
}

std::optional<double> storedValue(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

double readValue(const Statement &row, int column)
{
    return row.isNull(column) ? NaN : row.real(column);
}

MetricBucket readBucket(const Statement &row, int firstColumn)
{
    MetricBucket bucket;
    bucket.firstStep = row.int64(firstColumn);
    bucket.lastStep = row.int64(firstColumn + 1);
    bucket.lastTimestamp = row.int64(firstColumn + 2);
    bucket.min = readValue(row, firstColumn + 3);
    bucket.max = readValue(row, firstColumn + 4);
    bucket.last = readValue(row, firstColumn + 5);
    bucket.count = row.int64(firstColumn + 6);
    return bucket;
}

// A point beyond every stored one of its series cannot collide, and the plain insert skips the
// upsert's conflict handling (the common case: a script logs steps in order).
constexpr std::string_view AppendPointSql =
    "INSERT INTO metric_point(series_id, step, timestamp, value) VALUES (?, ?, ?, ?)";

constexpr std::string_view InsertPointSql =
    "INSERT INTO metric_point(series_id, step, timestamp, value) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(series_id, step, timestamp) DO UPDATE SET value = excluded.value";

constexpr std::string_view PointExistsSql =
    "SELECT 1 FROM metric_point WHERE series_id = ? AND step = ? AND timestamp = ?";

// Merges a call's aggregate into a stored bucket: min/max ignore NULL (NaN), counts add up, and
// the last value is the one with the highest (step, timestamp). SQLite evaluates every SET
// expression against the row as it was, so the three "last" columns see the same condition.
constexpr std::string_view UpsertBucketSql =
    "INSERT INTO metric_bucket(series_id, level, bucket, first_step, last_step, last_timestamp, "
    "min_value, max_value, last_value, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(series_id, level, bucket) DO UPDATE SET "
    "first_step = min(first_step, excluded.first_step), "
    "last_value = CASE WHEN (excluded.last_step, excluded.last_timestamp) >= (last_step, last_timestamp) "
    "  THEN excluded.last_value ELSE last_value END, "
    "last_timestamp = CASE WHEN (excluded.last_step, excluded.last_timestamp) >= (last_step, last_timestamp) "
    "  THEN excluded.last_timestamp ELSE last_timestamp END, "
    "last_step = CASE WHEN (excluded.last_step, excluded.last_timestamp) >= (last_step, last_timestamp) "
    "  THEN excluded.last_step ELSE last_step END, "
    "min_value = CASE WHEN min_value IS NULL THEN excluded.min_value WHEN excluded.min_value IS NULL "
    "  THEN min_value ELSE min(min_value, excluded.min_value) END, "
    "max_value = CASE WHEN max_value IS NULL THEN excluded.max_value WHEN excluded.max_value IS NULL "
    "  THEN max_value ELSE max(max_value, excluded.max_value) END, "
    "count = count + excluded.count";

constexpr std::string_view ReplaceBucketSql =
    "INSERT OR REPLACE INTO metric_bucket(series_id, level, bucket, first_step, last_step, "
    "last_timestamp, min_value, max_value, last_value, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

constexpr std::string_view PointRangeSql =
    "SELECT step, timestamp, value FROM metric_point WHERE series_id = ? AND step BETWEEN ? AND ? "
    "ORDER BY step, timestamp";

constexpr std::string_view BucketRangeSql =
    "SELECT bucket, first_step, last_step, last_timestamp, min_value, max_value, last_value, count "
    "FROM metric_bucket WHERE series_id = ? AND level = ? AND bucket BETWEEN ? AND ? ORDER BY bucket";

// The summary merge, the same rules as the buckets'; point_count = 0 marks a series without points.
constexpr std::string_view UpdateSeriesSql =
    "UPDATE metric_series SET "
    "last_value = CASE WHEN point_count = 0 OR (?1, ?2) >= (last_step, last_timestamp) THEN ?3 ELSE last_value END, "
    "last_timestamp = CASE WHEN point_count = 0 OR (?1, ?2) >= (last_step, last_timestamp) THEN ?2 ELSE last_timestamp END, "
    "last_step = CASE WHEN point_count = 0 OR (?1, ?2) >= (last_step, last_timestamp) THEN ?1 ELSE last_step END, "
    "first_timestamp = CASE WHEN point_count = 0 OR (?4, ?5) < (first_step, first_timestamp) THEN ?5 ELSE first_timestamp END, "
    "first_step = CASE WHEN point_count = 0 OR (?4, ?5) < (first_step, first_timestamp) THEN ?4 ELSE first_step END, "
    "min_value = CASE WHEN min_value IS NULL THEN ?6 WHEN ?6 IS NULL THEN min_value ELSE min(min_value, ?6) END, "
    "max_value = CASE WHEN max_value IS NULL THEN ?7 WHEN ?7 IS NULL THEN max_value ELSE max(max_value, ?7) END, "
    "point_count = point_count + ?8 "
    "WHERE id = ?9";

// What one append call gathers for one series before it writes the summary.
struct SeriesBatch
{
    std::int64_t seriesId = 0;
    bool hasStored = false;        // the series had points before this call
    std::int64_t maxStep = 0;      // highest (step, timestamp) stored or seen so far
    std::int64_t maxTimestamp = 0;
    std::int64_t added = 0;        // new points (replacements excluded)
    double min = NaN;
    double max = NaN;
    bool hasLatest = false;
    MetricValue latest;            // the call's point with the highest (step, timestamp)
    bool hasFirst = false;
    std::int64_t firstStep = 0;
    std::int64_t firstTimestamp = 0;
    bool replaced = false;
};

// The call's points summed per (series, level, bucket); consecutive points mostly hit the bucket
// of the point before, so each level remembers its last one.
class PyramidDelta
{
public:
    void add(std::int64_t seriesId, std::int64_t step, std::int64_t timestamp, double value)
    {
        const MetricBucket point = pointBucket(step, timestamp, value);
        for (int level = 0; level < LevelCount; ++level) {
            const std::int64_t bucket = floorDiv(step, widthOf(level));
            Recent &recent = m_recent[level];
            if (recent.index < 0 || recent.seriesId != seriesId || recent.bucket != bucket) {
                const Key key{seriesId, level, bucket};
                auto found = m_index.find(key);
                if (found == m_index.end()) {
                    found = m_index.emplace(key, m_entries.size()).first;
                    m_entries.push_back({key, MetricBucket{}});
                }
                recent = {seriesId, bucket, std::ptrdiff_t(found->second)};
            }
            mergeBucket(m_entries[std::size_t(recent.index)].bucket, point);
        }
    }

    struct Key
    {
        std::int64_t seriesId;
        int level;
        std::int64_t bucket;
        bool operator==(const Key &) const = default;
    };
    struct Entry
    {
        Key key;
        MetricBucket bucket;
    };
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    struct KeyHash
    {
        std::size_t operator()(const Key &key) const
        {
            const auto mixed = std::uint64_t(key.seriesId) * 1000003u + std::uint64_t(key.bucket) * 31u + std::uint64_t(key.level);
            return std::hash<std::uint64_t>()(mixed);
        }
    };
    struct Recent
    {
        std::int64_t seriesId = 0;
        std::int64_t bucket = 0;
        std::ptrdiff_t index = -1;
    };

    std::vector<Entry> m_entries;
    std::unordered_map<Key, std::size_t, KeyHash> m_index;
    Recent m_recent[LevelCount];
};

Status writeBucket(Database &db, std::string_view sql, std::int64_t seriesId, int level, std::int64_t index,
                   const MetricBucket &bucket)
{
    auto st = db.statement(sql);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(seriesId, level, index, bucket.firstStep, bucket.lastStep, bucket.lastTimestamp,
                   storedValue(bucket.min), storedValue(bucket.max), storedValue(bucket.last), bucket.count);
    return (*st)->run();
}

// Rebuilds the buckets over a replaced point from what lies below them: level 0 from the
// points, each level above from its eight children.
Status rebuildBuckets(Database &db, std::int64_t seriesId, const std::set<std::int64_t> &level0Buckets)
{
    std::set<std::int64_t> dirty = level0Buckets;
    for (int level = 0; level < LevelCount; ++level) {
        std::set<std::int64_t> parents;
        for (const std::int64_t index : dirty) {
            MetricBucket merged;
            if (level == 0) {
                auto st = db.statement(PointRangeSql);
                if (!st)
                    return fail(st.error());
                (*st)->bindAll(seriesId, index * BaseWidth, index * BaseWidth + BaseWidth - 1);
                if (auto ok = (*st)->forEachRow([&](const Statement &row) {
                        mergeBucket(merged, pointBucket(row.int64(0), row.int64(1), readValue(row, 2)));
                    });
                    !ok)
                    return ok;
            } else {
                auto st = db.statement(BucketRangeSql);
                if (!st)
                    return fail(st.error());
                (*st)->bindAll(seriesId, level - 1, index * LevelFactor, index * LevelFactor + LevelFactor - 1);
                if (auto ok = (*st)->forEachRow([&](const Statement &row) { mergeBucket(merged, readBucket(row, 1)); });
                    !ok)
                    return ok;
            }
            if (auto ok = writeBucket(db, ReplaceBucketSql, seriesId, level, index, merged); !ok)
                return ok;
            parents.insert(floorDiv(index, LevelFactor));
        }
        dirty = std::move(parents);
    }
    return {};
}

} // namespace

struct MetricStore::SeriesState
{
    std::int64_t seriesId = 0;
    bool hasStored = false;
    std::int64_t lastStep = 0;
    std::int64_t lastTimestamp = 0;
};

MetricStore::MetricStore(Database &db)
    : m_db(db)
{}

int MetricStore::levelCount()
{
    return LevelCount;
}

std::int64_t MetricStore::levelWidth(int level)
{
    return widthOf(std::clamp(level, 0, LevelCount - 1));
}

Result<MetricStore::SeriesState> MetricStore::openSeries(std::int64_t runRowId, const QString &key)
{
    const QPair<std::int64_t, QString> cacheKey(runRowId, key);
    if (auto cached = m_seriesIds.constFind(cacheKey); cached != m_seriesIds.constEnd()) {
        // The check that the cached id still names this series is the read the append needs anyway.
        auto st = m_db.statement("SELECT point_count, last_step, last_timestamp FROM metric_series "
                                 "WHERE id = ? AND run_id = ? AND key = ?");
        if (!st)
            return fail(st.error());
        (*st)->bindAll(*cached, runRowId, key);
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        if (*row)
            return SeriesState{*cached, (*st)->int64(0) > 0, (*st)->int64(1), (*st)->int64(2)};
        m_seriesIds.remove(cacheKey);
    }

    auto st = m_db.statement("SELECT id, point_count, last_step, last_timestamp FROM metric_series "
                             "WHERE run_id = ? AND key = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(runRowId, key);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    SeriesState state;
    if (*row) {
        state = {(*st)->int64(0), (*st)->int64(1) > 0, (*st)->int64(2), (*st)->int64(3)};
    } else {
        if (auto ok = m_db.execute("INSERT INTO metric_series(run_id, key, system) VALUES (?, ?, ?)", runRowId,
                                   key, isSystemMetricKey(key));
            !ok)
            return fail(withContext(tr("Could not create the metric \"%1\"").arg(key), ok.error()));
        state.seriesId = m_db.lastInsertId();
    }
    m_seriesIds.insert(cacheKey, state.seriesId);
    return state;
}

Status MetricStore::append(std::int64_t runRowId, const QList<MetricValue> &points)
{
    if (points.isEmpty())
        return {};
    auto appendPoint = m_db.statement(AppendPointSql);
    if (!appendPoint)
        return fail(appendPoint.error());
    auto insertPoint = m_db.statement(InsertPointSql);
    if (!insertPoint)
        return fail(insertPoint.error());

    std::vector<SeriesBatch> batches;
    PyramidDelta delta;
    std::map<std::int64_t, std::set<std::int64_t>> replacedBuckets; // series -> level-0 buckets
    const QString *previousKey = nullptr;
    std::size_t current = 0;

    for (const MetricValue &point : points) {
        if (!previousKey || point.key != *previousKey) {
            auto state = openSeries(runRowId, point.key);
            if (!state) {
                m_seriesIds.clear();
                return fail(state.error());
            }
            auto found = std::find_if(batches.begin(), batches.end(),
                                      [&](const SeriesBatch &b) { return b.seriesId == state->seriesId; });
            if (found == batches.end()) {
                SeriesBatch batch;
                batch.seriesId = state->seriesId;
                batch.hasStored = state->hasStored;
                batch.maxStep = state->lastStep;
                batch.maxTimestamp = state->lastTimestamp;
                found = batches.insert(batches.end(), batch);
            }
            current = std::size_t(found - batches.begin());
            previousKey = &point.key;
        }
        SeriesBatch &batch = batches[current];

        // A point beyond everything stored and seen cannot replace one; any other might.
        const bool beyond = !batch.hasStored
                            || !atOrAfter(batch.maxStep, batch.maxTimestamp, point.step, point.timestamp);
        bool replaces = false;
        if (!beyond) {
            auto exists = m_db.statement(PointExistsSql);
            if (!exists)
                return fail(exists.error());
            (*exists)->bindAll(batch.seriesId, point.step, point.timestamp);
            auto row = (*exists)->step();
            if (!row)
                return fail(row.error());
            replaces = *row;
        }

        Statement &insert = beyond ? **appendPoint : **insertPoint;
        insert.bindAll(batch.seriesId, point.step, point.timestamp, storedValue(point.value));
        auto ok = insert.run();
        insert.reset();
        if (!ok)
            return fail(withContext(tr("Could not store the metric \"%1\"").arg(point.key), ok.error()));

        if (replaces) {
            batch.replaced = true;
            replacedBuckets[batch.seriesId].insert(floorDiv(point.step, BaseWidth));
        } else {
            delta.add(batch.seriesId, point.step, point.timestamp, point.value);
            ++batch.added;
            batch.min = minIgnoringNaN(batch.min, point.value);
            batch.max = maxIgnoringNaN(batch.max, point.value);
            if (!batch.hasFirst || std::tie(point.step, point.timestamp) < std::tie(batch.firstStep, batch.firstTimestamp)) {
                batch.hasFirst = true;
                batch.firstStep = point.step;
                batch.firstTimestamp = point.timestamp;
            }
        }
        if (!batch.hasLatest || atOrAfter(point.step, point.timestamp, batch.latest.step, batch.latest.timestamp)) {
            batch.hasLatest = true;
            batch.latest = point;
        }
        if (!batch.hasStored || atOrAfter(point.step, point.timestamp, batch.maxStep, batch.maxTimestamp)) {
            batch.hasStored = true;
            batch.maxStep = point.step;
            batch.maxTimestamp = point.timestamp;
        }
    }

    for (const PyramidDelta::Entry &entry : delta.entries()) {
        if (auto ok = writeBucket(m_db, UpsertBucketSql, entry.key.seriesId, entry.key.level, entry.key.bucket,
                                  entry.bucket);
            !ok)
            return fail(withContext(tr("Could not update the metric's chart data"), ok.error()));
    }
    for (const auto &[seriesId, level0] : replacedBuckets) {
        if (auto ok = rebuildBuckets(m_db, seriesId, level0); !ok)
            return fail(withContext(tr("Could not update the metric's chart data"), ok.error()));
    }

    for (const SeriesBatch &batch : batches) {
        // A batch of only replacements has no first point of its own: the stored one stays.
        const std::int64_t firstStep = batch.hasFirst ? batch.firstStep : std::numeric_limits<std::int64_t>::max();
        const std::int64_t firstTimestamp =
            batch.hasFirst ? batch.firstTimestamp : std::numeric_limits<std::int64_t>::max();
        if (auto ok = m_db.execute(UpdateSeriesSql, batch.latest.step, batch.latest.timestamp,
                                   storedValue(batch.latest.value), firstStep, firstTimestamp,
                                   storedValue(batch.min), storedValue(batch.max), batch.added, batch.seriesId);
            !ok)
            return fail(withContext(tr("Could not update the metric \"%1\"").arg(batch.latest.key), ok.error()));
        if (batch.replaced) {
            // A replaced value may have been the minimum or maximum: the top level knows the rest.
            if (auto ok = m_db.execute("UPDATE metric_series SET "
                                       "min_value = (SELECT min(min_value) FROM metric_bucket WHERE series_id = ?1 AND level = ?2), "
                                       "max_value = (SELECT max(max_value) FROM metric_bucket WHERE series_id = ?1 AND level = ?2) "
                                       "WHERE id = ?1",
                                       batch.seriesId, LevelCount - 1);
                !ok)
                return fail(withContext(tr("Could not update the metric \"%1\"").arg(batch.latest.key), ok.error()));
        }
    }
    return {};
}

Result<QList<MetricSeriesSummary>> MetricStore::series(std::int64_t runRowId)
{
    auto st = m_db.statement("SELECT id, key, system, last_step, last_timestamp, last_value, min_value, max_value, "
                             "point_count, first_step, first_timestamp FROM metric_series WHERE run_id = ? "
                             "ORDER BY key");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(runRowId);
    QList<MetricSeriesSummary> result;
    auto ok = (*st)->forEachRow([&](const Statement &row) {
        MetricSeriesSummary summary;
        summary.seriesId = row.int64(0);
        summary.key = row.text(1);
        summary.system = row.int64(2) != 0;
        summary.latest = MetricValue{summary.key, readValue(row, 5), row.int64(4), row.int64(3)};
        summary.min = readValue(row, 6);
        summary.max = readValue(row, 7);
        summary.count = row.int64(8);
        summary.firstStep = row.int64(9);
        summary.firstTimestamp = row.int64(10);
        result.append(summary);
    });
    if (!ok)
        return fail(withContext(tr("Could not read the run's metrics"), ok.error()));
    return result;
}

Result<std::int64_t> MetricStore::seriesId(std::int64_t runRowId, const QString &key)
{
    auto st = m_db.statement("SELECT id FROM metric_series WHERE run_id = ? AND key = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(runRowId, key);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("The run has no metric \"%1\". Check the metric's name.").arg(key));
    return (*st)->int64(0);
}

namespace {

// Page tokens of history(): the (step, timestamp) of the last point given, base64url-encoded.
QString historyToken(std::int64_t step, std::int64_t timestamp)
{
    const QByteArray text = QByteArray::number(qint64(step)) + ':' + QByteArray::number(qint64(timestamp));
    return QString::fromLatin1(text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<std::int64_t, std::int64_t>> parseHistoryToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                              | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool stepOk = false;
    bool timestampOk = false;
    const qint64 step = parts[0].toLongLong(&stepOk);
    const qint64 timestamp = parts[1].toLongLong(&timestampOk);
    if (!stepOk || !timestampOk)
        return std::nullopt;
    return std::pair<std::int64_t, std::int64_t>(step, timestamp);
}

} // namespace

Result<QList<MetricValue>> MetricStore::history(std::int64_t seriesId, int maxResults, const QString &pageToken,
                                                QString *nextPageToken)
{
    if (nextPageToken)
        nextPageToken->clear();
    auto key = m_db.statement("SELECT key FROM metric_series WHERE id = ?");
    if (!key)
        return fail(key.error());
    (*key)->bindAll(seriesId);
    auto keyRow = (*key)->step();
    if (!keyRow)
        return fail(keyRow.error());
    if (!*keyRow)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("The metric series %1 does not exist.").arg(seriesId));
    const QString metricKey = (*key)->text(0);

    std::pair<std::int64_t, std::int64_t> after{std::numeric_limits<std::int64_t>::min(),
                                                std::numeric_limits<std::int64_t>::min()};
    bool inclusive = true;
    if (!pageToken.isEmpty()) {
        auto parsed = parseHistoryToken(pageToken);
        if (!parsed)
            return failWithCode(TrackingError::InvalidParameterValue,
                                tr("Invalid page token \"%1\": pass the token the previous page returned.")
                                    .arg(pageToken));
        after = *parsed;
        inclusive = false;
    }
    auto st = m_db.statement(inclusive ? std::string_view("SELECT step, timestamp, value FROM metric_point "
                                                          "WHERE series_id = ? AND (step, timestamp) >= (?, ?) "
                                                          "ORDER BY step, timestamp LIMIT ?")
                                       : std::string_view("SELECT step, timestamp, value FROM metric_point "
                                                          "WHERE series_id = ? AND (step, timestamp) > (?, ?) "
                                                          "ORDER BY step, timestamp LIMIT ?"));
    if (!st)
        return fail(st.error());
    // One row more than asked tells whether another page follows.
    const std::int64_t limit = maxResults > 0 ? std::int64_t(maxResults) + 1 : -1;
    (*st)->bindAll(seriesId, after.first, after.second, limit);
    QList<MetricValue> values;
    bool more = false;
    auto ok = (*st)->forEachRow([&](const Statement &row) {
        if (maxResults > 0 && values.size() == maxResults) {
            more = true;
            return;
        }
        values.append(MetricValue{metricKey, readValue(row, 2), row.int64(1), row.int64(0)});
    });
    if (!ok)
        return fail(withContext(tr("Could not read the history of the metric \"%1\"").arg(metricKey), ok.error()));
    if (more && nextPageToken)
        *nextPageToken = historyToken(values.constLast().step, values.constLast().timestamp);
    return values;
}

namespace {

// Gathers points and pyramid buckets, in step order, into buckets `groupWidth` steps wide.
class BucketGrouper
{
public:
    explicit BucketGrouper(std::int64_t groupWidth) : m_groupWidth(groupWidth) {}

    void add(const MetricBucket &bucket)
    {
        const std::int64_t group = floorDiv(bucket.firstStep, m_groupWidth);
        if (m_current.count > 0 && group != m_group)
            m_result.push_back(std::exchange(m_current, MetricBucket{}));
        m_group = group;
        mergeBucket(m_current, bucket);
    }

    std::vector<MetricBucket> finish()
    {
        if (m_current.count > 0)
            m_result.push_back(m_current);
        return std::move(m_result);
    }

private:
    std::int64_t m_groupWidth;
    std::int64_t m_group = 0;
    MetricBucket m_current;
    std::vector<MetricBucket> m_result;
};

} // namespace

Result<std::vector<MetricBucket>> MetricStore::buckets(std::int64_t seriesId, std::int64_t fromStep,
                                                       std::int64_t toStep, int maxBuckets)
{
    maxBuckets = std::max(maxBuckets, 1);
    auto series = m_db.statement("SELECT point_count, first_step, last_step FROM metric_series WHERE id = ?");
    if (!series)
        return fail(series.error());
    (*series)->bindAll(seriesId);
    auto seriesRow = (*series)->step();
    if (!seriesRow)
        return fail(seriesRow.error());
    if (!*seriesRow)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("The metric series %1 does not exist.").arg(seriesId));
    const std::int64_t pointCount = (*series)->int64(0);
    fromStep = std::max(fromStep, (*series)->int64(1));
    toStep = std::min(toStep, (*series)->int64(2));
    if (pointCount == 0 || fromStep > toStep)
        return std::vector<MetricBucket>{};

    // The group width that gives maxBuckets buckets over the range; a pyramid level serves when
    // it has at least half as many buckets (at most a factor 8 more rows are read then merged).
    const double span = double(toStep) - double(fromStep) + 1;
    const std::int64_t groupWidth = std::max<std::int64_t>(1, std::int64_t(std::ceil(span / maxBuckets)));
    int level = -1;
    if (pointCount > maxBuckets) {
        for (int candidate = LevelCount - 1; candidate >= 0 && level < 0; --candidate) {
            if (widthOf(candidate) <= 2 * groupWidth)
                level = candidate;
        }
    }

    auto readPoints = [&](std::int64_t from, std::int64_t to, auto visit) -> Status {
        auto st = m_db.statement(PointRangeSql);
        if (!st)
            return fail(st.error());
        (*st)->bindAll(seriesId, from, to);
        return (*st)->forEachRow(
            [&](const Statement &row) { visit(pointBucket(row.int64(0), row.int64(1), readValue(row, 2))); });
    };

    if (level < 0) {
        std::vector<MetricBucket> points;
        points.reserve(std::size_t(std::min({span, double(pointCount), double(1 << 20)})));
        if (auto ok = readPoints(fromStep, toStep, [&](const MetricBucket &point) { points.push_back(point); }); !ok)
            return fail(withContext(tr("Could not read the metric's points"), ok.error()));
        if (points.size() <= std::size_t(maxBuckets))
            return points;
        BucketGrouper grouper(groupWidth);
        for (const MetricBucket &point : points)
            grouper.add(point);
        return grouper.finish();
    }

    // Whole buckets of the level inside the range come from the pyramid, the partial ones at
    // either end from the points, so that every bucket is exact.
    const std::int64_t width = widthOf(level);
    BucketGrouper grouper(std::max(groupWidth, width));
    auto addPoint = [&](const MetricBucket &point) { grouper.add(point); };
    const std::int64_t firstWhole = ceilDiv(fromStep, width);
    const std::int64_t lastWhole = floorDiv(toStep + 1, width) - 1;
    Status ok;
    if (firstWhole > lastWhole) {
        ok = readPoints(fromStep, toStep, addPoint);
    } else {
        if (fromStep < firstWhole * width)
            ok = readPoints(fromStep, firstWhole * width - 1, addPoint);
        if (ok) {
            auto st = m_db.statement(BucketRangeSql);
            if (!st)
                return fail(st.error());
            (*st)->bindAll(seriesId, level, firstWhole, lastWhole);
            ok = (*st)->forEachRow([&](const Statement &row) { grouper.add(readBucket(row, 1)); });
        }
        if (ok && (lastWhole + 1) * width <= toStep)
            ok = readPoints((lastWhole + 1) * width, toStep, addPoint);
    }
    if (!ok)
        return fail(withContext(tr("Could not read the metric's chart data"), ok.error()));
    std::vector<MetricBucket> grouped = grouper.finish();

    // Sparse steps: a wide range may hold few points, and then they are drawn one by one.
    std::int64_t total = 0;
    for (const MetricBucket &bucket : grouped)
        total += bucket.count;
    if (total > maxBuckets || std::int64_t(grouped.size()) == total)
        return grouped;
    std::vector<MetricBucket> points;
    if (auto read = readPoints(fromStep, toStep, [&](const MetricBucket &point) { points.push_back(point); }); !read)
        return fail(withContext(tr("Could not read the metric's points"), read.error()));
    return points;
}

} // namespace atelier
