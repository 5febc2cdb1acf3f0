// MlrunsImport: imports an MLflow file store (an mlruns/ folder) and syncs it again, reading only what grew.
#include "core/tracking/mlruns_import.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/flat_yaml.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/tracking_store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace atelier {

namespace {

using KeyFile = std::pair<QString, QString>; // key, absolute path

QString metaFileName()
{
    return QStringLiteral("meta.yaml");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The subfolders of `dir` that hold a meta.yaml, by name, without `reserved` ones.
QStringList metaFolders(const QString &dir, const QStringList &reserved)
{
    QStringList folders;
    const QDir parent(dir);
    for (const QString &name : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!reserved.contains(name) && !name.startsWith(u'.') && QFileInfo::exists(parent.filePath(name) + u'/' + metaFileName()))
            folders.append(name);
    }
    return folders;
}

// Every file under `dir` as (key, path): the key is the path relative to `dir` with '/'.
QList<KeyFile> keyFiles(const QString &dir)
{
    QList<KeyFile> files;
    if (!QFileInfo(dir).isDir())
        return files;
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append({root.relativeFilePath(path), path});
    }
    std::sort(files.begin(), files.end());
    return files;
}

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(MlrunsImport::tr("Could not read %1: %2. Check that the file is readable.")
                        .arg(shown(path), file.errorString()));
    return file.readAll();
}

// MLflow's status enum in meta.yaml (RunStatus: 1 RUNNING ... 5 KILLED); names are accepted too.
std::optional<RunStatus> statusFromMeta(const QString &value)
{
    static const RunStatus byNumber[] = {RunStatus::Running, RunStatus::Scheduled, RunStatus::Finished,
                                         RunStatus::Failed, RunStatus::Killed};
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok)
        return number >= 1 && number <= 5 ? std::optional(byNumber[number - 1]) : std::nullopt;
    return value.isEmpty() ? std::optional(RunStatus::Running) : runStatusFromName(value);
}

