// ArtifactStore: a run's artifact files, kept content-addressed in the project's blobs/ with one row each.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

class QByteArray;

namespace atelier {

class AuditLog;
class BlobStore;
class Database;

// One entry of a listing: a file, or a folder that some file path passes through. `path` is
// relative to the run's artifact root ("plots/loss.png"); folders have no size.
struct ArtifactFile
{
    QString path;
    bool isDir = false;
    std::int64_t size = 0;
};

// A stored file: its content hash, size and where the blob lies.
struct StoredArtifact
{
    QString sha256;
    std::int64_t size = 0;
    QString blobPath;
};

// What an mlflow-artifacts path ("<experiment id>/<run id>/artifacts/<relative path>") names.
struct ArtifactLocation
{
    std::int64_t experimentId = 0;
    QString runId;
    QString relativePath; // empty: the run's artifact root
};

// Paths are run-relative, '/'-separated, and never leave the run: "..", ".", empty segments,
// absolute paths, backslashes and NUL are refused with INVALID_PARAMETER_VALUE. Folders are not
// stored; they exist while a file path passes through them. Content goes to the BlobStore, so
// equal files are stored once; removing an artifact leaves its blob for a later clean-up.
class ArtifactStore
{
    Q_DECLARE_TR_FUNCTIONS(ArtifactStore)

public:
    ArtifactStore(Database &db, BlobStore &blobs, AuditLog &audit);

    // `path` checked and without a trailing '/'; an empty path (the root) only when `allowRoot`.
    [[nodiscard]] static Result<QString> checkRelativePath(const QString &path, bool allowRoot);
    // Splits an mlflow-artifacts path; fails with INVALID_PARAMETER_VALUE on any other shape.
    [[nodiscard]] static Result<ArtifactLocation> parseProxyPath(const QString &path);

    // Stores `content` at `path` of run `runRowId`, replacing a file already there. A path that is
    // a folder, or that runs through a file, is refused.
    [[nodiscard]] Result<StoredArtifact> put(std::int64_t runRowId, const QString &path, const QByteArray &content);
    // RESOURCE_DOES_NOT_EXIST when no file is at `path`.
    [[nodiscard]] Result<StoredArtifact> find(std::int64_t runRowId, const QString &path);
    // The files and folders directly inside `folder` (empty: the root), sorted by path; empty
    // when `folder` holds nothing or is a file.
    [[nodiscard]] Result<QList<ArtifactFile>> list(std::int64_t runRowId, const QString &folder);
    // Removes the file at `path`, or every file under the folder `path`; nothing there is fine.
    [[nodiscard]] Status remove(std::int64_t runRowId, const QString &path);

private:
    Database &m_db;
    BlobStore &m_blobs;
    AuditLog &m_audit;
};

} // namespace atelier
