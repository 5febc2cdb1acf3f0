// ModelCatalog: SELECTs over model, model_version, model_version_stage and model_alias.
#include "core/models/model_catalog.h"

#include "core/store/database.h"
#include "core/tracking/tracking_types.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace atelier {

namespace {

constexpr const char *SelectVersion =
    "SELECT v.id, v.model_id, m.name, v.version, v.run_id, coalesce(r.uuid, ''), coalesce(r.artifact_uri, ''), "
    "v.source_path, v.content, v.sha256, v.size, v.stage, v.framework, v.signature, v.metrics, v.description, "
    "coalesce((SELECT s.actor FROM model_version_stage s WHERE s.model_version_id = v.id ORDER BY s.id LIMIT 1), ''), "
    "v.created_at, coalesce(v.updated_at, v.created_at), "
    "coalesce((SELECT group_concat(alias, char(10)) FROM (SELECT a.alias FROM model_alias a "
    "WHERE a.model_version_id = v.id ORDER BY a.alias)), '') "
    "FROM model_version v JOIN model m ON m.id = v.model_id LEFT JOIN run r ON r.id = v.run_id ";

ModelVersionRecord versionFrom(const Statement &row)
{
    ModelVersionRecord record;
    record.id = row.int64(0);
    record.modelId = row.int64(1);
    record.modelName = row.text(2);
    record.version = row.int64(3);
    if (!row.isNull(4))
        record.runRowId = row.int64(4);
    record.runUuid = row.text(5);
    record.runArtifactUri = row.text(6);
    record.sourcePath = row.text(7);
    record.content = row.text(8) == QStringLiteral("folder") ? ModelContent::Folder : ModelContent::File;
    record.sha256 = row.text(9);
    record.size = row.int64(10);
    record.stage = modelStageFromName(row.text(11)).value_or(ModelStage::None);
    record.framework = row.text(12);
    record.signature = QJsonDocument::fromJson(row.text(13).toUtf8()).object();
    record.metrics = QJsonDocument::fromJson(row.text(14).toUtf8()).object();
    record.description = row.text(15);
    record.createdBy = row.text(16);
    record.createdAt = row.text(17);
    record.updatedAt = row.text(18);
    record.aliases = row.text(19).split(u'\n', Qt::SkipEmptyParts);
    return record;
}

template<typename... Args>
Result<QList<ModelVersionRecord>> selectVersions(Database &db, const char *where, const Args &...args)
{
    auto st = db.statement((QByteArray(SelectVersion) + where).toStdString());
    if (!st)
        return fail(st.error());
    if constexpr (sizeof...(Args) > 0)
        (*st)->bindAll(args...);
    QList<ModelVersionRecord> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { list.append(versionFrom(row)); }); !ok)
        return fail(ok.error());
    return list;
}

Error modelNotFound(const QString &name)
{
    return {ModelCatalog::tr("Registered Model with name=%1 not found. \"atelier model list DIR\" shows the "
                              "registered models.").arg(name),
            {}, TrackingError::ResourceDoesNotExist};
}

Error versionNotFound(const QString &name, std::int64_t version)
{
    return {ModelCatalog::tr("Model Version (name=%1, version=%2) not found.").arg(name).arg(version), {},
            TrackingError::ResourceDoesNotExist};
}

} // namespace

bool ModelCatalog::likeMatches(const QString &pattern, const QString &text, bool caseInsensitive)
{
    QString expression;
    for (QChar c : pattern)
        expression += c == u'%' ? QStringLiteral(".*") : c == u'_' ? QStringLiteral(".")
                                                                     : QRegularExpression::escape(QString(c));
    const QRegularExpression regex(QRegularExpression::anchoredPattern(expression),
                                   caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                   : QRegularExpression::NoPatternOption);
    return regex.match(text).hasMatch();
}

ModelCatalog::ModelCatalog(Database &db)
    : m_db(db)
{}

Result<QList<ModelRecord>> ModelCatalog::selectModels(const std::optional<QString> &name)
{
    auto st = m_db.statement(
        "SELECT m.id, m.name, m.description, m.created_at, coalesce(m.updated_at, m.created_at), "
        "(SELECT count(*) FROM model_version v WHERE v.model_id = m.id), "
        "(SELECT coalesce(max(v.version), 0) FROM model_version v WHERE v.model_id = m.id) "
        "FROM model m WHERE ?1 IS NULL OR m.name = ?1 ORDER BY m.name");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(name);
    QList<ModelRecord> list;
    auto ok = (*st)->forEachRow([&](const Statement &row) {
        list.append({row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), row.int64(5), row.int64(6), {}});
    });
    if (!ok)
        return fail(ok.error());
    auto aliases = m_db.statement("SELECT a.alias, v.version FROM model_alias a JOIN model_version v "
                                  "ON v.id = a.model_version_id WHERE a.model_id = ? ORDER BY a.alias");
    if (!aliases)
        return fail(aliases.error());
    for (ModelRecord &model : list) {
        (*aliases)->reset();
        (*aliases)->bindAll(model.id);
        auto read = (*aliases)->forEachRow([&](const Statement &row) {
            model.aliases.append({row.text(0), row.int64(1)});
        });
        if (!read)
            return fail(read.error());
    }
    return list;
}

