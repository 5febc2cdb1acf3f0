// TiledPyramidImage: a PyramidImage too large to hold whole, its tiles kept in a cache folder on disk.
#include "core/imaging/tiled_pyramid_image.h"

#include "core/imaging/decoded_pyramid_image.h"
#include "core/tasks/task_context.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <png.h>
#include <tiffio.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "tile files hold QImage's 32-bit pixels as little-endian B, G, R, A");

namespace atelier {

namespace {

constexpr int CacheVersion = 1;
constexpr int TileSize = PyramidImage::TileSize;

// The next rows of an image, top to bottom, in RGB32 or ARGB32_Premultiplied.
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual QSize size() const = 0;
    virtual bool hasAlpha() const = 0;
    // Fills the first `count` lines of `band` with the next rows. On failure: a short reason.
    virtual bool readRows(QImage &band, int count, QString *reason) = 0;
};

// --- PNG, through libpng's row interface ---------------------------------------------------------

struct PngErrorState
{
    std::jmp_buf jump;
    char message[256] = {};
};

void pngError(png_structp png, png_const_charp message)
{
    auto *state = static_cast<PngErrorState *>(png_get_error_ptr(png));
    std::snprintf(state->message, sizeof state->message, "%s", message);
    std::longjmp(state->jump, 1);
}

void pngWarning(png_structp, png_const_charp) {}

class PngSource final : public RowSource
{
public:
    ~PngSource() override
    {
        if (m_png)
            png_destroy_read_struct(&m_png, &m_info, nullptr);
        if (m_file)
            std::fclose(m_file);
    }

    // Opens the file and sets the transforms that give 8-bit B, G, R, A (or filler) per pixel.
    bool open(const QString &path, QString *reason)
    {
        m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
        if (!m_file) {
            *reason = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        m_png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &m_error, pngError, pngWarning);
        m_info = m_png ? png_create_info_struct(m_png) : nullptr;
        if (!m_info) {
            *reason = QStringLiteral("libpng could not start");
            return false;
        }
        if (!readHeader()) {
            *reason = QString::fromUtf8(m_error.message);
            return false;
        }
        return true;
    }

    bool interlaced() const { return m_interlaced; }
    QSize size() const override { return m_size; }
    bool hasAlpha() const override { return m_alpha; }

    bool readRows(QImage &band, int count, QString *reason) override
    {
        if (!readInto(band, count)) {
            *reason = QString::fromUtf8(m_error.message);
            return false;
        }
        if (m_alpha) {
            for (int y = 0; y < count; ++y) {
                auto *line = reinterpret_cast<QRgb *>(band.scanLine(y));
                for (int x = 0; x < m_size.width(); ++x)
                    line[x] = qPremultiply(line[x]);
            }
        }
        return true;
    }

private:
    // Only plain C data lives in the frames that libpng may longjmp out of.
    bool readHeader()
    {
        if (setjmp(m_error.jump))
            return false;
        png_init_io(m_png, m_file);
        png_read_info(m_png, m_info);
        const int colorType = png_get_color_type(m_png, m_info);
        const int depth = png_get_bit_depth(m_png, m_info);
        const bool transparency = png_get_valid(m_png, m_info, PNG_INFO_tRNS) != 0;
        m_alpha = (colorType & PNG_COLOR_MASK_ALPHA) || transparency;
        m_interlaced = png_get_interlace_type(m_png, m_info) != PNG_INTERLACE_NONE;
        m_size = QSize(int(png_get_image_width(m_png, m_info)), int(png_get_image_height(m_png, m_info)));
        if (depth == 16)
            png_set_strip_16(m_png);
        if (colorType == PNG_COLOR_TYPE_PALETTE)
            png_set_palette_to_rgb(m_png);
        if (colorType == PNG_COLOR_TYPE_GRAY && depth < 8)
            png_set_expand_gray_1_2_4_to_8(m_png);
        if (transparency)
            png_set_tRNS_to_alpha(m_png);
        if (!(colorType & PNG_COLOR_MASK_COLOR))
            png_set_gray_to_rgb(m_png);
        png_set_bgr(m_png);
        if (!m_alpha)
            png_set_filler(m_png, 0xff, PNG_FILLER_AFTER);
        png_read_update_info(m_png, m_info);
        return true;
    }

