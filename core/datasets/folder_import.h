// FolderImport: a folder of images (searched recursively) added as a dataset that references them in place.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace atelier {

class AuditLog;
class Database;
class TaskContext;

// A file that looked like an image by its name but whose header could not be read.
struct FolderImportProblem
{
    QString path; // relative to the folder
    QString reason;
};

struct FolderImportResult
{
    std::int64_t datasetId = 0;
    int found = 0;    // image files under the folder
    int added = 0;    // new image rows
    int missing = 0;  // rows whose file vanished, now marked missing (rescan)
    int restored = 0; // rows marked missing whose file is back (rescan)
    bool rescanned = false;
    QList<FolderImportProblem> unreadable;

    // {"dataset_id", "rescanned", "found", "added", "missing", "restored", "unreadable": [{"path", "reason"}]}
    QJsonObject toJson() const;
};

// Images are listed first (progress: files found so far), then their headers are read for the
// size (no decode) and they are inserted in batches, one transaction and audit row each, so that
// a view can show them as they come (batchCommitted). Unreadable files are reported, not fatal.
// Cancelling removes what the run added: the dataset for an import, the new rows for a rescan.
class FolderImport
{
    Q_DECLARE_TR_FUNCTIONS(FolderImport)

public:
    // Called after each committed batch with the number of images added so far.
    using BatchCommitted = std::function<void(std::int64_t datasetId, int addedSoFar)>;

    static constexpr int DefaultBatchSize = 2000;

    FolderImport(Database &db, AuditLog &audit);

    // jpg, jpeg, png, bmp, tif, tiff, webp, in any case.
    static bool isImageFile(const QString &fileName);

    void setBatchSize(int images) { m_batchSize = std::max(1, images); }
    void onBatchCommitted(BatchCommitted callback) { m_batchCommitted = std::move(callback); }

    // Creates the dataset `name` (its root: `folder`, absolute) and adds every image under it.
    [[nodiscard]] Result<FolderImportResult> importFolder(const QString &folder, const QString &name,
                                                          TaskContext &context);
    // importFolder() for a new name; for the name of a dataset made from the same folder, rescan().
    [[nodiscard]] Result<FolderImportResult> importOrRescan(const QString &folder, const QString &name,
                                                            TaskContext &context);
    // Lists the dataset's root again: adds new images, marks rows whose file vanished as
    // missing and clears the mark of those that came back.
    [[nodiscard]] Result<FolderImportResult> rescan(std::int64_t datasetId, TaskContext &context);

private:
    struct ListedFile
    {
        QString path; // relative to the root
        std::int64_t sizeBytes = 0;
        std::int64_t mtimeMs = 0;
    };

    [[nodiscard]] Result<QList<ListedFile>> listImages(const QString &root, TaskContext &context);
    [[nodiscard]] Status addNew(std::int64_t datasetId, const QString &root, const QList<ListedFile> &files,
                                TaskContext &context, FolderImportResult &result);
    [[nodiscard]] Status markMissing(std::int64_t datasetId, const QList<std::int64_t> &vanished,
                                     const QList<std::int64_t> &returned, FolderImportResult &result);
    [[nodiscard]] Status removeDataset(std::int64_t datasetId);
    [[nodiscard]] Status removeImagesAfter(std::int64_t datasetId, std::int64_t lastKeptId);

    Database &m_db;
    AuditLog &m_audit;
    int m_batchSize = DefaultBatchSize;
    BatchCommitted m_batchCommitted;
};

} // namespace atelier
