// ThumbnailCache: small previews of image files, made once, kept on disk and in memory.
#pragma once

#include "core/result.h"

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

namespace atelier {

// A thumbnail is the image scaled to `size()` pixels on its longest side (never enlarged),
// EXIF orientation applied, decoded with QImageReader::setScaledSize (JPEG scales in the DCT).
// On disk it lives under the folder given, named by a hash of the file's absolute path, size,
// modification time and the thumbnail size, so an edited file gets a new thumbnail; files are
// written with QSaveFile (JPEG, or PNG for images with alpha). request() works on two threads of
// the cache's own and answers through signals; thumbnail() works on the calling thread.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultSize = 160;

    explicit ThumbnailCache(QString folder, int size = DefaultSize, QObject *parent = nullptr);
    // Drops the queue and waits for the thumbnails in progress.
    ~ThumbnailCache() override;

    int size() const { return m_size; }
    // The thumbnail when it is in memory; null otherwise.
    QImage cached(const QString &path) const;
    // Queues the paths (after those already queued); each comes back once through
    // thumbnailReady() or thumbnailFailed(), on this object's thread.
    void request(const QStringList &paths);
    // Forgets the queued paths that have not started (e.g. when the grid scrolled away).
    void cancelPending();
    // Reads the thumbnail from memory or disk, or makes it. Thread-safe.
    [[nodiscard]] Result<QImage> thumbnail(const QString &path);
    // The file under the cache folder that holds `path`'s thumbnail (it may not exist yet).
    QString diskFile(const QString &path) const;
    // How many thumbnails were decoded from their image (not read back from the cache).
    int madeCount() const { return m_made.loadRelaxed(); }

Q_SIGNALS:
    void thumbnailReady(const QString &path, const QImage &image);
    void thumbnailFailed(const QString &path, const QString &message);

private:
    Result<QImage> make(const QString &path, const QString &file);
    void work();

    QString m_folder;
    int m_size;
    QThreadPool m_pool;
    QAtomicInt m_made;

    mutable QMutex m_mutex; // guards everything below
    QCache<QString, QImage> m_memory;
    QStringList m_queue;
    QSet<QString> m_queued;
    int m_workers = 0;
};

} // namespace atelier