// Python's float() spellings of NaN and infinity, which MLflow writes as "nan" and "inf".
std::optional<double> metricNumber(const QString &text)
{
    const QString lower = text.toLower();
    const bool negative = lower.startsWith(u'-');
    const QString bare = lower.startsWith(u'-') || lower.startsWith(u'+') ? lower.mid(1) : lower;
    if (bare == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (bare == QLatin1String("inf") || bare == QLatin1String("infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

struct RunMeta
{
    QString runId;
    QString name;
    RunStatus status = RunStatus::Running;
    std::optional<std::int64_t> startTime;
    std::optional<std::int64_t> endTime;
    QString user;
    QString stage;
    QString artifactUri;
};

// One sync's work, inside the transaction MlrunsImport::sync opened.
class Sync
{
public:
    Sync(Database &db, AuditLog &audit, BlobStore &blobs, QString root)
        : m_db(db)
        , m_tracking(db, audit)
        , m_metrics(db)
        , m_artifacts(db, blobs, audit)
        , m_root(std::move(root))
    {}

    Status run();
    const MlrunsSyncCounts &counts() const { return m_counts; }

private:
    Result<std::int64_t> experiment(const QString &folder);
    Status experimentTags(std::int64_t experimentId, const QString &folder);
    Status runFolder(const QString &folder, std::int64_t experimentId);
    Result<RunMeta> runMeta(const QString &folder);
    Result<std::int64_t> storeRun(const RunMeta &meta, std::int64_t experimentId);
    Result<int> keyValues(const char *table, std::int64_t runRowId, const QString &folder);
    Status metricFile(std::int64_t runRowId, const KeyFile &file);
    Status artifacts(std::int64_t runRowId, const QString &folder);

    Database &m_db;
    TrackingStore m_tracking;
    MetricStore m_metrics;
    ArtifactStore m_artifacts;
    QString m_root;
    MlrunsSyncCounts m_counts;
};

Status Sync::run()
{
    for (const QString &name : metaFolders(m_root, {QStringLiteral("models")})) {
        const QString folder = m_root + u'/' + name;
        auto experimentId = experiment(folder);
        if (!experimentId)
            return fail(experimentId.error());
        if (auto ok = experimentTags(*experimentId, folder); !ok)
            return ok;
        const QStringList reserved{QStringLiteral("tags"), QStringLiteral("datasets"), QStringLiteral("traces")};
        for (const QString &run : metaFolders(folder, reserved)) {
            if (auto ok = runFolder(folder + u'/' + run, *experimentId); !ok)
                return ok;
        }
    }
    return {};
}

// The project experiment of an MLflow experiment folder: the one it became before, else the
// one of the same name, else a new one.
Result<std::int64_t> Sync::experiment(const QString &folder)
{
    const QString mlflowId = QFileInfo(folder).fileName();
    auto known = m_db.statement("SELECT experiment_id FROM mlruns_experiment WHERE root = ? AND mlflow_id = ?");
    if (!known)
        return fail(known.error());
    (*known)->bindAll(m_root, mlflowId);
    auto row = (*known)->step();
    if (!row)
        return fail(row.error());
    if (*row)
        return (*known)->int64(0);

    auto meta = FlatYaml::read(folder + u'/' + metaFileName());
    if (!meta)
        return fail(meta.error());
    const QString name = meta->text(QStringLiteral("name"));
    if (name.isEmpty())
        return fail(MlrunsImport::tr("%1 names no experiment. Add a \"name:\" line or remove the folder.")
                        .arg(shown(folder + u'/' + metaFileName())));
    std::int64_t id = 0;
    if (auto existing = m_tracking.experimentByName(name)) {
        id = existing->id;
    } else if (existing.error().code != TrackingError::ResourceDoesNotExist) {
        return fail(existing.error());
    } else {
        auto created = m_tracking.createExperiment(name);
        if (!created)
            return fail(withContext(MlrunsImport::tr("Could not import the experiment in %1").arg(shown(folder)),
                                    created.error()));
        id = *created;
        ++m_counts.experimentsCreated;
    }
    if (auto ok = m_db.execute("INSERT INTO mlruns_experiment(root, mlflow_id, experiment_id) VALUES (?, ?, ?)",
                               m_root, mlflowId, id);
        !ok)
        return fail(ok.error());
    return id;
}

Status Sync::experimentTags(std::int64_t experimentId, const QString &folder)
{
    const QList<KeyFile> files = keyFiles(folder + QStringLiteral("/tags"));
    if (files.isEmpty())
        return {};
    auto experiment = m_tracking.experiment(experimentId);
    if (!experiment)
        return fail(experiment.error());
    for (const auto &[key, path] : files) {
        auto value = readBytes(path);
        if (!value)
            return fail(value.error());
        const KeyValue tag{key, QString::fromUtf8(*value)};
        if (experiment->tags.contains(tag))
            continue;
        if (auto ok = m_tracking.setExperimentTag(experimentId, tag.key, tag.value); !ok)
            return fail(withContext(MlrunsImport::tr("Could not import the tag %1").arg(shown(path)), ok.error()));
    }
    return {};
}

Result<RunMeta> Sync::runMeta(const QString &folder)
{
    const QString path = folder + u'/' + metaFileName();
    auto yaml = FlatYaml::read(path);
    if (!yaml)
        return fail(yaml.error());
    RunMeta meta;
    meta.runId = yaml->text(QStringLiteral("run_id"));
    if (meta.runId.isEmpty())
        meta.runId = yaml->text(QStringLiteral("run_uuid"));
    if (meta.runId.isEmpty())
        meta.runId = QFileInfo(folder).fileName();
    meta.name = yaml->text(QStringLiteral("run_name"));
    const auto status = statusFromMeta(yaml->text(QStringLiteral("status")));
    if (!status)
        return fail(MlrunsImport::tr("%1: unknown run status \"%2\". MLflow writes 1 (RUNNING) to 5 (KILLED).")
                        .arg(shown(path), yaml->text(QStringLiteral("status"))));
    meta.status = *status;
    meta.startTime = yaml->integer(QStringLiteral("start_time"));
    meta.endTime = yaml->integer(QStringLiteral("end_time"));
    meta.user = yaml->text(QStringLiteral("user_id"));
    meta.stage = yaml->text(QStringLiteral("lifecycle_stage"));
    if (meta.stage.isEmpty())
        meta.stage = lifecycleStageName(LifecycleStage::Active);
    if (meta.stage != lifecycleStageName(LifecycleStage::Active) && meta.stage != lifecycleStageName(LifecycleStage::Deleted))
        return fail(MlrunsImport::tr("%1: unknown lifecycle_stage \"%2\". MLflow writes active or deleted.")
                        .arg(shown(path), meta.stage));
    if (meta.name.isEmpty()) {
        // Older file stores keep the name only in the mlflow.runName tag.
        QFile tag(folder + QStringLiteral("/tags/mlflow.runName"));
        if (tag.open(QIODevice::ReadOnly))
            meta.name = QString::fromUtf8(tag.readAll());
    }
    meta.artifactUri = yaml->text(QStringLiteral("artifact_uri"));
    return meta;
}

// The run's row, inserted with its MLflow run id or brought up to date with its meta.yaml. The
// run table is written here rather than through TrackingStore::createRun, which makes new run
// ids and refuses writes to deleted runs, where an import must keep both as the file store has them.
Result<std::int64_t> Sync::storeRun(const RunMeta &meta, std::int64_t experimentId)
{
    const QString status = runStatusName(meta.status);
    auto existing = m_db.statement("SELECT id, name, status, start_time, end_time, user, lifecycle_stage "
                                   "FROM run WHERE uuid = ?");
    if (!existing)
        return fail(existing.error());
    (*existing)->bindAll(meta.runId);
    auto row = (*existing)->step();
    if (!row)
        return fail(row.error());
    if (!*row) {
        const QString artifactUri = QStringLiteral("mlflow-artifacts:/%1/%2/artifacts").arg(experimentId).arg(meta.runId);
        if (auto ok = m_db.execute("INSERT INTO run(uuid, experiment_id, name, status, start_time, end_time, user, "
                                   "lifecycle_stage, artifact_uri) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   meta.runId, experimentId, meta.name, status, meta.startTime, meta.endTime,
                                   meta.user, meta.stage, artifactUri);
            !ok)
            return fail(withContext(MlrunsImport::tr("Could not import the run %1").arg(meta.runId), ok.error()));
        ++m_counts.runsCreated;
        return m_db.lastInsertId();
    }
    const Statement &stored = **existing;
    auto optionalInt = [&](int column) {
        return stored.isNull(column) ? std::nullopt : std::optional(stored.int64(column));
    };
    const std::int64_t id = stored.int64(0);
    const bool same = stored.text(1) == meta.name && stored.text(2) == status && optionalInt(3) == meta.startTime
                      && optionalInt(4) == meta.endTime && stored.text(5) == meta.user && stored.text(6) == meta.stage;
    existing = CachedStatement(nullptr); // done reading before the update
    if (same)
        return id;
    if (auto ok = m_db.execute("UPDATE run SET name = ?, status = ?, start_time = ?, end_time = ?, user = ?, "
                               "lifecycle_stage = ? WHERE id = ?",
                               meta.name, status, meta.startTime, meta.endTime, meta.user, meta.stage, id);
        !ok)
        return fail(withContext(MlrunsImport::tr("Could not update the run %1").arg(meta.runId), ok.error()));
    ++m_counts.runsUpdated;
    return id;
}

Status Sync::runFolder(const QString &folder, std::int64_t experimentId)
{
    auto meta = runMeta(folder);
    if (!meta)
        return fail(meta.error());
    auto runRowId = storeRun(*meta, experimentId);
    if (!runRowId)
        return fail(runRowId.error());
    auto params = keyValues("param", *runRowId, folder + QStringLiteral("/params"));
    if (!params)
        return fail(params.error());
    m_counts.params += *params;
    auto tags = keyValues("tag", *runRowId, folder + QStringLiteral("/tags"));
    if (!tags)
        return fail(tags.error());
    m_counts.tags += *tags;
    for (const KeyFile &file : keyFiles(folder + QStringLiteral("/metrics"))) {
        if (auto ok = metricFile(*runRowId, file); !ok)
            return ok;
    }
    // A file: URI names where the file store put the artifacts; else they are beside the run.
    const QUrl uri(meta->artifactUri);
    const QString artifactFolder = uri.isLocalFile() && QFileInfo(uri.toLocalFile()).isDir()
                                       ? uri.toLocalFile()
                                       : folder + QStringLiteral("/artifacts");
    return artifacts(*runRowId, artifactFolder);
}

// Params or tags: one file a key, its content the value. Returns how many were new or changed.
Result<int> Sync::keyValues(const char *table, std::int64_t runRowId, const QString &folder)
{
    const bool params = std::string_view(table) == "param";
    const char *select = params ? "SELECT value FROM param WHERE run_id = ? AND key = ?"
                                : "SELECT value FROM tag WHERE run_id = ? AND key = ?";
    const char *upsert = params ? "INSERT INTO param(run_id, key, value) VALUES (?, ?, ?) "
                                  "ON CONFLICT(run_id, key) DO UPDATE SET value = excluded.value"
                                : "INSERT INTO tag(run_id, key, value) VALUES (?, ?, ?) "
                                  "ON CONFLICT(run_id, key) DO UPDATE SET value = excluded.value";
    int written = 0;
    for (const auto &[key, path] : keyFiles(folder)) {
        auto bytes = readBytes(path);
        if (!bytes)
            return fail(bytes.error());
        const QString value = QString::fromUtf8(*bytes);
        auto stored = m_db.statement(select);
        if (!stored)
            return fail(stored.error());
        (*stored)->bindAll(runRowId, key);
        auto row = (*stored)->step();
        if (!row)
            return fail(row.error());
        if (*row && (*stored)->text(0) == value)
            continue;
        stored = CachedStatement(nullptr);
        if (auto ok = m_db.execute(upsert, runRowId, key, value); !ok)
            return fail(withContext(MlrunsImport::tr("Could not import %1").arg(shown(path)), ok.error()));
        ++written;
    }
    return written;
}

// Reads the whole lines a metric file gained since the last sync and appends their points.
Status Sync::metricFile(std::int64_t runRowId, const KeyFile &file)
{
    const auto &[key, path] = file;
    std::int64_t offset = 0;
    std::int64_t lines = 0;
    {
        auto stored = m_db.statement("SELECT offset, lines FROM mlruns_metric_file WHERE run_id = ? AND key = ?");
        if (!stored)
            return fail(stored.error());
        (*stored)->bindAll(runRowId, key);
        auto row = (*stored)->step();
        if (!row)
            return fail(row.error());
        if (*row) {
            offset = (*stored)->int64(0);
            lines = (*stored)->int64(1);
        }
    }
    QFile metric(path);
    if (!metric.open(QIODevice::ReadOnly))
        return fail(MlrunsImport::tr("Could not read %1: %2. Check that the file is readable.")
                        .arg(shown(path), metric.errorString()));
    if (metric.size() < offset) {
        // Rewritten shorter than what was read: read it again from the start. Points with the
        // same step and timestamp replace the stored ones, so nothing is counted twice.
        offset = 0;
        lines = 0;
    }
    if (!metric.seek(offset))
        return fail(MlrunsImport::tr("Could not read %1 past byte %2.").arg(shown(path), QString::number(offset)));
    const QByteArray grown = metric.readAll();
    const qsizetype complete = grown.lastIndexOf('\n') + 1; // a last line without '\n' waits
    if (complete == 0)
        return {};

    QList<MetricValue> points;
    const QList<QByteArray> newLines = grown.left(complete - 1).split('\n');
    for (const QByteArray &bytes : newLines) {
        ++lines;
        const QString line = QString::fromUtf8(bytes).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(u' ');
        bool timestampOk = false;
        bool stepOk = parts.size() == 2;
        MetricValue point;
        point.key = key;
        const auto value = parts.size() >= 2 ? metricNumber(parts[1]) : std::nullopt;
        if (parts.size() == 2 || parts.size() == 3) {
            point.timestamp = parts[0].toLongLong(&timestampOk);
            if (parts.size() == 3)
                point.step = parts[2].toLongLong(&stepOk);
        }
        if (!timestampOk || !stepOk || !value)
            return fail(MlrunsImport::tr("%1:%2: malformed metric line \"%3\": expected \"timestamp value step\" "
                                         "(integer, number, integer). Fix or remove the line and sync again.")
                            .arg(shown(path), QString::number(lines), line));
        point.value = *value;
        points.append(point);
    }
    if (auto ok = m_metrics.append(runRowId, points); !ok)
        return fail(withContext(MlrunsImport::tr("Could not import %1").arg(shown(path)), ok.error()));
    m_counts.metricPoints += points.size();
    if (auto ok = m_db.execute("INSERT INTO mlruns_metric_file(run_id, key, offset, lines) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT(run_id, key) DO UPDATE SET offset = excluded.offset, lines = excluded.lines",
                               runRowId, key, offset + std::int64_t(complete), lines);
        !ok)
        return fail(ok.error());
    return {};
}

// Copies artifact files that are new, or whose size changed, into blobs/.
Status Sync::artifacts(std::int64_t runRowId, const QString &folder)
{
    for (const auto &[path, file] : keyFiles(folder)) {
        auto stored = m_artifacts.find(runRowId, path);
        if (stored && stored->size == QFileInfo(file).size())
            continue;
        if (!stored && stored.error().code != TrackingError::ResourceDoesNotExist)
            return fail(stored.error());
        auto content = readBytes(file);
        if (!content)
            return fail(content.error());
        if (auto ok = m_artifacts.put(runRowId, path, *content); !ok)
            return fail(withContext(MlrunsImport::tr("Could not import the artifact %1").arg(shown(file)), ok.error()));
        ++m_counts.artifacts;
    }
    return {};
}

QJsonObject countsJson(const MlrunsSyncCounts &counts)
{
    return {{QStringLiteral("experiments_created"), counts.experimentsCreated},
            {QStringLiteral("runs_created"), counts.runsCreated},
            {QStringLiteral("runs_updated"), counts.runsUpdated},
            {QStringLiteral("params"), counts.params},
            {QStringLiteral("tags"), counts.tags},
            {QStringLiteral("metric_points"), qint64(counts.metricPoints)},
            {QStringLiteral("artifacts"), counts.artifacts}};
}

} // namespace

MlrunsImport::MlrunsImport(Database &db, AuditLog &audit, BlobStore &blobs)
    : m_db(db)
    , m_audit(audit)
    , m_blobs(blobs)
{}

Result<MlrunsSyncCounts> MlrunsImport::sync(const QString &mlrunsFolder)
{
    const QFileInfo info(mlrunsFolder);
    if (!info.isDir())
        return fail(tr("%1 is not a folder. Pass the mlruns folder of an MLflow file store.").arg(shown(mlrunsFolder)));
    const QString root = info.canonicalFilePath();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    Sync sync(m_db, m_audit, m_blobs, root);
    if (auto ok = sync.run(); !ok)
        return fail(withContext(tr("Could not sync the MLflow file store %1").arg(shown(root)), ok.error()));
    const MlrunsSyncCounts &counts = sync.counts();
    const bool changed = counts.experimentsCreated || counts.runsCreated || counts.runsUpdated || counts.params
                         || counts.tags || counts.metricPoints || counts.artifacts;
    if (changed) {
        if (auto ok = m_audit.record(QStringLiteral("tracking.mlruns_sync"), QStringLiteral("mlruns"), root,
                                     countsJson(counts));
            !ok)
            return fail(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return counts;
}

} // namespace atelier
