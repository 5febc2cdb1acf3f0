// MlflowRoutes: a table from (method, path) to handlers that read an MlflowRequest, call the stores and
// answer with MLflow's JSON; artifact endpoints are in MlflowArtifactRoutes.
#include "core/tracking/mlflow_routes.h"

#include "core/store/database.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/mlflow_artifact_routes.h"
#include "core/tracking/mlflow_checks.h"
#include "core/tracking/mlflow_json.h"
#include "core/tracking/mlflow_registry_routes.h"
#include "core/tracking/mlflow_request.h"
#include "core/tracking/mlflow_route_table.h"
#include "core/tracking/run_search.h"
#include "core/tracking/tracking_store.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <set>

namespace atelier {

using mlflowjson::errorReply;
using mlflowjson::Json;
using mlflowjson::jsonReply;
using mlflowjson::utf8;

namespace {

// MLflow's limits on reads (mlflow/server/handlers.py and the SQL store).
constexpr int DefaultSearchResults = 1000;
constexpr int MaxSearchResults = 50000;
constexpr int MaxBulkRuns = 100;
constexpr int MaxBulkResultsPerRun = 2500;
constexpr int MaxBulkPointsPerRun = 25000;
constexpr int HistoryPageSize = 100000;

const QString ApiPrefix = QStringLiteral("/api/2.0/mlflow/");
const QString AjaxApiPrefix = QStringLiteral("/ajax-api/2.0/mlflow/");
const QString ArtifactsPrefix = QStringLiteral("/api/2.0/mlflow-artifacts/artifacts");

} // namespace

struct MlflowRoutes::Context
{
    Context(Database &db, AuditLog &audit, BlobStore &blobs)
        : db(db)
        , tracking(db, audit)
        , search(db)
        , artifacts(db, blobs, audit)
        , artifactRoutes(tracking, artifacts)
        , registryRoutes(db, blobs, audit)
    {}

    Database &db;
    TrackingStore tracking;
    RunSearch search;
    ArtifactStore artifacts;
    MlflowArtifactRoutes artifactRoutes;
    MlflowRegistryRoutes registryRoutes;
    QSet<QString> changedRuns;
    bool experimentsChanged = false;
};

namespace {

using Context = MlflowRoutes::Context;
using Handler = Result<Json> (*)(Context &, const MlflowRequest &);

Error invalidParameter(const QString &message)
{
    return {message, {}, TrackingError::InvalidParameterValue};
}

// Experiment ids travel as strings; one that is not a number names no experiment.
Result<std::int64_t> experimentIdFrom(const QString &text)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    if (!ok)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            MlflowRoutes::tr("No experiment with id=%1 exists.").arg(text));
    return std::int64_t(id);
}

Result<int> maxResultsFrom(const MlflowRequest &request, int defaultValue, int limit)
{
    auto value = request.optionalInt64("max_results");
    if (!value)
        return fail(value.error());
    const std::int64_t maxResults = value->value_or(defaultValue);
    if (maxResults < 1 || maxResults > limit)
        return fail(invalidParameter(MlflowRoutes::tr("Invalid value %1 for parameter 'max_results' supplied: "
                                                      "it must be at least 1 and at most %2.")
                                         .arg(maxResults).arg(limit)));
    return int(maxResults);
}

Result<Json> runReply(Context &context, const QString &runId)
{
    auto run = context.tracking.run(runId);
    if (!run)
        return fail(run.error());
    return Json{{"run", mlflowjson::run(*run)}};
}

// Experiments ---------------------------------------------------------------------------------

Result<Json> createExperiment(Context &context, const MlflowRequest &request)
{
    auto name = request.requiredString("name");
    if (!name)
        return fail(name.error());
    auto location = request.optionalString("artifact_location");
    if (!location)
        return fail(location.error());
    auto tags = request.keyValues("tags");
    if (!tags)
        return fail(tags.error());
    auto id = context.tracking.createExperiment(*name, location->value_or(QString()), *tags);
    if (!id)
        return fail(id.error());
    context.experimentsChanged = true;
    return Json{{"experiment_id", std::to_string(*id)}};
}

Result<Json> getExperiment(Context &context, const MlflowRequest &request)
{
    auto idText = request.requiredString("experiment_id");
    if (!idText)
        return fail(idText.error());
    auto id = experimentIdFrom(*idText);
    if (!id)
        return fail(id.error());
    auto experiment = context.tracking.experiment(*id);
    if (!experiment)
        return fail(experiment.error());
    return Json{{"experiment", mlflowjson::experiment(*experiment)}};
}

