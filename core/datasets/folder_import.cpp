// FolderImport: a folder of images (searched recursively) added as a dataset that references them in place.
#include "core/datasets/folder_import.h"

#include "core/datasets/dataset_store.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"
#include "core/tasks/task_context.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>

#include <algorithm>

namespace atelier {

namespace {

// How often listing reports the count so far.
constexpr int ListingProgressEvery = 1000;

} // namespace

QJsonObject FolderImportResult::toJson() const
{
    QJsonArray problems;
    for (const FolderImportProblem &problem : unreadable)
        problems.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("reason"), problem.reason}});
    return {{QStringLiteral("dataset_id"), qint64(datasetId)},
            {QStringLiteral("rescanned"), rescanned},
            {QStringLiteral("found"), found},
            {QStringLiteral("added"), added},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("restored"), restored},
            {QStringLiteral("unreadable"), problems}};
}

FolderImport::FolderImport(Database &db, AuditLog &audit) : m_db(db), m_audit(audit) {}

bool FolderImport::isImageFile(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                         QStringLiteral("bmp"), QStringLiteral("tif"),  QStringLiteral("tiff"),
                                         QStringLiteral("webp")};
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QStringView suffix = QStringView(fileName).mid(dot + 1);
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const QString &known) {
        return suffix.compare(known, Qt::CaseInsensitive) == 0;
    });
}

Result<QList<FolderImport::ListedFile>> FolderImport::listImages(const QString &root, TaskContext &context)
{
    QList<ListedFile> files;
    const QDir rootDir(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!isImageFile(it.fileName()))
            continue;
        const QFileInfo info = it.fileInfo();
        files.append(ListedFile{rootDir.relativeFilePath(info.filePath()), info.size(),
                                info.lastModified().toMSecsSinceEpoch()});
        if (files.size() % ListingProgressEvery == 0) {
            if (context.isCanceled())
                return fail(tr("The import of %1 was cancelled.").arg(root));
            context.setProgress(files.size(), 0, tr("Found %1 images").arg(files.size()));
        }
    }
    // Sorted, so that row ids follow the folder's order on every machine.
    std::sort(files.begin(), files.end(), [](const ListedFile &a, const ListedFile &b) { return a.path < b.path; });
    return files;
}

Status FolderImport::addNew(std::int64_t datasetId, const QString &root, const QList<ListedFile> &files,
                            TaskContext &context, FolderImportResult &result)
{
    DatasetStore store(m_db, m_audit);
    const QDir rootDir(root);
    QList<NewImage> batch;
    batch.reserve(m_batchSize);
    auto commitBatch = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        auto added = store.addImages(datasetId, batch);
        if (!added)
            return fail(added.error());
        result.added += int(batch.size());
        batch.clear();
        if (m_batchCommitted)
            m_batchCommitted(datasetId, result.added);
        return {};
    };

    for (qsizetype i = 0; i < files.size(); ++i) {
        if (context.isCanceled())
            return fail(tr("The import of %1 was cancelled.").arg(root));
        const ListedFile &file = files[i];
        QImageReader reader(rootDir.filePath(file.path));
        reader.setAutoTransform(true);
        QSize size = reader.size();
        if (!size.isValid()) {
            result.unreadable.append(FolderImportProblem{file.path, tr("the image header could not be read (%1)").arg(reader.errorString())});
            continue;
        }
        // Width and height as the image is shown, EXIF orientation applied.
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        NewImage image;
        image.path = file.path;
        image.width = size.width();
        image.height = size.height();
        image.sizeBytes = file.sizeBytes;
        image.mtimeMs = file.mtimeMs;
        batch.append(std::move(image));
        if (batch.size() >= m_batchSize) {
            if (auto ok = commitBatch(); !ok)
                return ok;
        }
        if (i % 256 == 0)
            context.setProgress(i, files.size(), tr("Reading image headers"));
    }
    if (auto ok = commitBatch(); !ok)
        return ok;
    context.setProgress(files.size(), files.size(), tr("Reading image headers"));
    return {};
}

Result<FolderImportResult> FolderImport::importFolder(const QString &folder, const QString &name, TaskContext &context)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return fail(tr("The image folder %1 does not exist. Check the path.").arg(folder));
    const QString root = info.canonicalFilePath();
    auto files = listImages(root, context);
    if (!files)
        return fail(files.error());

    auto datasetId = DatasetStore(m_db, m_audit).createDataset(name, root);
    if (!datasetId)
        return fail(withContext(tr("Could not import the folder %1").arg(folder), datasetId.error()));
    FolderImportResult result;
    result.datasetId = *datasetId;
    result.found = int(files->size());
    if (auto ok = addNew(*datasetId, root, *files, context, result); !ok) {
        // Nothing of a cancelled or failed import stays: the dataset goes with its rows.
        if (auto removed = removeDataset(*datasetId); !removed)
            return fail(removed.error());
        return fail(ok.error());
    }
    return result;
}

Result<FolderImportResult> FolderImport::importOrRescan(const QString &folder, const QString &name,
                                                        TaskContext &context)
{
    auto existing = m_db.statement("SELECT id, root_path FROM dataset WHERE name = ?");
    if (!existing)
        return fail(existing.error());
    (*existing)->bindAll(name);
    std::int64_t datasetId = 0;
    QString root;
    if (auto ok = (*existing)->forEachRow([&](const Statement &row) {
            datasetId = row.int64(0);
            root = row.text(1);
        });
        !ok)
        return fail(ok.error());
    if (datasetId == 0)
        return importFolder(folder, name, context);
    if (root != QFileInfo(folder).canonicalFilePath())
        return fail(tr("The dataset \"%1\" already exists with the images of %2. Choose another name to import %3.")
                        .arg(name, root, folder));
    return rescan(datasetId, context);
}

