// DatabaseHeader: parses the big-endian fields of the SQLite file header (sqlite.org/fileformat.html).
#include "core/store/database_header.h"

#include <QFile>
#include <QtEndian>

namespace atelier {

namespace {

constexpr qint64 HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3";
constexpr int PageSizeOffset = 16;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;

std::uint32_t be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<std::uint32_t>(bytes.constData() + offset);
}

} // namespace

Result<DatabaseHeader> DatabaseHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1. Check that it exists and that you may read it.").arg(path),
                    file.errorString());
    const QByteArray bytes = file.read(HeaderSize);
    const QString damaged = tr("The database file %1 is damaged or is not an SQLite database. "
                               "Restore it from a backup.").arg(path);
    if (bytes.size() < HeaderSize || !bytes.startsWith(QByteArray(Magic, sizeof Magic)))
        return fail(damaged, QStringLiteral("no SQLite header"));

    DatabaseHeader header;
    // The page size is stored in two bytes; the value 1 stands for 65536.
    const std::uint16_t storedPageSize = qFromBigEndian<std::uint16_t>(bytes.constData() + PageSizeOffset);
    header.pageSize = storedPageSize == 1 ? 65536u : storedPageSize;
    header.userVersion = be32(bytes, UserVersionOffset);
    header.applicationId = be32(bytes, ApplicationIdOffset);
    if (header.pageSize < 512 || (header.pageSize & (header.pageSize - 1)) != 0)
        return fail(damaged, QStringLiteral("page size %1").arg(header.pageSize));
    if (file.size() < header.pageSize || file.size() % header.pageSize != 0)
        return fail(damaged, QStringLiteral("file size %1 is not a whole number of %2-byte pages")
                                 .arg(file.size())
                                 .arg(header.pageSize));
    return header;
}

} // namespace atelier
