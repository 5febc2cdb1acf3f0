// CodeSync: uploads a local code folder to a remote folder over SSH, sending only files changed since the last upload.
#include "core/compute/ssh/code_sync.h"

#include "core/compute/ssh/ignore_rules.h"
#include "core/compute/ssh/ssh_connection.h"
#include "core/compute/ssh/tar_stream.h"
#include "core/project/sha256.h"
#include "core/tasks/task_context.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace atelier {

namespace {

const QStringList IgnoreFiles = {QStringLiteral(".gitignore"), QStringLiteral(".atelierignore")};

// Reads the files into a tar stream on a thread of its own while the connection sends what is
// ready, so that the disk and the network work at the same time; at most MaxQueued bytes wait
// between the two. A file is read in pieces, so its size does not matter.
class TarProducer
{
public:
    static constexpr qsizetype Piece = 1 << 20;
    static constexpr qsizetype MaxQueued = 16 << 20;

    TarProducer(QString folder, QStringList paths, QHash<QString, CodeSync::FileState> states, TaskContext *context)
        : m_folder(std::move(folder))
        , m_paths(std::move(paths))
        , m_states(std::move(states))
        , m_context(context)
        , m_thread([this] { produce(); })
    {}

    ~TarProducer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    // The next piece of the archive; empty after the last.
    Result<QByteArray> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return m_error ? Result<QByteArray>(std::unexpected(*m_error)) : QByteArray();
        QByteArray piece = std::move(m_queue.front());
        m_queue.pop_front();
        m_queued -= piece.size();
        m_changed.notify_all();
        return piece;
    }

    std::int64_t contentBytes() const { return m_contentBytes; }

private:
    void produce()
    {
        TarStream tar;
        Status status = addFiles(tar);
        if (status) {
            tar.finish();
            push(tar.takeData());
        }
        const std::lock_guard lock(m_mutex);
        if (!status)
            m_error = status.error();
        m_finished = true;
        m_changed.notify_all();
    }

    Status addFiles(TarStream &tar)
    {
        for (const QString &path : std::as_const(m_paths)) {
            if (m_context && m_context->isCanceled())
                return fail(CodeSync::tr("The upload of %1 was cancelled.").arg(m_folder));
            QFile file(m_folder + QLatin1Char('/') + path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(CodeSync::tr("Could not read %1 to upload it. Check its permissions.").arg(file.fileName()),
                            file.errorString());
            const CodeSync::FileState &state = m_states[path];
            const std::int64_t size = file.size();
            tar.beginFile(path, size, state.mtimeMs / 1000, state.executable);
            for (std::int64_t read = 0; read < size;) {
                const QByteArray piece = file.read(std::min<std::int64_t>(Piece, size - read));
                if (piece.isEmpty())
                    return fail(CodeSync::tr("%1 changed while it was being uploaded. Upload again.").arg(file.fileName()),
                                file.errorString());
                tar.addContent(piece);
                read += piece.size();
                if (tar.size() >= Piece && !push(tar.takeData()))
                    return fail(CodeSync::tr("The upload of %1 stopped.").arg(m_folder));
            }
            tar.endFile();
            m_contentBytes += size;
        }
        return {};
    }

    // Waits for room; false when the consumer went away.
    bool push(QByteArray piece)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queued < MaxQueued || m_stopped; });
        if (m_stopped)
            return false;
        m_queued += piece.size();
        m_queue.push_back(std::move(piece));
        m_changed.notify_all();
        return true;
    }

    const QString m_folder;
    const QStringList m_paths;
    const QHash<QString, CodeSync::FileState> m_states;
    TaskContext *const m_context;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qsizetype m_queued = 0;
    bool m_finished = false;
    bool m_stopped = false;
    std::optional<Error> m_error;
    std::atomic<std::int64_t> m_contentBytes{0};
    std::thread m_thread; // last: it starts once everything above exists
};

} // namespace