Result<FolderImportResult> FolderImport::rescan(std::int64_t datasetId, TaskContext &context)
{
    auto rootStatement = m_db.statement("SELECT root_path FROM dataset WHERE id = ?");
    if (!rootStatement)
        return fail(rootStatement.error());
    (*rootStatement)->bindAll(datasetId);
    QString root;
    if (auto ok = (*rootStatement)->forEachRow([&](const Statement &row) { root = row.text(0); }); !ok)
        return fail(ok.error());
    if (root.isEmpty())
        return fail(tr("There is no dataset with id %1 to rescan.").arg(datasetId));
    if (!QFileInfo(root).isDir())
        return fail(tr("The folder %1 of the dataset is gone. Move it back, or import the images from where they "
                       "are now.").arg(root));

    struct Known
    {
        std::int64_t id;
        bool missing;
    };
    QHash<QString, Known> known;
    auto rows = m_db.statement("SELECT id, path, missing FROM image WHERE dataset_id = ?");
    if (!rows)
        return fail(rows.error());
    (*rows)->bindAll(datasetId);
    if (auto ok = (*rows)->forEachRow([&](const Statement &row) {
            known.insert(row.text(1), Known{row.int64(0), row.int64(2) != 0});
        });
        !ok)
        return fail(ok.error());

    auto files = listImages(root, context);
    if (!files)
        return fail(files.error());
    QList<ListedFile> fresh;
    QList<std::int64_t> returned;
    for (const ListedFile &file : std::as_const(*files)) {
        const auto it = known.find(file.path);
        if (it == known.end()) {
            fresh.append(file);
            continue;
        }
        if (it->missing)
            returned.append(it->id);
        known.erase(it);
    }
    QList<std::int64_t> vanished;
    for (const Known &row : std::as_const(known))
        if (!row.missing)
            vanished.append(row.id);
    std::sort(vanished.begin(), vanished.end());

    // Rows added from here on have larger ids: a stopped rescan removes exactly those.
    auto lastId = m_db.queryInt("SELECT coalesce(max(id), 0) FROM image");
    if (!lastId)
        return fail(lastId.error());
    FolderImportResult result;
    result.datasetId = datasetId;
    result.rescanned = true;
    result.found = int(files->size());
    auto added = addNew(datasetId, root, fresh, context, result);
    if (added && context.isCanceled())
        added = fail(tr("The import of %1 was cancelled.").arg(root));
    if (added)
        added = markMissing(datasetId, vanished, returned, result);
    if (!added) {
        if (auto removed = removeImagesAfter(datasetId, *lastId); !removed)
            return fail(removed.error());
        return fail(added.error());
    }
    return result;
}

Status FolderImport::markMissing(std::int64_t datasetId, const QList<std::int64_t> &vanished,
                                 const QList<std::int64_t> &returned, FolderImportResult &result)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto mark = m_db.statement("UPDATE image SET missing = ? WHERE id = ?");
    if (!mark)
        return fail(mark.error());
    for (const auto &[ids, missing] : {std::pair{&vanished, 1}, std::pair{&returned, 0}}) {
        for (const std::int64_t id : *ids) {
            (*mark)->reset();
            (*mark)->bindAll(missing, id);
            if (auto ok = (*mark)->run(); !ok)
                return fail(withContext(tr("Could not mark the images of dataset %1 as missing").arg(datasetId),
                                        ok.error()));
        }
    }
    result.missing = int(vanished.size());
    result.restored = int(returned.size());
    if (auto ok = m_audit.record(QStringLiteral("dataset.rescan"), QStringLiteral("dataset"), QString::number(datasetId),
                                 {{QStringLiteral("added"), result.added},
                                  {QStringLiteral("missing"), result.missing},
                                  {QStringLiteral("restored"), result.restored}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Status FolderImport::removeDataset(std::int64_t datasetId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = m_db.execute("DELETE FROM dataset WHERE id = ?", datasetId); !ok)
        return fail(withContext(tr("Could not remove the unfinished dataset %1").arg(datasetId), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("dataset.delete"), QStringLiteral("dataset"), QString::number(datasetId),
                                 {{QStringLiteral("reason"), QStringLiteral("folder import stopped")}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

Status FolderImport::removeImagesAfter(std::int64_t datasetId, std::int64_t lastKeptId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto count = m_db.queryInt("SELECT count(*) FROM image WHERE dataset_id = ? AND id > ?", datasetId, lastKeptId);
    if (!count)
        return fail(count.error());
    if (*count == 0)
        return {};
    if (auto ok = m_db.execute("DELETE FROM image WHERE dataset_id = ? AND id > ?", datasetId, lastKeptId); !ok)
        return fail(withContext(tr("Could not remove the images added by a stopped rescan"), ok.error()));
    if (auto ok = m_audit.record(QStringLiteral("image.remove"), QStringLiteral("dataset"), QString::number(datasetId),
                                 {{QStringLiteral("images"), qint64(*count)},
                                  {QStringLiteral("reason"), QStringLiteral("rescan stopped")}});
        !ok)
        return fail(ok.error());
    return transaction->commit();
}

} // namespace atelier
