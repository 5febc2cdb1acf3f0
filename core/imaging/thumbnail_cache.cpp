// ThumbnailCache: small previews of image files, made once, kept on disk and in memory.
#include "core/imaging/thumbnail_cache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

namespace atelier {

namespace {

// In memory: about 32 MiB of thumbnails (the cost is KiB).
constexpr int MemoryKiB = 32 * 1024;

int costOf(const QImage &image)
{
    return std::max(1, int(image.sizeInBytes() / 1024));
}

} // namespace

ThumbnailCache::ThumbnailCache(QString folder, int size, QObject *parent)
    : QObject(parent), m_folder(std::move(folder)), m_size(size), m_memory(MemoryKiB)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    cancelPending();
    m_pool.waitForDone();
}

QImage ThumbnailCache::cached(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    const QImage *image = m_memory.object(path);
    return image ? *image : QImage();
}

QString ThumbnailCache::diskFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString key = QStringLiteral("%1\n%2\n%3\n%4")
                            .arg(info.absoluteFilePath())
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch())
                            .arg(m_size);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    // Two-character subfolders keep each folder small for 100,000 images.
    return QDir(m_folder).filePath(hash.left(2) + QLatin1Char('/') + hash);
}

Result<QImage> ThumbnailCache::thumbnail(const QString &path)
{
    if (QImage image = cached(path); !image.isNull())
        return image;
    const QString file = diskFile(path);
    QImage image;
    for (const char *suffix : {".jpg", ".png"}) {
        if (image.load(file + QLatin1StringView(suffix)))
            break;
    }
    if (image.isNull()) {
        auto made = make(path, file);
        if (!made)
            return made;
        image = std::move(*made);
    }
    QMutexLocker lock(&m_mutex);
    m_memory.insert(path, new QImage(image), costOf(image));
    return image;
}

Result<QImage> ThumbnailCache::make(const QString &path, const QString &file)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        return fail(tr("Could not make a thumbnail of %1: the file is missing, damaged or not an image. "
                       "Check the file.").arg(path),
                    reader.errorString());
    if (size.width() > m_size || size.height() > m_size)
        reader.setScaledSize(size.scaled(m_size, m_size, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image;
    if (!reader.read(&image))
        return fail(tr("Could not make a thumbnail of %1: the image could not be decoded. Check that the "
                       "file is complete.").arg(path),
                    reader.errorString());
    m_made.fetchAndAddRelaxed(1);

    // A cache that cannot be written still gives the thumbnail: it is made again next time.
    const bool alpha = image.hasAlphaChannel();
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file + QLatin1StringView(alpha ? ".png" : ".jpg"));
    if (out.open(QIODevice::WriteOnly)) {
        QImageWriter writer(&out, alpha ? "png" : "jpeg");
        writer.setQuality(85);
        if (writer.write(image))
            out.commit();
    }
    return image;
}

void ThumbnailCache::request(const QStringList &paths)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &path : paths) {
        if (m_queued.contains(path))
            continue;
        m_queued.insert(path);
        m_queue.append(path);
    }
    while (m_workers < m_pool.maxThreadCount() && m_workers < m_queue.size()) {
        ++m_workers;
        m_pool.start([this] { work(); });
    }
}

void ThumbnailCache::cancelPending()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    m_queued.clear();
}

void ThumbnailCache::work()
{
    while (true) {
        QString path;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty()) {
                --m_workers;
                return;
            }
            path = m_queue.takeFirst();
        }
        auto image = thumbnail(path);
        {
            QMutexLocker lock(&m_mutex);
            m_queued.remove(path);
        }
        if (image)
            QMetaObject::invokeMethod(this, [this, path, thumb = *image] { Q_EMIT thumbnailReady(path, thumb); },
                                      Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, [this, path, message = image.error().message] {
                Q_EMIT thumbnailFailed(path, message);
            }, Qt::QueuedConnection);
    }
}

} // namespace atelier