CodeSync::CodeSync(QString localFolder, QString remoteFolder, QString manifestFile)
    : m_localFolder(QDir(localFolder).absolutePath())
    , m_remoteFolder(std::move(remoteFolder))
    , m_manifestFile(std::move(manifestFile))
{}

Result<QString> CodeSync::sha256Of(const QString &path)
{
    auto hash = Sha256::hexOfFile(path);
    if (!hash)
        return fail(withContext(tr("Could not upload %1").arg(path), hash.error()));
    return hash;
}

QHash<QString, CodeSync::FileState> CodeSync::readManifest() const
{
    QHash<QString, FileState> files;
    QFile file(m_manifestFile);
    if (!file.open(QIODevice::ReadOnly))
        return files;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // A manifest of another folder says nothing about this one: everything is sent.
    if (root.value(QStringLiteral("local")).toString() != m_localFolder
        || root.value(QStringLiteral("remote")).toString() != m_remoteFolder)
        return files;
    const QJsonObject entries = root.value(QStringLiteral("files")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        files.insert(it.key(), FileState{entry.value(QStringLiteral("size")).toInteger(),
                                         entry.value(QStringLiteral("mtime")).toInteger(),
                                         entry.value(QStringLiteral("sha256")).toString(),
                                         entry.value(QStringLiteral("executable")).toBool()});
    }
    return files;
}

Status CodeSync::writeManifest(const QHash<QString, FileState> &files) const
{
    QJsonObject entries;
    for (auto it = files.begin(); it != files.end(); ++it) {
        entries.insert(it.key(), QJsonObject{{QStringLiteral("size"), qint64(it->size)},
                                             {QStringLiteral("mtime"), qint64(it->mtimeMs)},
                                             {QStringLiteral("sha256"), it->sha256},
                                             {QStringLiteral("executable"), it->executable}});
    }
    const QJsonObject root{{QStringLiteral("local"), m_localFolder},
                           {QStringLiteral("remote"), m_remoteFolder},
                           {QStringLiteral("files"), entries}};
    QDir().mkpath(QFileInfo(m_manifestFile).absolutePath());
    QSaveFile file(m_manifestFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        return fail(tr("Could not save the upload manifest %1; the next upload sends every file again.").arg(m_manifestFile),
                    file.errorString());
    return {};
}

Result<QHash<QString, CodeSync::FileState>> CodeSync::scan(TaskContext *context)
{
    if (!QFileInfo(m_localFolder).isDir())
        return fail(tr("The code folder %1 does not exist. Choose another folder to upload.").arg(m_localFolder));
    const QHash<QString, FileState> previous = readManifest();
    QHash<QString, FileState> files;
    IgnoreRules rules;
    // Folders are walked breadth first, so that a folder's ignore files are read before its contents.
    QStringList pending = {QString()};
    while (!pending.isEmpty()) {
        if (context && context->isCanceled())
            return fail(tr("The upload of %1 was cancelled.").arg(m_localFolder));
        const QString folder = pending.takeFirst();
        const QDir dir(folder.isEmpty() ? m_localFolder : m_localFolder + QLatin1Char('/') + folder);
        for (const QString &name : IgnoreFiles) {
            QFile ignoreFile(dir.filePath(name));
            if (ignoreFile.open(QIODevice::ReadOnly))
                rules.add(ignoreFile.readAll(), folder);
        }
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                                        QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString path = folder.isEmpty() ? entry.fileName() : folder + QLatin1Char('/') + entry.fileName();
            const bool isFolder = entry.isDir();
            if ((isFolder && entry.fileName() == QLatin1String(".git")) || rules.isIgnored(path, isFolder))
                continue;
            if (isFolder) {
                if (!entry.isSymLink())
                    pending.append(path);
                continue;
            }
            FileState state{entry.size(), entry.lastModified().toMSecsSinceEpoch(), QString(),
                            entry.isExecutable()};
            const auto known = previous.constFind(path);
            if (known != previous.cend() && known->size == state.size && known->mtimeMs == state.mtimeMs) {
                state.sha256 = known->sha256;
            } else {
                const auto hash = sha256Of(entry.absoluteFilePath());
                if (!hash)
                    return fail(hash.error());
                state.sha256 = *hash;
            }
            files.insert(path, state);
        }
    }
    return files;
}