    bool readInto(QImage &band, int count)
    {
        if (setjmp(m_error.jump))
            return false;
        for (int y = 0; y < count; ++y)
            png_read_row(m_png, band.scanLine(y), nullptr);
        return true;
    }

    std::FILE *m_file = nullptr;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    PngErrorState m_error;
    QSize m_size;
    bool m_alpha = false;
    bool m_interlaced = false;
};

// --- TIFF, through libtiff's RGBA interface (any layout, strips or tiles) -----------------------

class TiffSource final : public RowSource
{
public:
    ~TiffSource() override
    {
        if (m_begun)
            TIFFRGBAImageEnd(&m_image);
        if (m_tiff)
            TIFFClose(m_tiff);
    }

    bool open(const QString &path, QString *reason)
    {
        m_tiff = TIFFOpen(QFile::encodeName(path).constData(), "r");
        if (!m_tiff) {
            *reason = QStringLiteral("libtiff could not open the file as TIFF");
            return false;
        }
        char message[1024] = {};
        if (!TIFFRGBAImageOK(m_tiff, message) || !TIFFRGBAImageBegin(&m_image, m_tiff, 0, message)) {
            *reason = QString::fromUtf8(message);
            return false;
        }
        m_begun = true;
        m_image.req_orientation = ORIENTATION_TOPLEFT;
        m_alpha = m_image.alpha != 0;
        m_size = QSize(int(m_image.width), int(m_image.height));
        return true;
    }

    QSize size() const override { return m_size; }
    bool hasAlpha() const override { return m_alpha; }

    bool readRows(QImage &band, int count, QString *reason) override
    {
        m_image.row_offset = m_nextRow;
        m_image.col_offset = 0;
        auto *raster = reinterpret_cast<std::uint32_t *>(band.bits());
        if (!TIFFRGBAImageGet(&m_image, raster, m_image.width, std::uint32_t(count))) {
            *reason = QStringLiteral("libtiff could not read rows %1 to %2").arg(m_nextRow).arg(m_nextRow + count - 1);
            return false;
        }
        m_nextRow += count;
        // libtiff packs R in the low byte (and premultiplies unassociated alpha); QImage wants B there.
        const std::uint32_t opaque = m_alpha ? 0 : 0xff000000u;
        const std::size_t pixels = std::size_t(m_size.width()) * std::size_t(count);
        for (std::size_t i = 0; i < pixels; ++i) {
            const std::uint32_t p = raster[i];
            raster[i] = (p & 0xff00ff00u) | ((p & 0xffu) << 16) | ((p >> 16) & 0xffu) | opaque;
        }
        return true;
    }

private:
    TIFF *m_tiff = nullptr;
    TIFFRGBAImage m_image{};
    bool m_begun = false;
    bool m_alpha = false;
    QSize m_size;
    int m_nextRow = 0;
};

// --- Building the levels --------------------------------------------------------------------------

// One level's band of up to TileSize rows, written as a row of tiles when full or at the end.
struct LevelBand
{
    QImage band;
    int height = 0;   // the level's height
    int filled = 0;   // rows of `band` in use
    int tileRow = 0;  // the tile row that `band` becomes
};

class PyramidWriter
{
    Q_DECLARE_TR_FUNCTIONS(TiledPyramidImage)

public:
    PyramidWriter(QString folder, QSize size, QImage::Format format) : m_folder(std::move(folder))
    {
        QSize levelSize = size;
        while (true) {
            m_levels.push_back(LevelBand{QImage(levelSize.width(), TileSize, format), levelSize.height()});
            if (levelSize.width() <= TileSize && levelSize.height() <= TileSize)
                break;
            levelSize = QSize((levelSize.width() + 1) / 2, (levelSize.height() + 1) / 2);
        }
    }

    int levelCount() const { return int(m_levels.size()); }
    QImage &firstBand() { return m_levels.front().band; }
    bool allocated() const
    {
        for (const LevelBand &level : m_levels)
            if (level.band.isNull())
                return false;
        return true;
    }