Result<ModelRecord> ModelCatalog::model(const QString &name)
{
    auto found = selectModels(name);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(modelNotFound(name));
    return found->constFirst();
}

Result<QList<ModelRecord>> ModelCatalog::models(const QString &namePattern, bool caseInsensitive)
{
    auto all = selectModels(std::nullopt);
    if (!all || namePattern.isEmpty())
        return all;
    QList<ModelRecord> kept;
    for (const ModelRecord &model : std::as_const(*all)) {
        if (likeMatches(namePattern, model.name, caseInsensitive))
            kept.append(model);
    }
    return kept;
}

Result<ModelVersionRecord> ModelCatalog::version(const QString &modelName, std::int64_t number)
{
    auto found = selectVersions(m_db, "WHERE m.name = ? AND v.version = ?", modelName, number);
    if (!found)
        return fail(found.error());
    if (found->isEmpty()) {
        if (auto exists = model(modelName); !exists)
            return fail(exists.error());
        return fail(versionNotFound(modelName, number));
    }
    return found->constFirst();
}

Result<ModelVersionRecord> ModelCatalog::versionById(std::int64_t id)
{
    auto found = selectVersions(m_db, "WHERE v.id = ?", id);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("There is no model version with id %1 in this project.").arg(id));
    return found->constFirst();
}

Result<QList<ModelVersionRecord>> ModelCatalog::versions(const ModelVersionFilter &filter)
{
    auto all = filter.modelName.isEmpty()
                   ? selectVersions(m_db, "ORDER BY m.name, v.version DESC")
                   : selectVersions(m_db, "WHERE m.name = ? ORDER BY v.version DESC", filter.modelName);
    if (!all)
        return fail(all.error());
    QList<ModelVersionRecord> kept;
    for (const ModelVersionRecord &record : std::as_const(*all)) {
        if (!filter.namePattern.isEmpty()
            && !likeMatches(filter.namePattern, record.modelName, filter.caseInsensitivePattern))
            continue;
        if (!filter.runUuids.isEmpty() && !filter.runUuids.contains(record.runUuid))
            continue;
        kept.append(record);
    }
    return kept;
}

Result<QList<ModelVersionRecord>> ModelCatalog::latestVersions(const QString &modelName,
                                                                const QList<ModelStage> &stages)
{
    if (auto exists = model(modelName); !exists)
        return fail(exists.error());
    auto all = versions({modelName, {}, false, {}});
    if (!all)
        return fail(all.error());
    QList<ModelVersionRecord> latest;
    for (ModelStage stage : stages.isEmpty() ? allModelStages() : stages) {
        // Newest first, so the first of a stage is its latest.
        auto it = std::find_if(all->cbegin(), all->cend(), [&](const ModelVersionRecord &r) { return r.stage == stage; });
        if (it != all->cend())
            latest.append(*it);
    }
    return latest;
}

Result<QList<StageChange>> ModelCatalog::stageHistory(const QString &modelName, std::int64_t number)
{
    auto found = version(modelName, number);
    if (!found)
        return fail(found.error());
    auto st = m_db.statement("SELECT stage, at, actor, comment FROM model_version_stage WHERE model_version_id = ? "
                             "ORDER BY id");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(found->id);
    QList<StageChange> history;
    auto ok = (*st)->forEachRow([&](const Statement &row) {
        history.append({modelStageFromName(row.text(0)).value_or(ModelStage::None), row.text(1), row.text(2), row.text(3)});
    });
    if (!ok)
        return fail(ok.error());
    return history;
}

Result<ModelVersionRecord> ModelCatalog::versionByAlias(const QString &modelName, const QString &alias)
{
    auto found = selectVersions(m_db, "WHERE m.name = ? AND v.id = (SELECT a.model_version_id FROM model_alias a "
                                      "WHERE a.model_id = m.id AND a.alias = ?)",
                                modelName, alias);
    if (!found)
        return fail(found.error());
    if (!found->isEmpty())
        return found->constFirst();
    if (auto exists = model(modelName); !exists)
        return fail(exists.error());
    return failWithCode(TrackingError::ResourceDoesNotExist,
                        tr("Registered model alias %1 not found.").arg(alias));
}

Result<std::int64_t> ModelCatalog::findRun(const QString &runIdOrRowId)
{
    auto byUuid = m_db.statement("SELECT id FROM run WHERE uuid = ?");
    if (!byUuid)
        return fail(byUuid.error());
    (*byUuid)->bindAll(runIdOrRowId);
    auto row = (*byUuid)->step();
    if (!row)
        return fail(row.error());
    if (*row)
        return (*byUuid)->int64(0);
    bool numeric = false;
    const qlonglong rowId = runIdOrRowId.toLongLong(&numeric);
    auto exists = numeric ? m_db.queryInt("SELECT count(*) FROM run WHERE id = ?", std::int64_t(rowId))
                          : Result<std::int64_t>(0);
    if (!exists)
        return fail(exists.error());
    if (*exists == 0)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("There is no run \"%1\" in this project. Give the MLflow run id (32 hex digits) "
                               "or the run's number.").arg(runIdOrRowId));
    return std::int64_t(rowId);
}


} // namespace atelier
