// FolderTransfer: tar streams through a CommandRunner, written with TarStream and unpacked by the system's tar.
#include "core/compute/folder_transfer.h"

#include "core/compute/slurm/command_runner.h"
#include "core/compute/ssh/tar_stream.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace atelier {

namespace {

QStringList shellScript(const char *script, const QString &folder)
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script), QStringLiteral("atelier-transfer"),
            folder};
}

} // namespace

Status FolderTransfer::seed(CommandRunner &runner, const QString &folder, const QList<FileContent> &files)
{
    TarStream tar;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const FileContent &file : files)
        tar.addFile(file.path, file.content, now, false);
    tar.finish();
    const auto written = runner.run(
        shellScript("mkdir -p -- \"$1\" && exec tar -x -o --skip-old-files -f - -C \"$1\"", folder), tar.data());
    if (!written)
        return fail(written.error());
    if (written->exitCode != 0)
        return fail(tr("Could not write files into %1 on %2 (tar exited with status %3). Check that the folder is "
                       "writable, the disk has room and GNU tar is installed there.")
                        .arg(folder, runner.where())
                        .arg(written->exitCode),
                    QString::fromUtf8(written->standardError));
    return {};
}

Status FolderTransfer::fetch(CommandRunner &runner, const QList<std::pair<QString, QString>> &folders)
{
    if (folders.isEmpty())
        return {};
    // The folders that exist go into one archive under their full paths (tar drops the leading /).
    QStringList arguments = {QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("n=$#; for d; do [ -d \"$d\" ] && set -- \"$@\" \"$d\"; done; shift $n\n"
                                            "[ $# -gt 0 ] || exit 0; exec tar -c -f - -- \"$@\""),
                             QStringLiteral("atelier-fetch")};
    for (const auto &[folder, into] : folders)
        arguments.append(QDir::cleanPath(folder));
    const auto archive = runner.run(arguments);
    if (!archive)
        return fail(archive.error());
    if (archive->exitCode != 0)
        return fail(tr("Could not read %1 on %2 (tar exited with status %3).")
                        .arg(folders.constFirst().first, runner.where())
                        .arg(archive->exitCode),
                    QString::fromUtf8(archive->standardError));
    if (archive->standardOutput.isEmpty())
        return {};

    // Unpacked beside the first destination (one file system, so that files move by rename).
    const QString parent = QFileInfo(folders.constFirst().second).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(tr("Could not create the folder %1 for what came from %2. Check its permissions.").arg(parent, runner.where()));
    QTemporaryDir unpacked(parent + QStringLiteral("/.fetch-XXXXXX"));
    if (!unpacked.isValid())
        return fail(tr("Could not create a temporary folder in %1. Check its permissions.").arg(parent), unpacked.errorString());
    if (auto ok = untar(archive->standardOutput, unpacked.path()); !ok)
        return fail(withContext(tr("Could not unpack what came from %1").arg(runner.where()), ok.error()));
    for (const auto &[folder, into] : folders) {
        QString stored = QDir::cleanPath(folder);
        if (stored.startsWith(u'/'))
            stored.remove(0, 1);
        if (auto moved = moveInto(unpacked.path() + u'/' + stored, into); !moved)
            return moved;
    }
    return {};
}

Status FolderTransfer::untar(const QByteArray &archive, const QString &into)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-x"), QStringLiteral("-o"), QStringLiteral("-f"), QStringLiteral("-"),
                                      QStringLiteral("-C"), into});
    if (!tar.waitForStarted())
        return fail(tr("Could not run tar on this computer. Install tar."), tar.errorString());
    tar.write(archive);
    tar.closeWriteChannel();
    if (!tar.waitForFinished(60000) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0)
        return fail(tr("tar could not unpack into %1. Check that the disk has room.").arg(into),
                    QString::fromLocal8Bit(tar.readAllStandardError()));
    return {};
}

// Moves every file under `from` to the same place under `into`, replacing what is there.
Status FolderTransfer::moveInto(const QString &from, const QString &into)
{
    QDirIterator files(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = into + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        QFile::remove(target);
        if (!QFile::rename(source, target))
            return fail(tr("Could not write %1. Check the folder's permissions and that the disk has room.").arg(target));
    }
    return {};
}

} // namespace atelier
