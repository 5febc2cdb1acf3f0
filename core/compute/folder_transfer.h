// FolderTransfer: small files into a folder of a target, and a folder of a target back to this computer, as tar streams through a CommandRunner.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace atelier {

class CommandRunner;

// A file to write, its path relative to the folder it goes into.
struct FileContent
{
    QString path;
    QByteArray content;
};

// One command each way, whatever the number of files: a remote target costs one round trip. The
// target needs a POSIX sh and GNU tar (any Linux host has both).
class FolderTransfer
{
    Q_DECLARE_TR_FUNCTIONS(FolderTransfer)

public:
    // Writes `files` into `folder` (made when missing) where `runner` runs; files that exist
    // there already are kept, so that what a job changed is not overwritten.
    [[nodiscard]] static Status seed(CommandRunner &runner, const QString &folder, const QList<FileContent> &files);

    // Copies each folder (first), where `runner` runs, into its local folder (second, made when
    // missing), all in one tar stream; files replace those of the same name. A missing folder
    // copies nothing.
    [[nodiscard]] static Status fetch(CommandRunner &runner, const QList<std::pair<QString, QString>> &folders);

private:
    [[nodiscard]] static Status untar(const QByteArray &archive, const QString &into);
    [[nodiscard]] static Status moveInto(const QString &from, const QString &into);
};

} // namespace atelier