Result<Json> getExperimentByName(Context &context, const MlflowRequest &request)
{
    auto name = request.requiredString("experiment_name");
    if (!name)
        return fail(name.error());
    auto experiment = context.tracking.experimentByName(*name);
    if (!experiment)
        return fail(experiment.error());
    return Json{{"experiment", mlflowjson::experiment(*experiment)}};
}

Result<Json> searchExperiments(Context &context, const MlflowRequest &request)
{
    auto view = request.viewType("view_type");
    if (!view)
        return fail(view.error());
    auto maxResults = maxResultsFrom(request, DefaultSearchResults, MaxSearchResults);
    if (!maxResults)
        return fail(maxResults.error());
    auto pageToken = request.optionalString("page_token");
    if (!pageToken)
        return fail(pageToken.error());
    auto filter = request.optionalString("filter");
    if (!filter)
        return fail(filter.error());
    if (filter->has_value() && !(*filter)->trimmed().isEmpty())
        return fail(invalidParameter(MlflowRoutes::tr("This server does not filter experiments yet "
                                                      "(filter \"%1\"). Search without a filter and pick "
                                                      "the experiments in your script.").arg(**filter)));
    QString nextPageToken;
    auto experiments = context.tracking.searchExperiments(view->value_or(ViewType::ActiveOnly), *maxResults,
                                                          pageToken->value_or(QString()), &nextPageToken);
    if (!experiments)
        return fail(experiments.error());
    Json reply = Json::object();
    if (!experiments->isEmpty()) {
        Json list = Json::array();
        for (const Experiment &experiment : *experiments)
            list.push_back(mlflowjson::experiment(experiment));
        reply["experiments"] = std::move(list);
    }
    if (!nextPageToken.isEmpty())
        reply["next_page_token"] = utf8(nextPageToken);
    return reply;
}

Result<Json> setExperimentTag(Context &context, const MlflowRequest &request)
{
    auto idText = request.requiredString("experiment_id");
    if (!idText)
        return fail(idText.error());
    auto id = experimentIdFrom(*idText);
    if (!id)
        return fail(id.error());
    auto key = request.requiredString("key");
    if (!key)
        return fail(key.error());
    auto value = request.optionalString("value");
    if (!value)
        return fail(value.error());
    if (auto ok = context.tracking.setExperimentTag(*id, *key, value->value_or(QString())); !ok)
        return fail(ok.error());
    context.experimentsChanged = true;
    return Json::object();
}

// Runs ----------------------------------------------------------------------------------------

Result<Json> createRun(Context &context, const MlflowRequest &request)
{
    RunCreate create;
    auto idText = request.optionalString("experiment_id");
    if (!idText)
        return fail(idText.error());
    // The client leaves experiment_id out for the Default experiment, "0".
    if (idText->has_value() && !(*idText)->isEmpty()) {
        auto id = experimentIdFrom(**idText);
        if (!id)
            return fail(id.error());
        create.experimentId = *id;
    }
    auto user = request.optionalString("user_id");
    auto runName = request.optionalString("run_name");
    auto startTime = request.optionalInt64("start_time");
    auto tags = request.keyValues("tags");
    for (const Error *error : {user ? nullptr : &user.error(), runName ? nullptr : &runName.error(),
                               startTime ? nullptr : &startTime.error(), tags ? nullptr : &tags.error()}) {
        if (error)
            return fail(*error);
    }
    create.user = user->value_or(QString());
    create.runName = runName->value_or(QString());
    create.startTime = *startTime;
    create.tags = *tags;
    auto info = context.tracking.createRun(create);
    if (!info)
        return fail(info.error());
    context.changedRuns.insert(info->runId);
    return runReply(context, info->runId);
}

Result<Json> updateRun(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    RunUpdate update;
    auto status = request.runStatus("status");
    if (!status)
        return fail(status.error());
    update.status = *status;
    auto endTime = request.optionalInt64("end_time");
    if (!endTime)
        return fail(endTime.error());
    update.endTime = *endTime;
    auto runName = request.optionalString("run_name");
    if (!runName)
        return fail(runName.error());
    update.runName = *runName;
    auto info = context.tracking.updateRun(*runId, update);
    if (!info)
        return fail(info.error());
    context.changedRuns.insert(*runId);
    return Json{{"run_info", mlflowjson::runInfo(*info)}};
}