    // Level 0's band holds `rows` new rows: write them, and whatever they complete above.
    Status pushRows(int rows)
    {
        m_levels.front().filled = rows;
        return flush(0);
    }

private:
    Status flush(int index)
    {
        LevelBand &level = m_levels[std::size_t(index)];
        if (auto written = writeTiles(index, level); !written)
            return written;
        if (index + 1 < levelCount()) {
            const QImage rows(level.band.constBits(), level.band.width(), level.filled,
                              level.band.bytesPerLine(), level.band.format());
            const QImage half = DecodedPyramidImage::halved(rows);
            LevelBand &next = m_levels[std::size_t(index) + 1];
            for (int y = 0; y < half.height(); ++y)
                std::memcpy(next.band.scanLine(next.filled + y), half.constScanLine(y), std::size_t(half.bytesPerLine()));
            next.filled += half.height();
            const bool levelDone = next.tileRow * TileSize + next.filled == next.height;
            if (next.filled == TileSize || levelDone) {
                if (auto flushed = flush(index + 1); !flushed)
                    return flushed;
            }
        }
        level.filled = 0;
        ++level.tileRow;
        return {};
    }

    Status writeTiles(int index, const LevelBand &level)
    {
        QDir().mkpath(QStringLiteral("%1/%2").arg(m_folder).arg(index));
        QByteArray bytes;
        for (int x = 0, column = 0; x < level.band.width(); x += TileSize, ++column) {
            const int w = std::min(TileSize, level.band.width() - x);
            bytes.resize(qsizetype(w) * level.filled * 4);
            for (int y = 0; y < level.filled; ++y)
                std::memcpy(bytes.data() + qsizetype(y) * w * 4, level.band.constScanLine(y) + qsizetype(x) * 4,
                            std::size_t(w) * 4);
            QFile file(m_folder + QLatin1Char('/') + TiledPyramidImage::tileFileName(index, column, level.tileRow));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return fail(tr("Could not write the image tile %1: %2. Free some disk space or choose "
                               "another cache folder.").arg(file.fileName(), file.errorString()));
        }
        return {};
    }

    QString m_folder;
    std::vector<LevelBand> m_levels;
};

QString cacheFolderFor(const QString &cacheRoot, const QString &path)
{
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20);
    return QDir(cacheRoot).filePath(QStringLiteral("tiles-") + QString::fromLatin1(hash));
}

QJsonObject manifestFor(const QFileInfo &source)
{
    return QJsonObject{{QStringLiteral("version"), CacheVersion},
                       {QStringLiteral("source"), source.absoluteFilePath()},
                       {QStringLiteral("size_bytes"), source.size()},
                       {QStringLiteral("mtime_ms"), source.lastModified().toMSecsSinceEpoch()}};
}

} // namespace

TiledPyramidImage::TiledPyramidImage(QString folder, QSize size, QImage::Format format, bool reused)
    : m_folder(std::move(folder)), m_size(size), m_format(format), m_reused(reused), m_tiles(MemoryTiles)
{
    m_levelCount = 1;
    for (QSize s = size; s.width() > TileSize || s.height() > TileSize; ++m_levelCount)
        s = QSize((s.width() + 1) / 2, (s.height() + 1) / 2);
}

QString TiledPyramidImage::tileFileName(int level, int column, int row)
{
    return QStringLiteral("%1/%2-%3.raw").arg(level).arg(row).arg(column);
}

