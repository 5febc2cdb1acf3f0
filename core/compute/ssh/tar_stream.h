// TarStream: a POSIX (pax/ustar) tar archive written file by file into memory, for `tar x` on a remote host.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <utility>

namespace atelier {

// Regular files only, owned by uid/gid 0 and without user names, so that the extracting user owns
// them. Paths longer than ustar's 100 (+155 prefix) bytes, and sizes of 8 GiB and more, get a pax
// extended header ("path=", "size="), which GNU tar, bsdtar and busybox read.
class TarStream
{
public:
    void addFile(const QString &path, const QByteArray &content, std::int64_t mtimeSeconds, bool executable);
    // The same in pieces, for files too large to hold whole: the header, then exactly `size`
    // bytes through addContent, then endFile.
    void beginFile(const QString &path, std::int64_t size, std::int64_t mtimeSeconds, bool executable);
    void addContent(QByteArrayView bytes) { m_data.append(bytes); }
    void endFile() { padToBlock(); }
    // The two zero blocks that end an archive; the archive is complete after this.
    void finish();

    [[nodiscard]] const QByteArray &data() const { return m_data; }
    [[nodiscard]] qsizetype size() const { return m_data.size(); }
    // What was written since the last take, for streaming; the archive goes on from there.
    [[nodiscard]] QByteArray takeData()
    {
        m_taken += m_data.size();
        return std::exchange(m_data, QByteArray());
    }

private:
    void addHeader(const QByteArray &name, std::int64_t size, std::int64_t mtime, int mode, char type);
    void padToBlock();

    QByteArray m_data;
    std::int64_t m_taken = 0; // bytes handed out by takeData, for the block alignment
};

} // namespace atelier
