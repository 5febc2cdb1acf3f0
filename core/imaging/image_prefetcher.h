// ImagePrefetcher: decodes the current image and its neighbours ahead on its own worker threads.
#pragma once

#include "core/imaging/image_loader.h"
#include "core/imaging/pyramid_image.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace atelier {

class TaskContext;

// Use from one thread (the GUI's): request() the image to show, then prefetch() its neighbours
// (e.g. 2 ahead, 1 behind) in the order they are wanted. The requested image is decoded first,
// then the prefetch list in order; work for paths no longer wanted is dropped before it starts
// (a tiled build in progress is cancelled). Decoded images stay in an LRU of `capacity()`
// images, wanted ones evicted last.
class ImagePrefetcher : public QObject
{
    Q_OBJECT

public:
    explicit ImagePrefetcher(ImageLoadOptions options = {}, QObject *parent = nullptr);
    // Waits for the decodes in progress (a tiled build is cancelled).
    ~ImagePrefetcher() override;

    // The image at once when it is decoded; otherwise null, and ready() or failed() follows.
    std::shared_ptr<const PyramidImage> request(const QString &path);
    // Replaces the list of images to decode ahead, in priority order.
    void prefetch(const QStringList &paths);

    bool isCached(const QString &path) const;
    int capacity() const { return m_capacity; }
    void setCapacity(int images);
    // How many decodes were started: a served image that was prefetched adds none.
    int decodeCount() const { return m_decodes.load(); }

Q_SIGNALS:
    // Every decoded image, requested or prefetched.
    void ready(const QString &path, std::shared_ptr<const PyramidImage> image);
    void failed(const QString &path, const QString &message);

private:
    struct Entry
    {
        QString path;
        std::shared_ptr<const PyramidImage> image;
    };

    QString takeNextJob(std::shared_ptr<TaskContext> *context);
    void startWorkers();
    void work();
    void finish(const QString &path, std::shared_ptr<const PyramidImage> image, const QString &error);
    void cancelUnwanted();
    bool isWanted(const QString &path) const;
    void evict();

    ImageLoadOptions m_options;
    QThreadPool m_pool;
    int m_capacity = 4;
    std::atomic<int> m_decodes{0};

    mutable QMutex m_mutex; // guards everything below, shared with the workers
    QList<Entry> m_cache;   // most recently used first
    QString m_requested;
    QStringList m_prefetch;
    QHash<QString, std::shared_ptr<TaskContext>> m_inFlight;
    int m_workers = 0;
};

} // namespace atelier
