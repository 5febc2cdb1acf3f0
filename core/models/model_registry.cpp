// ModelRegistry: model, model_version, model_version_stage and model_alias rows, each change with its audit row.
#include "core/models/model_registry.h"

#include "core/models/model_catalog.h"
#include "core/models/model_packager.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/tracking_types.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace atelier {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status checkModelName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return failWithCode(TrackingError::InvalidParameterValue,
                            ModelRegistry::tr("A registered model needs a name. Give one, such as \"detector\"."));
    return {};
}

Status checkAlias(const QString &alias)
{
    static const QRegularExpression VersionLike(QStringLiteral("^v\\d+$"), QRegularExpression::CaseInsensitiveOption);
    if (alias.isEmpty() || alias.size() > 255)
        return failWithCode(TrackingError::InvalidParameterValue,
                            ModelRegistry::tr("An alias needs a name of 1 to 255 characters, such as \"champion\"."));
    if (alias.compare(QStringLiteral("latest"), Qt::CaseInsensitive) == 0)
        return failWithCode(TrackingError::InvalidParameterValue,
                            ModelRegistry::tr("'latest' alias name (case insensitive) is reserved: it always names "
                                              "the newest version. Choose another alias."));
    if (VersionLike.match(alias).hasMatch())
        return failWithCode(TrackingError::InvalidParameterValue,
                            ModelRegistry::tr("Version alias name '%1' is reserved: aliases of the form v<number> "
                                              "would be mistaken for versions. Choose another alias.").arg(alias));
    return {};
}

} // namespace

