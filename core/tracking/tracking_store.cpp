// TrackingStore: experiments, runs, params, tags and inputs, checked as MLflow checks them (MlflowChecks).
#include "core/tracking/tracking_store.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/mlflow_checks.h"
#include "core/tracking/metric_store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <array>

namespace atelier {

namespace {

const QString RunNameTag = QStringLiteral("mlflow.runName");
const QString UserTag = QStringLiteral("mlflow.user");
const QString GitCommitTag = QStringLiteral("mlflow.source.git.commit");

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::int64_t msFromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

LifecycleStage stageFromText(const QString &text)
{
    return text == QLatin1String("deleted") ? LifecycleStage::Deleted : LifecycleStage::Active;
}

// Readable run names, picked from the run id so that one id always reads the same.
QString generatedRunName(const QString &runId)
{
    static const std::array<const char *, 24> adjectives{
        "amber",  "bold",   "brisk",  "calm",   "clever", "crisp", "daring", "eager",
        "fleet",  "gentle", "glossy", "honest", "keen",   "lucid", "merry",  "nimble",
        "placid", "proud",  "quiet",  "rapid",  "sunny",  "tidy",  "vivid",  "witty"};
    static const std::array<const char *, 24> nouns{
        "badger", "bison",  "crane", "dingo", "eagle",  "ferret", "gecko",  "heron",
        "ibis",   "jackal", "koala", "lemur", "marten", "newt",   "ocelot", "otter",
        "panda",  "quail",  "raven", "seal",  "tapir",  "urchin", "vole",   "wombat"};
    const QByteArray bytes = QByteArray::fromHex(runId.toLatin1());
    auto byteAt = [&](qsizetype i) { return i < bytes.size() ? std::uint8_t(bytes[i]) : std::uint8_t(0); };
    const QString adjective = QString::fromLatin1(adjectives[byteAt(0) % adjectives.size()]);
    const QString noun = QString::fromLatin1(nouns[byteAt(1) % nouns.size()]);
    const int number = (byteAt(2) << 8 | byteAt(3)) % 1000;
    return QStringLiteral("%1-%2-%3").arg(adjective, noun).arg(number);
}

Error invalid(const QString &message)
{
    return Error{message, {}, TrackingError::InvalidParameterValue};
}

Error runNotFound(const QString &runId)
{
    return Error{TrackingStore::tr("Run '%1' not found").arg(runId), {}, TrackingError::ResourceDoesNotExist};
}

Error experimentNotFound(std::int64_t id)
{
    return Error{TrackingStore::tr("No Experiment with id=%1 exists").arg(id), {}, TrackingError::ResourceDoesNotExist};
}

// Page tokens of searchExperiments: base64 of {"offset": N}, as MLflow's SQL store writes them.
QString offsetToken(qint64 offset)
{
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("offset"), offset}}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64());
}

std::optional<qint64> offsetFromToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonValue offset = QJsonDocument::fromJson(decoded.decoded).object().value(QStringLiteral("offset"));
    if (!offset.isDouble() || offset.toDouble() < 0)
        return std::nullopt;
    return qint64(offset.toDouble());
}

std::pair<QString, QString> stagesOf(ViewType view)
{
    switch (view) {
    case ViewType::ActiveOnly:
        return {QStringLiteral("active"), QStringLiteral("active")};
    case ViewType::DeletedOnly:
        return {QStringLiteral("deleted"), QStringLiteral("deleted")};
    case ViewType::All:
        break;
    }
    return {QStringLiteral("active"), QStringLiteral("deleted")};
}