Result<QStringList> CodeSync::changedFiles(TaskContext *context)
{
    auto files = scan(context);
    if (!files)
        return fail(files.error());
    m_current = *files;
    m_previous = readManifest();
    QStringList changed;
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        const auto known = m_previous.constFind(it.key());
        if (known == m_previous.cend() || known->sha256 != it->sha256 || known->executable != it->executable)
            changed.append(it.key());
    }
    std::sort(changed.begin(), changed.end());
    return changed;
}

Result<CodeSyncReport> CodeSync::upload(SshConnection &connection, TaskContext *context)
{
    const auto changed = changedFiles(context);
    if (!changed)
        return fail(changed.error());
    CodeSyncReport report;
    report.filesScanned = static_cast<int>(m_current.size());
    report.uploaded = *changed;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it)
        if (!m_current.contains(it.key()))
            report.removed.append(it.key());
    std::sort(report.removed.begin(), report.removed.end());
    if (!report.removed.isEmpty())
        if (auto removed = removeFiles(connection, report.removed); !removed)
            return fail(removed.error());
    if (!changed->isEmpty())
        if (auto sent = sendFiles(connection, *changed, report, context); !sent)
            return fail(sent.error());
    if (auto ok = writeManifest(m_current); !ok)
        return fail(ok.error());
    return report;
}

Status CodeSync::sendFiles(SshConnection &connection, const QStringList &paths, CodeSyncReport &report,
                           TaskContext *context)
{
    std::int64_t total = 0;
    for (const QString &path : paths)
        total += m_current[path].size;
    TarProducer producer(m_localFolder, paths, m_current, context);
    std::int64_t sent = 0;
    const auto extracted = connection.runStreaming(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("mkdir -p -- \"$1\" && exec tar -x -o -f - -C \"$1\""),
         QStringLiteral("atelier-sync"), m_remoteFolder},
        [&]() -> Result<QByteArray> {
            auto piece = producer.next();
            if (piece && context) {
                sent += piece->size();
                context->setProgress(std::min(sent, total), total, tr("Uploading %1").arg(m_localFolder));
            }
            return piece;
        });
    if (!extracted)
        return fail(withContext(tr("Could not upload %1 to %2").arg(m_localFolder, m_remoteFolder), extracted.error()));
    if (extracted->exitStatus != 0)
        return fail(tr("Could not unpack the uploaded files into %1 on %2: tar exited with status %3. Check that "
                       "the folder is writable and the disk has room.")
                        .arg(m_remoteFolder, connection.endpoint().displayName())
                        .arg(extracted->exitStatus),
                    QString::fromUtf8(extracted->standardError));
    report.bytesUploaded = producer.contentBytes();
    return {};
}

// The paths go on stdin, NUL-separated, so that neither their number nor their characters matter.
Status CodeSync::removeFiles(SshConnection &connection, const QStringList &paths)
{
    QByteArray list;
    for (const QString &path : paths)
        list += path.toUtf8() + '\0';
    const auto removed = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("cd -- \"$1\" 2>/dev/null || exit 0; exec xargs -0 rm -f --"),
                                         QStringLiteral("atelier-sync"), m_remoteFolder},
                                        list);
    if (!removed)
        return fail(withContext(tr("Could not remove deleted files from %1").arg(m_remoteFolder), removed.error()));
    if (removed->exitStatus != 0)
        return fail(tr("Could not remove the files deleted locally from %1 on %2 (rm exited with status %3).")
                        .arg(m_remoteFolder, connection.endpoint().displayName())
                        .arg(removed->exitStatus),
                    QString::fromUtf8(removed->standardError));
    return {};
}

} // namespace atelier