Result<Json> getRun(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    return runReply(context, *runId);
}

Result<Json> searchRuns(Context &context, const MlflowRequest &request)
{
    RunSearchRequest search;
    auto experimentIds = request.stringList("experiment_ids");
    if (!experimentIds)
        return fail(experimentIds.error());
    for (const QString &text : *experimentIds) {
        bool ok = false;
        const qlonglong id = text.toLongLong(&ok);
        if (!ok)
            return fail(invalidParameter(MlflowRoutes::tr("Invalid experiment id \"%1\" in 'experiment_ids': "
                                                          "experiment ids are whole numbers.").arg(text)));
        search.experimentIds.append(id);
    }
    auto filter = request.optionalString("filter");
    auto view = request.viewType("run_view_type");
    auto maxResults = maxResultsFrom(request, DefaultSearchResults, MaxSearchResults);
    auto orderBy = request.stringList("order_by");
    auto pageToken = request.optionalString("page_token");
    for (const Error *error : {filter ? nullptr : &filter.error(), view ? nullptr : &view.error(),
                               maxResults ? nullptr : &maxResults.error(), orderBy ? nullptr : &orderBy.error(),
                               pageToken ? nullptr : &pageToken.error()}) {
        if (error)
            return fail(*error);
    }
    search.filter = filter->value_or(QString());
    search.view = view->value_or(ViewType::ActiveOnly);
    search.maxResults = *maxResults;
    search.orderBy = *orderBy;
    search.pageToken = pageToken->value_or(QString());

    auto page = context.search.search(search);
    if (!page)
        return fail(page.error());
    Json reply = Json::object();
    if (!page->runIds.isEmpty()) {
        Json runs = Json::array();
        for (const QString &runId : page->runIds) {
            auto run = context.tracking.run(runId);
            if (!run)
                return fail(run.error());
            runs.push_back(mlflowjson::run(*run));
        }
        reply["runs"] = std::move(runs);
    }
    if (!page->nextPageToken.isEmpty())
        reply["next_page_token"] = utf8(page->nextPageToken);
    return reply;
}

Result<Json> deleteRun(Context &context, const MlflowRequest &request)
{
    auto runId = request.requiredString("run_id");
    if (!runId)
        return fail(runId.error());
    if (auto ok = context.tracking.deleteRun(*runId); !ok)
        return fail(ok.error());
    context.changedRuns.insert(*runId);
    return Json::object();
}

Result<Json> restoreRun(Context &context, const MlflowRequest &request)
{
    auto runId = request.requiredString("run_id");
    if (!runId)
        return fail(runId.error());
    if (auto ok = context.tracking.restoreRun(*runId); !ok)
        return fail(ok.error());
    context.changedRuns.insert(*runId);
    return Json::object();
}

// Logging -------------------------------------------------------------------------------------

// What scripts log (metric points, and the params and tags sent with them) commits with
// synchronous=NORMAL; everything else keeps the connection's FULL (core/store/database.cpp).
// In WAL mode NORMAL skips the fsync at commit only: a crash of the program loses nothing, and a
// power cut loses at most the batches since the last checkpoint or FULL commit, never corrupts
// the file. A training script logs again at its next step; MLflow's own file store never syncs.
// Measured with bench_metric_ingest: a 1000-point batch costs about 1.5 ms of CPU, and with FULL
// its commit waits 8 to 12 ms more for the fsync (70k-100k points/s against 300k+ with NORMAL).
// The pragma may not change inside a transaction, so it wraps the whole call.
class RelaxedSync
{
public:
    explicit RelaxedSync(Database &db) : m_db(db), m_ok(bool(db.execute("PRAGMA synchronous = NORMAL"))) {}
    ~RelaxedSync()
    {
        if (m_ok)
            (void)m_db.execute("PRAGMA synchronous = FULL");
    }
    RelaxedSync(const RelaxedSync &) = delete;
    RelaxedSync &operator=(const RelaxedSync &) = delete;

private:
    Database &m_db;
    bool m_ok;
};

Result<Json> logBatchOf(Context &context, const QString &runId, const LogBatch &batch)
{
    const RelaxedSync relaxed(context.db);
    if (auto ok = context.tracking.logBatch(runId, batch); !ok)
        return fail(ok.error());
    context.changedRuns.insert(runId);
    return Json::object();
}