QString tagsJson(const QList<KeyValue> &tags)
{
    QJsonArray array;
    for (const KeyValue &tag : tags)
        array.append(QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<KeyValue> tagsFromJson(const QString &text)
{
    QList<KeyValue> tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        tags.append({object.value(QStringLiteral("key")).toString(), object.value(QStringLiteral("value")).toString()});
    }
    return tags;
}

// What most calls need to know about a run before they change it.
struct RunRow
{
    std::int64_t id = 0;
    std::int64_t experimentId = 0;
    LifecycleStage stage = LifecycleStage::Active;
};

Result<RunRow> findRun(Database &db, const QString &runId)
{
    auto st = db.statement("SELECT id, experiment_id, lifecycle_stage FROM run WHERE uuid = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(runId);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(runNotFound(runId));
    return RunRow{(*st)->int64(0), (*st)->int64(1), stageFromText((*st)->text(2))};
}

// A run that scripts may still log to: it exists and is not deleted.
Result<RunRow> findActiveRun(Database &db, const QString &runId)
{
    auto run = findRun(db, runId);
    if (run && run->stage != LifecycleStage::Active)
        return fail(invalid(TrackingStore::tr("The run %1 must be in the 'active' state. Current state is deleted.")
                                .arg(runId)));
    return run;
}

Result<LifecycleStage> experimentStage(Database &db, std::int64_t experimentId)
{
    auto st = db.statement("SELECT lifecycle_stage FROM experiment WHERE id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(experimentId);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(experimentNotFound(experimentId));
    return stageFromText((*st)->text(0));
}

Status requireActiveExperiment(Database &db, std::int64_t experimentId)
{
    auto stage = experimentStage(db, experimentId);
    if (!stage)
        return fail(stage.error());
    if (*stage != LifecycleStage::Active)
        return fail(invalid(TrackingStore::tr("The experiment %1 must be in the 'active' state. Current state is "
                                              "deleted.")
                                .arg(experimentId)));
    return {};
}

// Sets a run tag; the tags MLflow gives a meaning also update the run's own columns.
Status setRunTag(Database &db, std::int64_t runRowId, const KeyValue &tag)
{
    if (auto ok = db.execute("INSERT INTO tag(run_id, key, value) VALUES (?, ?, ?) "
                             "ON CONFLICT(run_id, key) DO UPDATE SET value = excluded.value",
                             runRowId, tag.key, tag.value);
        !ok)
        return ok;
    if (tag.key == RunNameTag)
        return db.execute("UPDATE run SET name = ? WHERE id = ?", tag.value, runRowId);
    if (tag.key == UserTag)
        return db.execute("UPDATE run SET user = ? WHERE id = ?", tag.value, runRowId);
    if (tag.key == GitCommitTag)
        return db.execute("UPDATE run SET git_commit = ? WHERE id = ?", tag.value, runRowId);
    return {};
}

Result<QList<KeyValue>> readKeyValues(Database &db, std::string_view sql, std::int64_t ownerId)
{
    auto st = db.statement(sql);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(ownerId);
    QList<KeyValue> values;
    auto ok = (*st)->forEachRow([&](const Statement &row) { values.append({row.text(0), row.text(1)}); });
    if (!ok)
        return fail(ok.error());
    return values;
}

// readExperiment() reads the columns these select.
constexpr std::string_view ExperimentByIdSql =
    "SELECT id, name, artifact_location, lifecycle_stage, created_at, updated_at FROM experiment WHERE id = ?";
constexpr std::string_view ExperimentByNameSql =
    "SELECT id, name, artifact_location, lifecycle_stage, created_at, updated_at FROM experiment WHERE name = ?";
constexpr std::string_view ExperimentPageSql =
    "SELECT id, name, artifact_location, lifecycle_stage, created_at, updated_at FROM experiment "
    "WHERE lifecycle_stage IN (?, ?) ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?";

Experiment readExperiment(const Statement &row)
{
    Experiment experiment;
    experiment.id = row.int64(0);
    experiment.name = row.text(1);
    experiment.artifactLocation = row.text(2);
    experiment.stage = stageFromText(row.text(3));
    experiment.creationTime = msFromIso(row.text(4));
    experiment.lastUpdateTime = msFromIso(row.text(5));
    return experiment;
}

Status readExperimentTags(Database &db, Experiment &experiment)
{
    auto tags = readKeyValues(db, "SELECT key, value FROM experiment_tag WHERE experiment_id = ? ORDER BY key",
                              experiment.id);
    if (!tags)
        return fail(tags.error());
    experiment.tags = *tags;
    return {};
}

Result<RunInfo> readRunInfo(Database &db, std::int64_t runRowId, RunProvenance *provenance = nullptr)
{
    auto st = db.statement("SELECT uuid, experiment_id, name, status, start_time, end_time, user, lifecycle_stage, "
                           "artifact_uri, host, command, git_commit, git_dirty, job_id, dataset_version_id "
                           "FROM run WHERE id = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(runRowId);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(TrackingStore::tr("The run %1 is missing from the project database.").arg(runRowId));
    const Statement &r = **st;
    auto optionalInt = [&](int column) {
        return r.isNull(column) ? std::nullopt : std::optional<std::int64_t>(r.int64(column));
    };
    RunInfo info;
    info.runId = r.text(0);
    info.experimentId = r.int64(1);
    info.runName = r.text(2);
    info.status = runStatusFromName(r.text(3)).value_or(RunStatus::Running);
    info.startTime = optionalInt(4);
    info.endTime = optionalInt(5);
    info.user = r.text(6);
    info.stage = stageFromText(r.text(7));
    info.artifactUri = r.text(8);
    if (provenance) {
        provenance->host = r.text(9);
        provenance->command = r.text(10);
        provenance->gitCommit = r.text(11);
        provenance->gitDirty = r.isNull(12) ? std::nullopt : std::optional<bool>(r.int64(12) != 0);
        provenance->jobId = optionalInt(13);
        provenance->datasetVersionId = optionalInt(14);
    }
    return info;
}

} // namespace

TrackingStore::TrackingStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
    , m_metrics(std::make_unique<MetricStore>(db))
{}

TrackingStore::~TrackingStore() = default;

// Experiments -------------------------------------------------------------------------------

Result<std::int64_t> TrackingStore::createExperiment(const QString &name, const QString &artifactLocation,
                                                     const QList<KeyValue> &tags)
{
    if (auto error = MlflowChecks::experimentName(name))
        return fail(*error);
    if (artifactLocation.startsWith(QLatin1String("runs:")))
        return fail(invalid(tr("Artifact location cannot be a runs:/ URI. Given: '%1'").arg(artifactLocation)));
    for (const KeyValue &tag : tags) {
        if (auto error = MlflowChecks::experimentTag(tag))
            return fail(*error);
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = m_db.statement("SELECT 1 FROM experiment WHERE name = ?");
    if (!existing)
        return fail(existing.error());
    (*existing)->bindAll(name);
    auto found = (*existing)->step();
    if (!found)
        return fail(found.error());
    if (*found)
        return fail(Error{tr("Experiment(name=%1) already exists.").arg(name), {}, TrackingError::ResourceAlreadyExists});

    const QString now = isoNow();
    if (auto ok = m_db.execute("INSERT INTO experiment(name, artifact_location, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?)",
                               name, artifactLocation, now, now);
        !ok)
        return fail(withContext(tr("Could not create the experiment \"%1\"").arg(name), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    const QString location = artifactLocation.isEmpty() ? QStringLiteral("mlflow-artifacts:/%1").arg(id)
                                                        : artifactLocation;
    if (artifactLocation.isEmpty()) {
        if (auto ok = m_db.execute("UPDATE experiment SET artifact_location = ? WHERE id = ?", location, id); !ok)
            return fail(withContext(tr("Could not create the experiment \"%1\"").arg(name), ok.error()));
    }
    for (const KeyValue &tag : tags) {
        if (auto ok = m_db.execute("INSERT OR REPLACE INTO experiment_tag(experiment_id, key, value) VALUES (?, ?, ?)",
                                   id, tag.key, tag.value);
            !ok)
            return fail(withContext(tr("Could not tag the experiment \"%1\"").arg(name), ok.error()));
    }
    if (auto ok = m_audit.record(QStringLiteral("experiment.create"), QStringLiteral("experiment"),
                                 QString::number(id),
                                 {{QStringLiteral("name"), name}, {QStringLiteral("artifact_location"), location}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return id;
}

Result<Experiment> TrackingStore::experiment(std::int64_t id)
{
    auto st = m_db.statement(ExperimentByIdSql);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(id);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(experimentNotFound(id));
    Experiment result = readExperiment(**st);
    if (auto ok = readExperimentTags(m_db, result); !ok)
        return fail(ok.error());
    return result;
}

Result<Experiment> TrackingStore::experimentByName(const QString &name)
{
    auto st = m_db.statement(ExperimentByNameSql);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(name);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error{tr("Could not find experiment with name '%1'").arg(name), {},
                          TrackingError::ResourceDoesNotExist});
    Experiment result = readExperiment(**st);
    if (auto ok = readExperimentTags(m_db, result); !ok)
        return fail(ok.error());
    return result;
}

Result<QList<Experiment>> TrackingStore::searchExperiments(ViewType view, int maxResults, const QString &pageToken,
                                                           QString *nextPageToken)
{
    if (nextPageToken)
        nextPageToken->clear();
    if (maxResults < 1)
        return fail(invalid(tr("Invalid value for max_results. It must be a positive integer, but got %1")
                                .arg(maxResults)));
    if (maxResults > TrackingLimits::MaxRunsPerSearch)
        return fail(invalid(tr("Invalid value for max_results. It must be at most %1, but got %2")
                                .arg(TrackingLimits::MaxRunsPerSearch)
                                .arg(maxResults)));
    qint64 offset = 0;
    if (!pageToken.isEmpty()) {
        auto parsed = offsetFromToken(pageToken);
        if (!parsed)
            return fail(invalid(tr("Invalid page token \"%1\": pass the token the previous page returned.")
                                    .arg(pageToken)));
        offset = *parsed;
    }
    const auto [stageA, stageB] = stagesOf(view);
    auto st = m_db.statement(ExperimentPageSql);
    if (!st)
        return fail(st.error());
    (*st)->bindAll(stageA, stageB, std::int64_t(maxResults) + 1, std::int64_t(offset));
    QList<Experiment> experiments;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { experiments.append(readExperiment(row)); }); !ok)
        return fail(withContext(tr("Could not list the experiments"), ok.error()));
    if (experiments.size() > maxResults) {
        experiments.removeLast();
        if (nextPageToken)
            *nextPageToken = offsetToken(offset + maxResults);
    }
    for (Experiment &experiment : experiments) {
        if (auto ok = readExperimentTags(m_db, experiment); !ok)
            return fail(ok.error());
    }
    return experiments;
}

Status TrackingStore::setExperimentTag(std::int64_t experimentId, const QString &key, const QString &value)
{
    if (auto error = MlflowChecks::experimentTag({key, value}))
        return fail(*error);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = requireActiveExperiment(m_db, experimentId); !ok)
        return ok;
    if (auto ok = m_db.execute("INSERT INTO experiment_tag(experiment_id, key, value) VALUES (?, ?, ?) "
                               "ON CONFLICT(experiment_id, key) DO UPDATE SET value = excluded.value",
                               experimentId, key, value);
        !ok)
        return fail(withContext(tr("Could not tag the experiment %1").arg(experimentId), ok.error()));
    if (auto ok = m_db.execute("UPDATE experiment SET updated_at = ? WHERE id = ?", isoNow(), experimentId); !ok)
        return fail(ok.error());
    return transaction->commit();
}

// Runs ----------------------------------------------------------------------------------------

Result<RunInfo> TrackingStore::createRun(const RunCreate &create)
{
    QString runNameTag;
    QString userTag;
    QString gitCommitTag;
    for (const KeyValue &tag : create.tags) {
        if (auto error = MlflowChecks::tag(tag))
            return fail(*error);
        if (tag.key == RunNameTag)
            runNameTag = tag.value;
        else if (tag.key == UserTag)
            userTag = tag.value;
        else if (tag.key == GitCommitTag)
            gitCommitTag = tag.value;
    }
    if (!create.runName.isEmpty() && !runNameTag.isEmpty() && create.runName != runNameTag)
        return fail(invalid(tr("Both 'run_name' argument and 'mlflow.runName' tag are specified, but with different "
                               "values (run_name='%1', mlflow.runName='%2').")
                                .arg(create.runName, runNameTag)));

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = requireActiveExperiment(m_db, create.experimentId); !ok)
        return fail(ok.error());
    auto experiment = this->experiment(create.experimentId);
    if (!experiment)
        return fail(experiment.error());

    const QString runId = QUuid::createUuid().toString(QUuid::Id128);
    QString location = experiment->artifactLocation;
    while (location.endsWith(QLatin1Char('/')))
        location.chop(1);
    const QString artifactUri = location + QLatin1Char('/') + runId + QStringLiteral("/artifacts");
    QString runName = !create.runName.isEmpty() ? create.runName : runNameTag;
    if (runName.isEmpty())
        runName = generatedRunName(runId);
    const QString user = !create.user.isEmpty() ? create.user : userTag;
    const QString gitCommit = !create.provenance.gitCommit.isEmpty() ? create.provenance.gitCommit : gitCommitTag;
    const std::int64_t startTime = create.startTime.value_or(nowMs());

    if (auto ok = m_db.execute("INSERT INTO run(uuid, experiment_id, job_id, name, status, start_time, user, "
                               "artifact_uri, host, command, git_commit, git_dirty, dataset_version_id) "
                               "VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?, ?)",
                               runId, create.experimentId, create.provenance.jobId, runName, startTime, user,
                               artifactUri, create.provenance.host, create.provenance.command, gitCommit,
                               create.provenance.gitDirty, create.provenance.datasetVersionId);
        !ok)
        return fail(withContext(tr("Could not create a run in the experiment %1").arg(create.experimentId),
                                ok.error()));
    const std::int64_t rowId = m_db.lastInsertId();

    QList<KeyValue> tags;
    for (const KeyValue &tag : create.tags) {
        if (tag.key != RunNameTag && tag.key != UserTag && tag.key != GitCommitTag)
            tags.append(tag);
    }
    tags.append({RunNameTag, runName});
    if (!userTag.isEmpty())
        tags.append({UserTag, userTag});
    if (!gitCommitTag.isEmpty())
        tags.append({GitCommitTag, gitCommitTag});
    for (const KeyValue &tag : std::as_const(tags)) {
        if (auto ok = m_db.execute("INSERT OR REPLACE INTO tag(run_id, key, value) VALUES (?, ?, ?)", rowId, tag.key,
                                   tag.value);
            !ok)
            return fail(withContext(tr("Could not tag the run %1").arg(runId), ok.error()));
    }
    if (auto ok = m_audit.record(QStringLiteral("run.create"), QStringLiteral("run"), runId,
                                 {{QStringLiteral("experiment"), qint64(create.experimentId)},
                                  {QStringLiteral("name"), runName}});
        !ok)
        return fail(ok.error());
    auto info = readRunInfo(m_db, rowId);
    if (!info)
        return fail(info.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return info;
}

Result<RunInfo> TrackingStore::updateRun(const QString &runId, const RunUpdate &update)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findActiveRun(m_db, runId);
    if (!run)
        return fail(run.error());
    QJsonObject detail;
    if (update.status) {
        if (auto ok = m_db.execute("UPDATE run SET status = ? WHERE id = ?", runStatusName(*update.status), run->id);
            !ok)
            return fail(withContext(tr("Could not update the run %1").arg(runId), ok.error()));
        detail.insert(QStringLiteral("status"), runStatusName(*update.status));
    }
    if (update.endTime) {
        if (auto ok = m_db.execute("UPDATE run SET end_time = ? WHERE id = ?", *update.endTime, run->id); !ok)
            return fail(withContext(tr("Could not update the run %1").arg(runId), ok.error()));
        detail.insert(QStringLiteral("end_time"), qint64(*update.endTime));
    }
    if (update.runName && !update.runName->isEmpty()) {
        if (auto ok = setRunTag(m_db, run->id, {RunNameTag, *update.runName}); !ok)
            return fail(withContext(tr("Could not rename the run %1").arg(runId), ok.error()));
        detail.insert(QStringLiteral("name"), *update.runName);
    }
    if (auto ok = m_audit.record(QStringLiteral("run.update"), QStringLiteral("run"), runId, detail); !ok)
        return fail(ok.error());
    auto info = readRunInfo(m_db, run->id);
    if (!info)
        return fail(info.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return info;
}

Result<Run> TrackingStore::run(const QString &runId)
{
    auto row = findRun(m_db, runId);
    if (!row)
        return fail(row.error());
    Run result;
    auto info = readRunInfo(m_db, row->id, &result.provenance);
    if (!info)
        return fail(info.error());
    result.info = *info;

    auto series = m_metrics->series(row->id);
    if (!series)
        return fail(series.error());
    for (const MetricSeriesSummary &summary : std::as_const(*series))
        result.metrics.append(summary.latest);
    auto params = readKeyValues(m_db, "SELECT key, value FROM param WHERE run_id = ? ORDER BY key", row->id);
    if (!params)
        return fail(params.error());
    result.params = *params;
    auto tags = readKeyValues(m_db, "SELECT key, value FROM tag WHERE run_id = ? ORDER BY key", row->id);
    if (!tags)
        return fail(tags.error());
    result.tags = *tags;

    auto inputs = m_db.statement("SELECT name, digest, source_type, source, schema, profile, tags FROM run_input "
                                 "WHERE run_id = ? ORDER BY name, digest");
    if (!inputs)
        return fail(inputs.error());
    (*inputs)->bindAll(row->id);
    auto ok = (*inputs)->forEachRow([&](const Statement &r) {
        result.inputs.append(
            DatasetInput{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), tagsFromJson(r.text(6))});
    });
    if (!ok)
        return fail(withContext(tr("Could not read the run %1").arg(runId), ok.error()));
    return result;
}

Status TrackingStore::deleteRun(const QString &runId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findRun(m_db, runId);
    if (!run)
        return fail(run.error());
    if (auto ok = m_db.execute("UPDATE run SET lifecycle_stage = 'deleted' WHERE id = ?", run->id); !ok)
        return fail(withContext(tr("Could not delete the run %1").arg(runId), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("run.delete"), QStringLiteral("run"), runId); !ok)
        return ok;
    return transaction->commit();
}

Status TrackingStore::restoreRun(const QString &runId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findRun(m_db, runId);
    if (!run)
        return fail(run.error());
    if (auto ok = m_db.execute("UPDATE run SET lifecycle_stage = 'active' WHERE id = ?", run->id); !ok)
        return fail(withContext(tr("Could not restore the run %1").arg(runId), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("run.restore"), QStringLiteral("run"), runId); !ok)
        return ok;
    return transaction->commit();
}

Status TrackingStore::moveRun(const QString &runId, std::int64_t experimentId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findRun(m_db, runId);
    if (!run)
        return fail(run.error());
    if (auto ok = requireActiveExperiment(m_db, experimentId); !ok)
        return ok;
    if (run->experimentId == experimentId)
        return transaction->commit();
    if (auto ok = m_db.execute("UPDATE run SET experiment_id = ? WHERE id = ?", experimentId, run->id); !ok)
        return fail(withContext(tr("Could not move the run %1 to the experiment %2").arg(runId).arg(experimentId),
                                ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("run.move"), QStringLiteral("run"), runId,
                                 {{QStringLiteral("from"), qint64(run->experimentId)},
                                  {QStringLiteral("to"), qint64(experimentId)}});
        !ok)
        return ok;
    return transaction->commit();
}

Status TrackingStore::moveRuns(const QStringList &runIds, std::int64_t experimentId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = requireActiveExperiment(m_db, experimentId); !ok)
        return ok;
    QJsonArray moved;
    QJsonObject from; // run id -> the experiment it left, so that the move can be traced back
    for (const QString &runId : runIds) {
        auto run = findRun(m_db, runId);
        if (!run)
            return fail(run.error());
        if (run->experimentId == experimentId)
            continue;
        if (auto ok = m_db.execute("UPDATE run SET experiment_id = ? WHERE id = ?", experimentId, run->id); !ok)
            return fail(withContext(tr("Could not move the run %1 to the experiment %2").arg(runId).arg(experimentId),
                                    ok.error()));
        moved.append(runId);
        from.insert(runId, qint64(run->experimentId));
    }
    if (moved.isEmpty())
        return transaction->commit();
    if (auto ok = m_audit.record(QStringLiteral("runs.move"), QStringLiteral("experiment"),
                                 QString::number(experimentId),
                                 {{QStringLiteral("runs"), moved}, {QStringLiteral("from"), from}});
        !ok)
        return ok;
    return transaction->commit();
}

// Logging -------------------------------------------------------------------------------------

Status TrackingStore::logBatch(const QString &runId, const LogBatch &batch)
{
    if (auto error = MlflowChecks::batch(runId, batch))
        return fail(*error);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findActiveRun(m_db, runId);
    if (!run)
        return fail(run.error());

    QStringList changed;
    for (const KeyValue &param : batch.params) {
        auto st = m_db.statement("SELECT value FROM param WHERE run_id = ? AND key = ?");
        if (!st)
            return fail(st.error());
        (*st)->bindAll(run->id, param.key);
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        if (*row && (*st)->text(0) != param.value)
            changed.append(QStringLiteral("{'key': '%1', 'old_value': '%2', 'new_value': '%3'}")
                               .arg(param.key, (*st)->text(0), param.value));
    }
    if (!changed.isEmpty())
        return fail(invalid(tr("Changing param values is not allowed. Params were already logged='[%1]' for run "
                               "ID='%2'.")
                                .arg(changed.join(QStringLiteral(", ")), runId)));
    for (const KeyValue &param : batch.params) {
        if (auto ok = m_db.execute("INSERT OR IGNORE INTO param(run_id, key, value) VALUES (?, ?, ?)", run->id,
                                   param.key, param.value);
            !ok)
            return fail(withContext(tr("Could not log the param \"%1\"").arg(param.key), ok.error()));
    }
    for (const KeyValue &tag : batch.tags) {
        if (auto ok = setRunTag(m_db, run->id, tag); !ok)
            return fail(withContext(tr("Could not set the tag \"%1\"").arg(tag.key), ok.error()));
    }
    if (auto ok = m_metrics->append(run->id, batch.metrics); !ok)
        return ok;
    return transaction->commit();
}

Status TrackingStore::deleteTag(const QString &runId, const QString &key)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findActiveRun(m_db, runId);
    if (!run)
        return fail(run.error());
    if (auto ok = m_db.execute("DELETE FROM tag WHERE run_id = ? AND key = ?", run->id, key); !ok)
        return fail(withContext(tr("Could not delete the tag \"%1\"").arg(key), ok.error()));
    auto changes = m_db.queryInt("SELECT changes()");
    if (!changes)
        return fail(changes.error());
    if (*changes == 0)
        return fail(Error{tr("No tag with name: %1 in run with id %2").arg(key, runId), {},
                          TrackingError::ResourceDoesNotExist});
    return transaction->commit();
}

Status TrackingStore::logInputs(const QString &runId, const QList<DatasetInput> &inputs)
{
    for (const DatasetInput &input : inputs) {
        if (auto error = MlflowChecks::input(input))
            return fail(*error);
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto run = findActiveRun(m_db, runId);
    if (!run)
        return fail(run.error());
    // A dataset logged again with the same name and digest is the same input, as in MLflow.
    for (const DatasetInput &input : inputs) {
        if (auto ok = m_db.execute("INSERT INTO run_input(run_id, name, digest, source_type, source, schema, profile, "
                                   "tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(run_id, name, digest) DO NOTHING",
                                   run->id, input.name, input.digest, input.sourceType, input.source, input.schema,
                                   input.profile, tagsJson(input.tags));
            !ok)
            return fail(withContext(tr("Could not log the dataset \"%1\"").arg(input.name), ok.error()));
    }
    return transaction->commit();
}

Result<std::int64_t> TrackingStore::runRowId(const QString &runId)
{
    auto run = findRun(m_db, runId);
    if (!run)
        return fail(run.error());
    return run->id;
}

} // namespace atelier
