// CodeSync: uploads a local code folder to a remote folder over SSH, sending only files changed since the last upload.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace atelier {

class SshConnection;
class TaskContext;

// What one sync did.
struct CodeSyncReport
{
    int filesScanned = 0;
    QStringList uploaded; // relative paths, sorted
    QStringList removed;  // uploaded before, gone (or ignored) locally now: removed remotely
    std::int64_t bytesUploaded = 0;
};

// Files matched by .gitignore or .atelierignore (in any folder) and the .git folder are left out.
// A file is sent when its size or mtime differ from the manifest of the last upload and its SHA-256
// differs too; a touched but unchanged file is not sent again. The changed files travel as one tar
// stream into `tar -x` on an exec channel, so that the transfer is not one round trip per file.
// The manifest (a JSON file kept by the caller, one per target and remote folder) is written only
// after the remote tar succeeded. Files the manifest lists that are gone locally are removed on the
// remote side, so that the remote folder holds what the local one holds (and a module deleted
// locally cannot be imported there); files that Atelier never uploaded are left alone.
class CodeSync
{
    Q_DECLARE_TR_FUNCTIONS(CodeSync)

public:
    struct FileState
    {
        std::int64_t size = 0;
        std::int64_t mtimeMs = 0;
        QString sha256;
        bool executable = false;
    };

    CodeSync(QString localFolder, QString remoteFolder, QString manifestFile);

    // The files to upload now and the state of every file, without sending anything.
    [[nodiscard]] Result<QStringList> changedFiles(TaskContext *context = nullptr);
    [[nodiscard]] Result<CodeSyncReport> upload(SshConnection &connection, TaskContext *context = nullptr);

private:
    [[nodiscard]] static Result<QString> sha256Of(const QString &path);
    [[nodiscard]] Result<QHash<QString, FileState>> scan(TaskContext *context);
    [[nodiscard]] QHash<QString, FileState> readManifest() const;
    [[nodiscard]] Status writeManifest(const QHash<QString, FileState> &files) const;
    [[nodiscard]] Status sendFiles(SshConnection &connection, const QStringList &paths, CodeSyncReport &report,
                                   TaskContext *context);
    [[nodiscard]] Status removeFiles(SshConnection &connection, const QStringList &paths);

    QString m_localFolder;
    QString m_remoteFolder;
    QString m_manifestFile;
    QHash<QString, FileState> m_current;  // from the last scan
    QHash<QString, FileState> m_previous; // the manifest, as the last scan read it
};

} // namespace atelier