Result<Json> logMetric(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    auto metric = request.metric();
    if (!metric)
        return fail(metric.error());
    LogBatch batch;
    batch.metrics.append(*metric);
    return logBatchOf(context, *runId, batch);
}

// LogParam and SetTag: a key, and a value that may be absent (empty).
Result<KeyValue> keyValueOf(const MlflowRequest &request)
{
    auto key = request.requiredString("key");
    if (!key)
        return fail(key.error());
    auto value = request.optionalString("value");
    if (!value)
        return fail(value.error());
    return KeyValue{*key, value->value_or(QString())};
}

Result<Json> logParameter(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    auto param = keyValueOf(request);
    if (!param)
        return fail(param.error());
    LogBatch batch;
    batch.params.append(*param);
    return logBatchOf(context, *runId, batch);
}

Result<Json> setTag(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    auto tag = keyValueOf(request);
    if (!tag)
        return fail(tag.error());
    LogBatch batch;
    batch.tags.append(*tag);
    return logBatchOf(context, *runId, batch);
}

Result<Json> logBatch(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    LogBatch batch;
    auto metrics = request.metrics("metrics");
    if (!metrics)
        return fail(metrics.error());
    batch.metrics = std::move(*metrics);
    auto params = request.keyValues("params");
    if (!params)
        return fail(params.error());
    batch.params = std::move(*params);
    auto tags = request.keyValues("tags");
    if (!tags)
        return fail(tags.error());
    batch.tags = std::move(*tags);
    if (auto error = MlflowChecks::batchLimits(batch))
        return fail(*error);
    return logBatchOf(context, *runId, batch);
}

Result<Json> deleteTag(Context &context, const MlflowRequest &request)
{
    auto runId = request.requiredString("run_id");
    if (!runId)
        return fail(runId.error());
    auto key = request.requiredString("key");
    if (!key)
        return fail(key.error());
    if (auto ok = context.tracking.deleteTag(*runId, *key); !ok)
        return fail(ok.error());
    context.changedRuns.insert(*runId);
    return Json::object();
}

Result<Json> logInputs(Context &context, const MlflowRequest &request)
{
    auto runId = request.requiredString("run_id");
    if (!runId)
        return fail(runId.error());
    auto inputs = request.datasetInputs("datasets");
    if (!inputs)
        return fail(inputs.error());
    if (auto ok = context.tracking.logInputs(*runId, *inputs); !ok)
        return fail(ok.error());
    context.changedRuns.insert(*runId);
    return Json::object();
}

// Metric histories ----------------------------------------------------------------------------

// The series of `key` in run `runId`; none when the run never logged that key.
Result<std::optional<std::int64_t>> findSeries(Context &context, const QString &runId, const QString &key)
{
    auto rowId = context.tracking.runRowId(runId);
    if (!rowId)
        return fail(rowId.error());
    auto series = context.tracking.metrics().series(*rowId);
    if (!series)
        return fail(series.error());
    for (const MetricSeriesSummary &summary : *series) {
        if (summary.key == key)
            return summary.seriesId;
    }
    return std::nullopt;
}

// Every point of `key` in run `runId`, by step then timestamp.
Result<QList<MetricValue>> wholeHistory(Context &context, const QString &runId, const QString &key)
{
    auto seriesId = findSeries(context, runId, key);
    if (!seriesId)
        return fail(seriesId.error());
    QList<MetricValue> points;
    if (!*seriesId)
        return points;
    QString pageToken;
    do {
        QString next;
        auto page = context.tracking.metrics().history(**seriesId, HistoryPageSize, pageToken, &next);
        if (!page)
            return fail(page.error());
        points.append(*page);
        pageToken = next;
    } while (!pageToken.isEmpty());
    return points;
}

