// ImagePrefetcher: decodes the current image and its neighbours ahead on its own worker threads.
#include "core/imaging/image_prefetcher.h"

#include "core/tasks/task_context.h"

#include <algorithm>

namespace atelier {

ImagePrefetcher::ImagePrefetcher(ImageLoadOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    // Two decoders: the requested image and the next one at the same time.
    m_pool.setMaxThreadCount(2);
}

ImagePrefetcher::~ImagePrefetcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_requested.clear();
        m_prefetch.clear();
        for (const auto &context : std::as_const(m_inFlight))
            context->cancel();
    }
    m_pool.waitForDone();
}

std::shared_ptr<const PyramidImage> ImagePrefetcher::request(const QString &path)
{
    {
        QMutexLocker lock(&m_mutex);
        for (qsizetype i = 0; i < m_cache.size(); ++i) {
            if (m_cache.at(i).path == path) {
                m_cache.move(i, 0);
                m_requested = path;
                return m_cache.first().image;
            }
        }
        m_requested = path;
        cancelUnwanted();
    }
    startWorkers();
    return nullptr;
}

void ImagePrefetcher::prefetch(const QStringList &paths)
{
    {
        QMutexLocker lock(&m_mutex);
        m_prefetch = paths;
        cancelUnwanted();
    }
    startWorkers();
}

bool ImagePrefetcher::isCached(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    for (const Entry &entry : m_cache)
        if (entry.path == path)
            return true;
    return false;
}

void ImagePrefetcher::setCapacity(int images)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = std::max(1, images);
    evict();
}

bool ImagePrefetcher::isWanted(const QString &path) const
{
    return path == m_requested || m_prefetch.contains(path);
}

// Called with m_mutex held.
void ImagePrefetcher::cancelUnwanted()
{
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        if (!isWanted(it.key()))
            it.value()->cancel();
}

// Called with m_mutex held: the requested image first, then the prefetch list in order.
QString ImagePrefetcher::takeNextJob(std::shared_ptr<TaskContext> *context)
{
    QStringList candidates = m_prefetch;
    if (!m_requested.isEmpty())
        candidates.prepend(m_requested);
    for (const QString &path : std::as_const(candidates)) {
        if (m_inFlight.contains(path))
            continue;
        const bool cached = std::any_of(m_cache.cbegin(), m_cache.cend(),
                                        [&](const Entry &entry) { return entry.path == path; });
        if (cached)
            continue;
        *context = std::make_shared<TaskContext>();
        m_inFlight.insert(path, *context);
        return path;
    }
    return {};
}

void ImagePrefetcher::startWorkers()
{
    QMutexLocker lock(&m_mutex);
    const int pending = int(m_prefetch.size()) + (m_requested.isEmpty() ? 0 : 1);
    while (m_workers < m_pool.maxThreadCount() && m_workers < pending) {
        ++m_workers;
        m_pool.start([this] { work(); });
    }
}

// A worker: decodes the next wanted image until there is none.
void ImagePrefetcher::work()
{
    while (true) {
        std::shared_ptr<TaskContext> context;
        QString path;
        {
            QMutexLocker lock(&m_mutex);
            path = takeNextJob(&context);
            if (path.isEmpty()) {
                --m_workers;
                return;
            }
        }
        ++m_decodes;
        auto loaded = ImageLoader::load(path, m_options, *context);
        std::shared_ptr<const PyramidImage> image = loaded ? *loaded : nullptr;
        const QString error = loaded ? QString() : loaded.error().message;
        // A decode that finished is kept even when cancelled meanwhile: it may be wanted again.
        const bool canceled = !image && context->isCanceled();
        QMetaObject::invokeMethod(this, [this, path, image, error, canceled] {
            if (!canceled) {
                finish(path, image, error);
                return;
            }
            {
                QMutexLocker lock(&m_mutex);
                m_inFlight.remove(path);
            }
            startWorkers(); // in case it was asked for again while it was being cancelled
        }, Qt::QueuedConnection);
    }
}

// On the owner's thread: keeps the image and tells whoever waits.
void ImagePrefetcher::finish(const QString &path, std::shared_ptr<const PyramidImage> image, const QString &error)
{
    {
        QMutexLocker lock(&m_mutex);
        m_inFlight.remove(path);
        if (image) {
            m_cache.prepend(Entry{path, image});
            evict();
        } else {
            // Not asked for again until request() or prefetch() names it again.
            if (m_requested == path)
                m_requested.clear();
            m_prefetch.removeAll(path);
        }
    }
    if (image)
        Q_EMIT ready(path, image);
    else
        Q_EMIT failed(path, error);
}

// Called with m_mutex held: drops least recently used images, unwanted ones first.
void ImagePrefetcher::evict()
{
    while (m_cache.size() > m_capacity) {
        qsizetype victim = m_cache.size() - 1;
        for (qsizetype i = m_cache.size() - 1; i >= 0; --i) {
            if (!isWanted(m_cache.at(i).path)) {
                victim = i;
                break;
            }
        }
        m_cache.removeAt(victim);
    }
}

} // namespace atelier
