// BlobStore: content-addressed files written whole or not at all (QSaveFile).
#include "core/project/blob_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace atelier {

namespace {

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

BlobStore::BlobStore(QString folder)
    : m_folder(std::move(folder))
{}

QString BlobStore::pathOf(const QString &sha256) const
{
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256.mid(2);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isSha256Hex(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<QString> BlobStore::put(const QByteArray &content)
{
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString path = pathOf(sha);
    if (QFileInfo::exists(path))
        return sha;
    if (!QDir().mkpath(QFileInfo(path).path()))
        return fail(tr("Could not create the folder %1 in the project. Check that the project "
                       "folder is writable.").arg(QFileInfo(path).path()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(tr("Could not write %1. Check the free space and permissions of the project "
                       "folder.").arg(path),
                    file.errorString());
    return sha;
}

// One pass: the copy is hashed as it is written to a temporary file in blobs/, then renamed to
// its name, so a source that changes meanwhile can never leave a blob whose name lies.
Result<QString> BlobStore::putFile(const QString &path)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1. Check that the file exists and is readable.").arg(path),
                    source.errorString());
    if (!QDir().mkpath(m_folder))
        return fail(tr("Could not create the folder %1 in the project. Check that the project "
                       "folder is writable.").arg(m_folder));
    QTemporaryFile copy(m_folder + QStringLiteral("/incoming-XXXXXX"));
    if (!copy.open())
        return fail(tr("Could not write in %1. Check the free space and permissions of the project "
                       "folder.").arg(m_folder),
                    copy.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 ChunkSize = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(ChunkSize);
        if (chunk.isEmpty() || copy.write(chunk) != chunk.size())
            return fail(tr("Could not copy %1 into the project. Check the free space of the project "
                           "folder.").arg(path),
                        copy.errorString() + u' ' + source.errorString());
        hash.addData(chunk);
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = pathOf(sha);
    if (QFileInfo::exists(target))
        return sha;
    if (!QDir().mkpath(QFileInfo(target).path()))
        return fail(tr("Could not create the folder %1 in the project. Check that the project "
                       "folder is writable.").arg(QFileInfo(target).path()));
    // QTemporaryFile makes the file readable by its owner only; blobs are read like any project file.
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (!copy.flush() || !copy.rename(target))
        return fail(tr("Could not write %1. Check the free space and permissions of the project "
                       "folder.").arg(target),
                    copy.errorString());
    copy.setAutoRemove(false);
    return sha;
}

Result<QByteArray> BlobStore::get(const QString &sha256) const
{
    if (!isSha256Hex(sha256))
        return fail(tr("\"%1\" is not a content hash (64 hex digits).").arg(sha256));
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The project file %1 is missing or unreadable: restore the project's "
                       "blobs folder from a backup.").arg(file.fileName()),
                    file.errorString());
    QByteArray content = file.readAll();
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return fail(tr("The project file %1 is damaged: its content no longer matches its name. "
                       "Restore it from a backup.").arg(file.fileName()),
                    QStringLiteral("sha256 %1").arg(actual));
    return content;
}

} // namespace atelier