ModelRegistry::ModelRegistry(Database &db, BlobStore &blobs, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
    , m_catalog(std::make_unique<ModelCatalog>(db))
    , m_packager(std::make_unique<ModelPackager>(blobs))
{}

ModelRegistry::~ModelRegistry() = default;

// Models --------------------------------------------------------------------------------------

Result<ModelRecord> ModelRegistry::createModel(const QString &name, const QString &description)
{
    if (auto ok = checkModelName(name); !ok)
        return fail(ok.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto exists = m_db.queryInt("SELECT count(*) FROM model WHERE name = ?", name);
    if (!exists)
        return fail(exists.error());
    if (*exists > 0)
        return failWithCode(TrackingError::ResourceAlreadyExists,
                            tr("Registered Model (name=%1) already exists. Register a new version of it, or "
                               "choose another name.").arg(name));
    const QString at = now();
    if (auto ok = m_db.execute("INSERT INTO model(name, description, created_at, updated_at) VALUES (?, ?, ?, ?)",
                               name, description, at, at);
        !ok)
        return fail(withContext(tr("Could not create the registered model \"%1\"").arg(name), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    if (auto ok = m_audit.record(QStringLiteral("model.create"), QStringLiteral("model"), QString::number(id),
                                 {{QStringLiteral("name"), name}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return m_catalog->model(name);
}

Result<ModelRecord> ModelRegistry::setModelDescription(const QString &name, const QString &description)
{
    auto found = m_catalog->model(name);
    if (!found)
        return fail(found.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("UPDATE model SET description = ?, updated_at = ? WHERE id = ?", description, now(),
                               found->id);
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("model.update"), QStringLiteral("model"), QString::number(found->id),
                                 {{QStringLiteral("description"), description}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return m_catalog->model(name);
}

Status ModelRegistry::deleteModel(const QString &name)
{
    auto found = m_catalog->model(name);
    if (!found)
        return fail(found.error());
    auto deployed = m_db.queryInt(
        "SELECT (SELECT count(*) FROM deployment d JOIN model_version v ON v.id = d.model_version_id "
        "WHERE v.model_id = ?1) + (SELECT count(*) FROM deployment_route d JOIN model_version v "
        "ON v.id = d.model_version_id WHERE v.model_id = ?1)",
        found->id);
    if (!deployed)
        return fail(deployed.error());
    if (*deployed > 0)
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("The registered model \"%1\" has deployed versions. Remove its deployments "
                               "first, then delete the model.").arg(name));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("DELETE FROM model WHERE id = ?", found->id); !ok)
        return fail(withContext(tr("Could not delete the registered model \"%1\"").arg(name), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("model.delete"), QStringLiteral("model"), QString::number(found->id),
                                 {{QStringLiteral("name"), name}, {QStringLiteral("versions"), qint64(found->versionCount)}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

// Registration --------------------------------------------------------------------------------

Result<ModelPackage> ModelRegistry::packageOfArtifact(std::int64_t runRowId, const QString &artifactPath)
{
    auto checked = ArtifactStore::checkRelativePath(artifactPath, false);
    if (!checked)
        return fail(checked.error());
    const QString name = checked->mid(checked->lastIndexOf(u'/') + 1);
    auto file = m_db.statement("SELECT size, sha256 FROM artifact WHERE run_id = ? AND path = ?");
    if (!file)
        return fail(file.error());
    (*file)->bindAll(runRowId, *checked);
    auto row = (*file)->step();
    if (!row)
        return fail(row.error());
    if (*row)
        return m_packager->fromBlobs(name, ModelContent::File, {{name, (*file)->text(1), (*file)->int64(0)}});

    // Not a file: the files under the folder of that name ("model/" < path < "model0").
    auto folder = m_db.statement("SELECT path, size, sha256 FROM artifact WHERE run_id = ? AND path > ? AND path < ? "
                                 "ORDER BY path");
    if (!folder)
        return fail(folder.error());
    (*folder)->bindAll(runRowId, *checked + u'/', *checked + u'0');
    QList<PackageFile> files;
    auto ok = (*folder)->forEachRow([&](const Statement &r) {
        files.append({r.text(0).mid(checked->size() + 1), r.text(2), r.int64(1)});
    });
    if (!ok)
        return fail(ok.error());
    if (files.isEmpty())
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("The run has no artifact file or folder \"%1\". List the run's artifacts and give "
                               "one of their paths, such as \"model\" or \"model/model.onnx\".").arg(*checked));
    return m_packager->fromBlobs(name, ModelContent::Folder, files);
}

Result<ModelVersionRecord> ModelRegistry::registerFromRun(const QString &modelName, std::int64_t runRowId,
                                                          const QString &artifactPath, const QString &description)
{
    if (auto ok = checkModelName(modelName); !ok)
        return fail(ok.error());
    auto runExists = m_db.queryInt("SELECT count(*) FROM run WHERE id = ?", runRowId);
    if (!runExists)
        return fail(runExists.error());
    if (*runExists == 0)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("There is no run %1 in this project to register a model from.").arg(runRowId));
    auto package = packageOfArtifact(runRowId, artifactPath);
    if (!package)
        return fail(withContext(tr("Could not register \"%1\" as a version of %2").arg(artifactPath, modelName),
                                package.error()));
    return insertVersion(modelName, *package, runRowId, artifactPath, description);
}

Result<ModelVersionRecord> ModelRegistry::registerLocal(const QString &modelName, const QString &path,
                                                        const QString &description)
{
    if (auto ok = checkModelName(modelName); !ok)
        return fail(ok.error());
    auto package = m_packager->fromLocalPath(path);
    if (!package)
        return fail(withContext(tr("Could not register %1 as a version of %2").arg(path, modelName), package.error()));
    return insertVersion(modelName, *package, std::nullopt, QFileInfo(path).absoluteFilePath(), description);
}

Result<std::int64_t> ModelRegistry::modelIdCreatingIfNeeded(const QString &name, const QString &at)
{
    auto existing = m_db.statement("SELECT id FROM model WHERE name = ?");
    if (!existing)
        return fail(existing.error());
    (*existing)->bindAll(name);
    auto row = (*existing)->step();
    if (!row)
        return fail(row.error());
    if (*row)
        return (*existing)->int64(0);
    if (auto ok = m_db.execute("INSERT INTO model(name, created_at, updated_at) VALUES (?, ?, ?)", name, at, at); !ok)
        return fail(ok.error());
    const std::int64_t id = m_db.lastInsertId();
    if (auto ok = m_audit.record(QStringLiteral("model.create"), QStringLiteral("model"), QString::number(id),
                                 {{QStringLiteral("name"), name}});
        !ok)
        return fail(ok.error());
    return id;
}

Result<ModelVersionRecord> ModelRegistry::insertVersion(const QString &modelName, const ModelPackage &package,
                                                        std::optional<std::int64_t> runRowId,
                                                        const QString &sourcePath, const QString &description)
{
    QJsonObject metrics;
    if (runRowId) {
        auto st = m_db.statement("SELECT key, last_value FROM metric_series WHERE run_id = ? AND system = 0 ORDER BY key");
        if (!st)
            return fail(st.error());
        (*st)->bindAll(*runRowId);
        auto ok = (*st)->forEachRow([&](const Statement &row) {
            metrics.insert(row.text(0), row.isNull(1) ? QJsonValue() : QJsonValue(row.real(1)));
        });
        if (!ok)
            return fail(ok.error());
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString at = now();
    auto modelId = modelIdCreatingIfNeeded(modelName, at);
    if (!modelId)
        return fail(withContext(tr("Could not create the registered model \"%1\"").arg(modelName), modelId.error()));
    auto number = m_db.queryInt("SELECT coalesce(max(version), 0) + 1 FROM model_version WHERE model_id = ?", *modelId);
    if (!number)
        return fail(number.error());
    if (auto ok = m_db.execute(
            "INSERT INTO model_version(model_id, version, run_id, source_path, sha256, size, stage, created_at, "
            "framework, signature, metrics, description, updated_at, content) "
            "VALUES (?, ?, ?, ?, ?, ?, 'none', ?, ?, ?, ?, ?, ?, ?)",
            *modelId, *number, runRowId, sourcePath, package.sha256, package.size, at, package.framework,
            compactJson(package.signature), compactJson(metrics), description, at,
            package.content == ModelContent::Folder ? "folder" : "file");
        !ok)
        return fail(withContext(tr("Could not record version %1 of \"%2\"").arg(*number).arg(modelName), ok.error()));
    const std::int64_t versionId = m_db.lastInsertId();
    if (auto ok = recordStage(versionId, ModelStage::None, at, tr("registered")); !ok)
        return fail(ok.error());
    if (auto ok = m_db.execute("UPDATE model SET updated_at = ? WHERE id = ?", at, *modelId); !ok)
        return fail(ok.error());
    QJsonObject detail{{QStringLiteral("model"), modelName}, {QStringLiteral("version"), qint64(*number)},
                       {QStringLiteral("sha256"), package.sha256}, {QStringLiteral("source"), sourcePath}};
    if (runRowId)
        detail.insert(QStringLiteral("run"), qint64(*runRowId));
    if (auto ok = m_audit.record(QStringLiteral("model_version.create"), QStringLiteral("model_version"),
                                 QString::number(versionId), detail);
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return m_catalog->versionById(versionId);
}

// Versions ------------------------------------------------------------------------------------

Result<ModelVersionRecord> ModelRegistry::setVersionDescription(const QString &modelName, std::int64_t number,
                                                                const QString &description)
{
    auto found = m_catalog->version(modelName, number);
    if (!found)
        return fail(found.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("UPDATE model_version SET description = ?, updated_at = ? WHERE id = ?", description,
                               now(), found->id);
        !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("model_version.update"), QStringLiteral("model_version"),
                                 QString::number(found->id), {{QStringLiteral("description"), description}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return m_catalog->versionById(found->id);
}

// Stages and aliases --------------------------------------------------------------------------

Status ModelRegistry::recordStage(std::int64_t versionId, ModelStage stage, const QString &at, const QString &comment)
{
    return m_db.execute("INSERT INTO model_version_stage(model_version_id, stage, at, actor, comment) "
                        "VALUES (?, ?, ?, ?, ?)",
                        versionId, modelStageName(stage), at, m_audit.actor(), comment);
}

Result<ModelVersionRecord> ModelRegistry::transitionStage(const QString &modelName, std::int64_t number,
                                                          ModelStage stage, bool archiveExisting, const QString &comment)
{
    auto found = m_catalog->version(modelName, number);
    if (!found)
        return fail(found.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const QString at = now();
    QJsonArray archived;
    if (archiveExisting && (stage == ModelStage::Staging || stage == ModelStage::Production)) {
        auto others = m_db.statement("SELECT id, version FROM model_version WHERE model_id = ? AND stage = ? AND id <> ? "
                                     "ORDER BY version");
        if (!others)
            return fail(others.error());
        (*others)->bindAll(found->modelId, modelStageName(stage), found->id);
        QList<std::int64_t> ids;
        auto ok = (*others)->forEachRow([&](const Statement &row) {
            ids.append(row.int64(0));
            archived.append(qint64(row.int64(1)));
        });
        if (!ok)
            return fail(ok.error());
        for (std::int64_t id : std::as_const(ids)) {
            if (auto moved = m_db.execute("UPDATE model_version SET stage = 'archived', updated_at = ? WHERE id = ?", at, id);
                !moved)
                return fail(moved.error());
            if (auto history = recordStage(id, ModelStage::Archived, at,
                                           tr("archived as version %1 moved to %2").arg(number).arg(modelStageName(stage)));
                !history)
                return fail(history.error());
        }
    }
    if (auto ok = m_db.execute("UPDATE model_version SET stage = ?, updated_at = ? WHERE id = ?", modelStageName(stage),
                               at, found->id);
        !ok)
        return fail(withContext(tr("Could not move version %1 of \"%2\" to %3").arg(number).arg(modelName,
                                                                                       modelStageName(stage)),
                                ok.error()));
    if (auto ok = recordStage(found->id, stage, at, comment); !ok)
        return fail(ok.error());
    if (auto ok = m_db.execute("UPDATE model SET updated_at = ? WHERE id = ?", at, found->modelId); !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("model_version.stage"), QStringLiteral("model_version"),
                                 QString::number(found->id),
                                 {{QStringLiteral("model"), modelName}, {QStringLiteral("version"), qint64(number)},
                                  {QStringLiteral("from"), modelStageName(found->stage)},
                                  {QStringLiteral("to"), modelStageName(stage)},
                                  {QStringLiteral("archived"), archived}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return m_catalog->versionById(found->id);
}

Status ModelRegistry::setAlias(const QString &modelName, const QString &alias, std::int64_t number)
{
    if (auto ok = checkAlias(alias); !ok)
        return fail(ok.error());
    auto found = m_catalog->version(modelName, number);
    if (!found)
        return fail(found.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("INSERT INTO model_alias(model_id, alias, model_version_id) VALUES (?, ?, ?) "
                               "ON CONFLICT (model_id, alias) DO UPDATE SET model_version_id = excluded.model_version_id",
                               found->modelId, alias, found->id);
        !ok)
        return fail(withContext(tr("Could not set the alias \"%1\" of \"%2\"").arg(alias, modelName), ok.error()));
    if (auto ok = m_db.execute("UPDATE model SET updated_at = ? WHERE id = ?", now(), found->modelId); !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("model.alias.set"), QStringLiteral("model"),
                                 QString::number(found->modelId),
                                 {{QStringLiteral("alias"), alias}, {QStringLiteral("version"), qint64(number)}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Status ModelRegistry::deleteAlias(const QString &modelName, const QString &alias)
{
    auto found = m_catalog->model(modelName);
    if (!found)
        return fail(found.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("DELETE FROM model_alias WHERE model_id = ? AND alias = ?", found->id, alias); !ok)
        return fail(ok.error());
    auto changed = m_db.queryInt("SELECT changes()");
    if (!changed)
        return fail(changed.error());
    if (*changed == 0)
        return {};
    if (auto ok = m_db.execute("UPDATE model SET updated_at = ? WHERE id = ?", now(), found->id); !ok)
        return fail(ok.error());
    if (auto ok = m_audit.record(QStringLiteral("model.alias.delete"), QStringLiteral("model"),
                                 QString::number(found->id), {{QStringLiteral("alias"), alias}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Result<QString> ModelRegistry::exportVersion(const ModelVersionRecord &version, const QString &folder)
{
    const QString name = version.sourcePath.mid(version.sourcePath.lastIndexOf(u'/') + 1);
    return m_packager->exportTo(version.content, version.sha256, name, folder);
}

} // namespace atelier