Result<Json> getMetricHistory(Context &context, const MlflowRequest &request)
{
    auto runId = request.runId();
    if (!runId)
        return fail(runId.error());
    auto key = request.requiredString("metric_key");
    if (!key)
        return fail(key.error());
    auto maxResults = request.optionalInt64("max_results");
    if (!maxResults)
        return fail(maxResults.error());
    auto pageToken = request.optionalString("page_token");
    if (!pageToken)
        return fail(pageToken.error());

    QList<MetricValue> points;
    QString nextPageToken;
    if (!maxResults->has_value() && !pageToken->has_value()) {
        auto all = wholeHistory(context, *runId, *key);
        if (!all)
            return fail(all.error());
        points = std::move(*all);
    } else {
        auto seriesId = findSeries(context, *runId, *key);
        if (!seriesId)
            return fail(seriesId.error());
        if (*seriesId) {
            const int pageSize = int(std::clamp<std::int64_t>(maxResults->value_or(HistoryPageSize), 1, HistoryPageSize));
            auto page = context.tracking.metrics().history(**seriesId, pageSize, pageToken->value_or(QString()),
                                                           &nextPageToken);
            if (!page)
                return fail(page.error());
            points = std::move(*page);
        }
    }
    Json reply = Json::object();
    if (!points.isEmpty()) {
        Json metrics = Json::array();
        for (const MetricValue &point : points)
            metrics.push_back(mlflowjson::metric(point));
        reply["metrics"] = std::move(metrics);
    }
    if (!nextPageToken.isEmpty())
        reply["next_page_token"] = utf8(nextPageToken);
    return reply;
}

// MLflow's choice of steps for a chart: about `maxResults` steps spread evenly over those logged
// in [startStep, endStep] (mlflow/server/handlers.py _get_sampled_steps_from_steps).
std::set<std::int64_t> sampledSteps(std::int64_t startStep, std::int64_t endStep, int maxResults,
                                    const std::vector<std::int64_t> &allSteps)
{
    const auto begin = std::lower_bound(allSteps.begin(), allSteps.end(), startStep);
    const auto end = std::upper_bound(allSteps.begin(), allSteps.end(), endStep);
    const auto startIndex = std::size_t(begin - allSteps.begin());
    const auto endIndex = std::size_t(end - allSteps.begin());
    if (endIndex - startIndex <= std::size_t(maxResults))
        return {begin, end};
    const std::size_t count = endIndex - startIndex;
    const double interval = double(count) / maxResults;
    std::set<std::int64_t> steps;
    for (int i = 0; i < maxResults; ++i) {
        const std::size_t index = startIndex + std::size_t(i * interval);
        if (index < count) // MLflow compares with the count, not the end index; kept for equal answers
            steps.insert(allSteps[index]);
    }
    steps.insert(allSteps[endIndex - 1]);
    return steps;
}

Result<Json> getMetricHistoryBulkInterval(Context &context, const MlflowRequest &request)
{
    auto runIds = request.stringList("run_ids");
    if (!runIds)
        return fail(runIds.error());
    if (runIds->isEmpty())
        return fail(invalidParameter(MlflowRoutes::tr("Missing value for required parameter 'run_ids'. See the "
                                                      "API docs for more information about request parameters.")));
    if (runIds->size() > MaxBulkRuns)
        return fail(invalidParameter(MlflowRoutes::tr("GetMetricHistoryBulkInterval request must specify at most "
                                                      "%1 run_ids. Received %2 run_ids.")
                                         .arg(MaxBulkRuns).arg(runIds->size())));
    auto key = request.requiredString("metric_key");
    if (!key)
        return fail(key.error());
    auto maxResults = maxResultsFrom(request, MaxBulkResultsPerRun, MaxBulkResultsPerRun);
    if (!maxResults)
        return fail(maxResults.error());
    auto startStep = request.optionalInt64("start_step");
    auto endStep = request.optionalInt64("end_step");
    if (!startStep)
        return fail(startStep.error());
    if (!endStep)
        return fail(endStep.error());
    if (startStep->has_value() != endStep->has_value())
        return fail(invalidParameter(MlflowRoutes::tr("If either start step or end step are specified, both "
                                                      "must be specified.")));
    if (startStep->has_value() && **startStep > **endStep)
        return fail(invalidParameter(MlflowRoutes::tr("end_step must be greater than start_step. Found "
                                                      "start_step=%1 and end_step=%2.")
                                         .arg(**startStep).arg(**endStep)));

    QList<QList<MetricValue>> histories;
    std::set<std::int64_t> stepSet;
    std::set<std::int64_t> firstAndLastSteps;
    for (const QString &runId : *runIds) {
        auto history = wholeHistory(context, runId, *key);
        if (!history)
            return fail(history.error());
        for (const MetricValue &point : *history)
            stepSet.insert(point.step);
        if (!history->isEmpty()) {
            const auto [low, high] = std::minmax_element(history->cbegin(), history->cend(),
                [](const MetricValue &a, const MetricValue &b) { return a.step < b.step; });
            firstAndLastSteps.insert({low->step, high->step});
        }
        histories.append(std::move(*history));
    }
    const std::vector<std::int64_t> allSteps(stepSet.begin(), stepSet.end());
    const std::int64_t from = startStep->value_or(0);
    const std::int64_t to = endStep->value_or(allSteps.empty() ? 0 : allSteps.back());
    std::set<std::int64_t> steps = sampledSteps(from, to, *maxResults, allSteps);
    for (std::int64_t step : firstAndLastSteps) {
        if (step >= from && step <= to)
            steps.insert(step);
    }

    Json metrics = Json::array();
    for (qsizetype i = 0; i < runIds->size(); ++i) {
        int taken = 0;
        for (const MetricValue &point : histories.at(i)) {
            if (taken == MaxBulkPointsPerRun)
                break;
            if (!steps.contains(point.step))
                continue;
            Json json = mlflowjson::metric(point);
            json["run_id"] = utf8(runIds->at(i));
            metrics.push_back(std::move(json));
            ++taken;
        }
    }
    Json reply = Json::object();
    if (!metrics.empty())
        reply["metrics"] = std::move(metrics);
    return reply;
}

