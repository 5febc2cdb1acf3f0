// The job wrapper script shared by the targets, and their file transfers.
#include "core/compute/compute_target.h"

#include "core/compute/folder_transfer.h"

#include <QDir>

namespace atelier {

QString ComputeTarget::workingFolderOnTarget(const QString &jobFolder, const QString &workingFolder) const
{
    return QDir(jobFolder).absoluteFilePath(workingFolder.isEmpty() ? QStringLiteral(".") : workingFolder);
}

Status ComputeTarget::seedFiles(const QString &folder, const QList<FileContent> &files)
{
    auto runner = commandRunner();
    if (!runner)
        return fail(runner.error());
    return FolderTransfer::seed(**runner, folder, files);
}

Status ComputeTarget::fetchFolders(const QList<std::pair<QString, QString>> &folders)
{
    QList<std::pair<QString, QString>> elsewhere;
    for (const auto &pair : folders)
        if (QDir::cleanPath(pair.first) != QDir::cleanPath(pair.second))
            elsewhere.append(pair);
    if (elsewhere.isEmpty())
        return {};
    auto runner = commandRunner();
    if (!runner)
        return fail(runner.error());
    return FolderTransfer::fetch(**runner, elsewhere);
}

QString jobWrapperScript()
{
    // The wrapper traps TERM with a handler (not ignored, so the command gets the default
    // action back when it is exec'd) and handles it after the command ended. The trap comes
    // before the pid file: a cancel may follow the pid at once, and must not kill the wrapper
    // before it has written the exit code.
    return QStringLiteral(
        "trap : TERM\n"
        "dir=$1; work=$2; shift 2\n"
        "echo $$ > \"$dir/pid.part\" && mv -f \"$dir/pid.part\" \"$dir/pid\"\n"
        "finish() { echo \"$1\" > \"$dir/exit_code.part\" && mv -f \"$dir/exit_code.part\" \"$dir/exit_code\"; exit \"$1\"; }\n"
        "cd \"$work\" || { printf 'atelier: cannot enter the working folder %s\\n' \"$work\" >&2; finish 126; }\n"
        "command -v \"$1\" >/dev/null 2>&1 || { printf 'atelier: command not found: %s\\n' \"$1\" >&2; finish 127; }\n"
        "\"$@\" </dev/null\n"
        "finish $?\n");
}

} // namespace atelier
