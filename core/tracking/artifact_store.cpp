// ArtifactStore: artifact rows keyed by (run, path), content in the BlobStore, folders derived from paths.
#include "core/tracking/artifact_store.h"

#include "core/project/blob_store.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/tracking_types.h"

#include <QByteArray>
#include <QJsonObject>

#include <algorithm>

namespace atelier {

namespace {

// Paths under `folder` compare, as UTF-8 bytes, between "folder/" and "folder0" ('0' follows '/').
QString folderPrefix(const QString &folder)
{
    return folder.isEmpty() ? QString() : folder + u'/';
}

QString pastFolderPrefix(const QString &folder)
{
    return folder + u'0';
}

} // namespace

ArtifactStore::ArtifactStore(Database &db, BlobStore &blobs, AuditLog &audit)
    : m_db(db)
    , m_blobs(blobs)
    , m_audit(audit)
{}

Result<QString> ArtifactStore::checkRelativePath(const QString &path, bool allowRoot)
{
    QString checked = path;
    while (checked.endsWith(u'/'))
        checked.chop(1);
    if (checked.isEmpty()) {
        if (allowRoot && path.isEmpty())
            return checked;
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("The artifact path \"%1\" names no file. Give a path relative to the "
                               "run's artifact root, such as \"plots/loss.png\".").arg(path));
    }
    if (checked.startsWith(u'/') || checked.contains(u'\\') || checked.contains(QChar(0))
        || (checked.size() >= 2 && checked.at(1) == u':'))
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("The artifact path \"%1\" is not relative or holds a backslash. Give a "
                               "'/'-separated path relative to the run's artifact root.").arg(path));
    const QStringList segments = checked.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QStringLiteral(".") || segment == QStringLiteral(".."))
            return failWithCode(TrackingError::InvalidParameterValue,
                                tr("The artifact path \"%1\" holds an empty, \".\" or \"..\" part. "
                                   "Artifact paths must stay inside the run's artifact root.").arg(path));
    }
    return checked;
}

Result<ArtifactLocation> ArtifactStore::parseProxyPath(const QString &path)
{
    const QStringList parts = path.split(u'/');
    bool numeric = false;
    const std::int64_t experimentId = parts.value(0).toLongLong(&numeric);
    if (parts.size() < 3 || !numeric || parts.at(1).isEmpty() || parts.at(2) != QStringLiteral("artifacts"))
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("The artifact path \"%1\" is not of the form <experiment id>/<run id>/"
                               "artifacts/<path>, which is where runs of this server keep their "
                               "artifacts.").arg(path));
    auto relative = checkRelativePath(parts.mid(3).join(u'/'), true);
    if (!relative)
        return fail(relative.error());
    return ArtifactLocation{experimentId, parts.at(1), *relative};
}

Result<StoredArtifact> ArtifactStore::put(std::int64_t runRowId, const QString &path, const QByteArray &content)
{
    auto checked = checkRelativePath(path, false);
    if (!checked)
        return fail(checked.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());

    auto clashes = m_db.queryInt("SELECT count(*) FROM artifact WHERE run_id = ? AND path >= ? AND path < ?",
                                 runRowId, folderPrefix(*checked), pastFolderPrefix(*checked));
    if (!clashes)
        return fail(clashes.error());
    if (*clashes > 0)
        return failWithCode(TrackingError::InvalidParameterValue,
                            tr("The artifact path \"%1\" is a folder of this run. Upload the file under "
                               "another name.").arg(*checked));
    const QStringList segments = checked->split(u'/');
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString parent = segments.mid(0, i).join(u'/');
        auto parentIsFile = m_db.queryInt("SELECT count(*) FROM artifact WHERE run_id = ? AND path = ?",
                                          runRowId, parent);
        if (!parentIsFile)
            return fail(parentIsFile.error());
        if (*parentIsFile > 0)
            return failWithCode(TrackingError::InvalidParameterValue,
                                tr("The artifact path \"%1\" runs through \"%2\", which is a file of this "
                                   "run.").arg(*checked, parent));
    }

    // The blob is written before the row: a crash between leaves an unreferenced blob, never a
    // row without content.
    auto sha = m_blobs.put(content);
    if (!sha)
        return fail(sha.error());
    const auto size = std::int64_t(content.size());
    if (auto ok = m_db.execute("INSERT INTO artifact (run_id, path, size, sha256) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (run_id, path) DO UPDATE SET size = excluded.size, "
                               "sha256 = excluded.sha256",
                               runRowId, *checked, size, *sha);
        !ok)
        return fail(withContext(tr("Could not record the artifact \"%1\"").arg(*checked), ok.error()));
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return StoredArtifact{*sha, size, m_blobs.pathOf(*sha)};
}

Result<StoredArtifact> ArtifactStore::find(std::int64_t runRowId, const QString &path)
{
    auto checked = checkRelativePath(path, false);
    if (!checked)
        return fail(checked.error());
    auto st = m_db.statement("SELECT size, sha256 FROM artifact WHERE run_id = ? AND path = ?");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(runRowId, *checked);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return failWithCode(TrackingError::ResourceDoesNotExist,
                            tr("The run has no artifact file \"%1\".").arg(*checked));
    const QString sha = (*st)->text(1);
    return StoredArtifact{sha, (*st)->int64(0), m_blobs.pathOf(sha)};
}

Result<QList<ArtifactFile>> ArtifactStore::list(std::int64_t runRowId, const QString &folder)
{
    auto checked = checkRelativePath(folder, true);
    if (!checked)
        return fail(checked.error());
    const QString prefix = folderPrefix(*checked);
    auto st = checked->isEmpty()
                  ? m_db.statement("SELECT path, size FROM artifact WHERE run_id = ? ORDER BY path")
                  : m_db.statement("SELECT path, size FROM artifact WHERE run_id = ? AND path >= ? "
                                   "AND path < ? ORDER BY path");
    if (!st)
        return fail(st.error());
    if (checked->isEmpty())
        (*st)->bindAll(runRowId);
    else
        (*st)->bindAll(runRowId, prefix, pastFolderPrefix(*checked));

    QList<ArtifactFile> entries;
    auto ok = (*st)->forEachRow([&](const Statement &row) {
        const QString path = row.text(0);
        const qsizetype slash = path.indexOf(u'/', prefix.size());
        if (slash < 0) {
            entries.append({path, false, row.int64(1)});
            return;
        }
        const QString subfolder = path.left(slash);
        if (entries.isEmpty() || entries.constLast().path != subfolder)
            entries.append({subfolder, true, 0});
    });
    if (!ok)
        return fail(ok.error());
    std::sort(entries.begin(), entries.end(),
              [](const ArtifactFile &a, const ArtifactFile &b) { return a.path < b.path; });
    return entries;
}

Status ArtifactStore::remove(std::int64_t runRowId, const QString &path)
{
    auto checked = checkRelativePath(path, false);
    if (!checked)
        return fail(checked.error());
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("DELETE FROM artifact WHERE run_id = ? AND (path = ? OR (path >= ? AND path < ?))",
                               runRowId, *checked, folderPrefix(*checked), pastFolderPrefix(*checked));
        !ok)
        return fail(withContext(tr("Could not delete the artifact \"%1\"").arg(*checked), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("artifact.delete"), QStringLiteral("run"),
                                 QString::number(runRowId), {{QStringLiteral("path"), *checked}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

} // namespace atelier