// The table -----------------------------------------------------------------------------------

using Route = MlflowRoute<Handler>;

const Route Routes[] = {
    {"POST", "experiments/create", createExperiment},
    {"GET", "experiments/get", getExperiment},
    {"GET", "experiments/get-by-name", getExperimentByName},
    {"POST", "experiments/search", searchExperiments},
    {"GET", "experiments/search", searchExperiments, "order_by"},
    {"POST", "experiments/set-experiment-tag", setExperimentTag},
    {"POST", "runs/create", createRun},
    {"POST", "runs/update", updateRun},
    {"GET", "runs/get", getRun},
    {"POST", "runs/search", searchRuns},
    {"POST", "runs/delete", deleteRun},
    {"POST", "runs/restore", restoreRun},
    {"POST", "runs/log-metric", logMetric},
    {"POST", "runs/log-parameter", logParameter},
    {"POST", "runs/log-batch", logBatch},
    {"POST", "runs/set-tag", setTag},
    {"POST", "runs/delete-tag", deleteTag},
    {"POST", "runs/log-inputs", logInputs},
    {"GET", "metrics/get-history", getMetricHistory},
    {"GET", "metrics/get-history-bulk-interval", getMetricHistoryBulkInterval, "run_ids"},
    {"GET", "artifacts/list", nullptr},
};

} // namespace

MlflowRoutes::MlflowRoutes(Database &db, AuditLog &audit, BlobStore &blobs)
    : m_context(std::make_unique<Context>(db, audit, blobs))
{}

MlflowRoutes::~MlflowRoutes() = default;

MlflowReply MlflowRoutes::handle(const MlflowCall &call)
{
    if (call.path.startsWith(ArtifactsPrefix)) {
        QString changedRunId;
        MlflowReply reply = m_context->artifactRoutes.proxy(call, call.path.mid(ArtifactsPrefix.size()), &changedRunId);
        if (!changedRunId.isEmpty())
            m_context->changedRuns.insert(changedRunId);
        return reply;
    }
    QString endpoint;
    if (call.path.startsWith(ApiPrefix))
        endpoint = call.path.mid(ApiPrefix.size());
    else if (call.path.startsWith(AjaxApiPrefix))
        endpoint = call.path.mid(AjaxApiPrefix.size());
    else
        return MlflowRouteTable::notFound(call);
    if (MlflowRegistryRoutes::handles(endpoint))
        return m_context->registryRoutes.handle(call, endpoint);

    const auto route = MlflowRouteTable::find(Routes, call, endpoint);
    if (!route)
        return route.error();
    auto request = MlflowRouteTable::requestOf(call, (*route)->repeatedFields);
    if (!request)
        return errorReply(request.error());
    if (!(*route)->handler)
        return m_context->artifactRoutes.listRunArtifacts(*request);
    auto reply = (*route)->handler(*m_context, *request);
    if (!reply)
        return errorReply(reply.error());
    return jsonReply(*reply);
}

QStringList MlflowRoutes::takeChangedRuns()
{
    QStringList runs(m_context->changedRuns.cbegin(), m_context->changedRuns.cend());
    m_context->changedRuns.clear();
    return runs;
}

bool MlflowRoutes::takeExperimentsChanged()
{
    return std::exchange(m_context->experimentsChanged, false);
}

} // namespace atelier
