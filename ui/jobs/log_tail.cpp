// LogTail: the worker posts its answer through a Link that the destructor cuts, so a closed view
// never waits for a slow read and is never called back.
#include "ui/jobs/log_tail.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace atelier {

namespace {

constexpr std::int64_t ChunkBytes = 256 * 1024;

} // namespace

struct LogTail::Link
{
    QMutex mutex;
    LogTail *tail = nullptr;
};

LogTail::LogTail(std::shared_ptr<ComputeTarget> target, JobHandle job, LogStream stream, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_job(std::move(job))
    , m_stream(stream)
    , m_link(std::make_shared<Link>())
{
    m_link->tail = this;
}

LogTail::~LogTail()
{
    const QMutexLocker lock(&m_link->mutex);
    m_link->tail = nullptr;
}

void LogTail::poll()
{
    if (m_reading) {
        m_pollAgain = true;
        return;
    }
    m_reading = true;
    QThreadPool::globalInstance()->start([link = m_link, target = m_target, job = m_job, stream = m_stream,
                                          offset = m_offset] {
        Result<QByteArray> bytes = target->readLog(job, stream, offset, ChunkBytes);
        const QMutexLocker lock(&link->mutex);
        if (LogTail *tail = link->tail) {
            QMetaObject::invokeMethod(tail, [tail, bytes = std::move(bytes)] { tail->finished(bytes); },
                                      Qt::QueuedConnection);
        }
    });
}

void LogTail::finished(const Result<QByteArray> &bytes)
{
    m_reading = false;
    if (!bytes) {
        m_pollAgain = false;
        Q_EMIT failed(bytes.error().message);
        return;
    }
    m_offset += bytes->size();
    if (!bytes->isEmpty())
        Q_EMIT received(*bytes);
    // A full chunk means there is more already: read on without waiting for the next poll.
    if (bytes->size() >= ChunkBytes || m_pollAgain) {
        m_pollAgain = false;
        poll();
        return;
    }
    Q_EMIT caughtUp();
}

} // namespace atelier