Result<std::shared_ptr<const TiledPyramidImage>>
TiledPyramidImage::open(const QString &path, const QString &cacheRoot, TaskContext &context)
{
    const QFileInfo source(path);
    if (!source.isFile())
        return fail(tr("The image %1 does not exist. Check that its folder is still where the dataset points.").arg(path));
    const QString folder = cacheFolderFor(cacheRoot, path);
    const QJsonObject expected = manifestFor(source);

    QFile manifestFile(QDir(folder).filePath(QStringLiteral("manifest.json")));
    if (manifestFile.open(QIODevice::ReadOnly)) {
        QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QSize size(manifest.value(QStringLiteral("width")).toInt(), manifest.value(QStringLiteral("height")).toInt());
        const auto format = QImage::Format(manifest.value(QStringLiteral("format")).toInt());
        for (const QString &key : {QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("format")})
            manifest.remove(key);
        if (manifest == expected && !size.isEmpty())
            return std::shared_ptr<const TiledPyramidImage>(new TiledPyramidImage(folder, size, format, true));
        manifestFile.close();
    }

    // Open the source before touching the cache, so that a bad file leaves an old cache alone.
    std::unique_ptr<RowSource> reader;
    QString reason;
    const QByteArray head = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(8) : QByteArray();
    }();
    auto cannotRead = [&](const QString &why) {
        return fail(tr("Could not read the image %1: %2. Check that the file is complete, or save it again "
                       "as PNG or TIFF.").arg(path, why));
    };
    if (head.startsWith("\x89PNG")) {
        auto png = std::make_unique<PngSource>();
        if (!png->open(path, &reason))
            return cannotRead(reason);
        if (png->interlaced())
            return fail(tr("The image %1 is an interlaced PNG, which cannot be read a row at a time. Save it "
                           "again without interlacing (or as a tiled TIFF) to open it.").arg(path));
        reader = std::move(png);
    } else if (head.startsWith("II*") || head.startsWith("MM")) {
        auto tiff = std::make_unique<TiffSource>();
        if (!tiff->open(path, &reason))
            return cannotRead(reason);
        reader = std::move(tiff);
    } else {
        return fail(tr("The image %1 is neither PNG nor TIFF, the formats that open in tiles. Convert it to "
                       "a tiled TIFF to open it.").arg(path));
    }
    const QSize size = reader->size();
    if (size.isEmpty())
        return cannotRead(tr("it has no pixels"));
    const QImage::Format format = reader->hasAlpha() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;

    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return fail(tr("Could not create the tile cache folder %1. Check that the project folder is writable.").arg(folder));
    auto build = [&]() -> Status {
        PyramidWriter writer(folder, size, format);
        if (!writer.allocated())
            return fail(tr("Not enough memory to read the image %1 (%2 pixels wide) in bands of rows. Close "
                           "other programs and try again.").arg(path).arg(size.width()));
        for (int row = 0; row < size.height(); row += TileSize) {
            if (context.isCanceled())
                return fail(tr("Opening the image %1 was cancelled.").arg(path));
            const int rows = std::min(TileSize, size.height() - row);
            if (!reader->readRows(writer.firstBand(), rows, &reason))
                return cannotRead(reason);
            if (auto pushed = writer.pushRows(rows); !pushed)
                return pushed;
            context.setProgress(row + rows, size.height(), tr("Reading %1").arg(source.fileName()));
        }
        QJsonObject manifest = expected;
        manifest.insert(QStringLiteral("width"), size.width());
        manifest.insert(QStringLiteral("height"), size.height());
        manifest.insert(QStringLiteral("format"), int(format));
        QSaveFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.commit())
            return fail(tr("Could not write the tile cache manifest %1: %2. Check that the cache folder is writable.")
                            .arg(file.fileName(), file.errorString()));
        return {};
    };
    if (auto built = build(); !built) {
        QDir(folder).removeRecursively();
        return fail(built.error());
    }
    return std::shared_ptr<const TiledPyramidImage>(new TiledPyramidImage(folder, size, format, false));
}

QSize TiledPyramidImage::size() const
{
    return m_size;
}

int TiledPyramidImage::levelCount() const
{
    return m_levelCount;
}

static quint64 tileKey(int level, int column, int row)
{
    return (quint64(level) << 48) | (quint64(row) << 24) | quint64(column);
}

bool TiledPyramidImage::hasTile(int level, int column, int row) const
{
    QMutexLocker lock(&m_mutex);
    return m_tiles.contains(tileKey(level, column, row));
}

QImage TiledPyramidImage::tile(int level, int column, int row) const
{
    if (level < 0 || level >= m_levelCount || column < 0 || row < 0)
        return {};
    const QSize levelSize = this->levelSize(level);
    const int x = column * TileSize;
    const int y = row * TileSize;
    if (x >= levelSize.width() || y >= levelSize.height())
        return {};
    const quint64 key = tileKey(level, column, row);
    {
        QMutexLocker lock(&m_mutex);
        if (const QImage *cached = m_tiles.object(key))
            return *cached;
    }
    QImage image(std::min(TileSize, levelSize.width() - x), std::min(TileSize, levelSize.height() - y), m_format);
    QFile file(m_folder + QLatin1Char('/') + tileFileName(level, column, row));
    if (image.isNull() || !file.open(QIODevice::ReadOnly)
        || file.read(reinterpret_cast<char *>(image.bits()), image.sizeInBytes()) != image.sizeInBytes())
        return {};
    QMutexLocker lock(&m_mutex);
    m_tiles.insert(key, new QImage(image));
    return image;
}

} // namespace atelier
