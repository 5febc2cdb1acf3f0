// TarStream: a POSIX (pax/ustar) tar archive written file by file into memory, for `tar x` on a remote host.
#include "core/compute/ssh/tar_stream.h"

#include <cstring>

namespace atelier {

namespace {

constexpr int Block = 512;

// An octal field of `width` bytes: digits, then NUL.
void writeOctal(char *field, int width, std::int64_t value)
{
    const QByteArray digits = QByteArray::number(static_cast<qlonglong>(value), 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<size_t>(width - 1));
    field[width - 1] = '\0';
}

// One pax record: "LENGTH key=value\n", where LENGTH counts the whole record, itself included.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype body = key.size() + value.size() + 3; // ' ', '=', '\n'
    qsizetype length = body + QByteArray::number(body).size();
    if (QByteArray::number(length).size() != QByteArray::number(body).size())
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

} // namespace

void TarStream::padToBlock()
{
    const qsizetype rest = (m_taken + m_data.size()) % Block;
    if (rest != 0)
        m_data.append(Block - rest, '\0');
}

void TarStream::addHeader(const QByteArray &name, std::int64_t size, std::int64_t mtime, int mode, char type)
{
    char header[Block] = {};
    std::memcpy(header, name.constData(), static_cast<size_t>(std::min<qsizetype>(name.size(), 100)));
    writeOctal(header + 100, 8, mode);
    writeOctal(header + 108, 8, 0);
    writeOctal(header + 116, 8, 0);
    writeOctal(header + 124, 12, size);
    writeOctal(header + 136, 12, mtime);
    header[156] = type;
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    // The checksum is computed with its own field read as blanks.
    std::memset(header + 148, ' ', 8);
    unsigned int sum = 0;
    for (const char c : header)
        sum += static_cast<unsigned char>(c);
    writeOctal(header + 148, 7, sum);
    header[155] = ' ';
    m_data.append(header, Block);
}

void TarStream::addFile(const QString &path, const QByteArray &content, std::int64_t mtimeSeconds, bool executable)
{
    beginFile(path, content.size(), mtimeSeconds, executable);
    addContent(content);
    endFile();
}

void TarStream::beginFile(const QString &path, std::int64_t size, std::int64_t mtimeSeconds, bool executable)
{
    const QByteArray name = path.toUtf8();
    constexpr std::int64_t MaxUstarSize = 077777777777LL;
    const bool longName = name.size() > 100;
    const bool bigFile = size > MaxUstarSize;
    if (longName || bigFile) {
        QByteArray records;
        if (longName)
            records += paxRecord("path", name);
        if (bigFile)
            records += paxRecord("size", QByteArray::number(size));
        addHeader("PaxHeader/" + name.right(80), records.size(), mtimeSeconds, 0644, 'x');
        m_data += records;
        padToBlock();
    }
    addHeader(name, bigFile ? 0 : size, mtimeSeconds, executable ? 0755 : 0644, '0');
}

void TarStream::finish()
{
    m_data.append(2 * Block, '\0');
}

} // namespace atelier
