// TarStream: a POSIX (pax/ustar) tar archive written file by file into memory, for `tar x` on a remote host.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace atelier {

// Regular files only, owned by uid/gid 0 and without user names, so that the extracting user owns
// them. Paths longer than ustar's 100 (+155 prefix) bytes, and sizes of 8 GiB and more, get a pax
// extended header ("path=", "size="), which GNU tar, bsdtar and busybox read.
class TarStream
{
public:
    void addFile(const QString &path, const QByteArray &content, std::int64_t mtimeSeconds, bool executable);
    // The two zero blocks that end an archive; the archive is complete after this.
    void finish();

    [[nodiscard]] const QByteArray &data() const { return m_data; }

private:
    void addHeader(const QByteArray &name, std::int64_t size, std::int64_t mtime, int mode, char type);
    void padToBlock();

    QByteArray m_data;
};

} // namespace atelier
