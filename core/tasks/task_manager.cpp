// TaskManager: work on a QThreadPool; progress and completion come back as queued signals.
#include "core/tasks/task_manager.h"

#include "core/tasks/task_context.h"

#include <QThreadPool>

#include <mutex>

namespace atelier {

namespace {

// Progress is forwarded at most this often, so a tight loop cannot flood the GUI thread.
constexpr qint64 ProgressIntervalMs = 50;

} // namespace

struct TaskManager::Running
{
    Running(QString title, TaskContext::ProgressSink sink, QObject *receiver, Done done)
        : title(std::move(title))
        , context(std::move(sink))
        , receiver(receiver)
        , hasReceiver(receiver != nullptr)
        , done(std::move(done))
    {}

    QString title;
    TaskContext context;
    QPointer<QObject> receiver;
    bool hasReceiver;
    Done done;
};

TaskManager::TaskManager(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
}

TaskManager::~TaskManager()
{
    cancelAll();
    m_pool->waitForDone();
}

int TaskManager::start(const QString &title, Work work, QObject *receiver, Done done)
{
    const int id = m_nextId++;

    // The sink runs on the worker: throttle there, then hop to this object's thread.
    auto throttle = std::make_shared<std::pair<std::mutex, QElapsedTimer>>();
    throttle->second.start();
    QPointer<TaskManager> self(this);
    auto sink = [self, id, throttle](std::int64_t doneCount, std::int64_t total, const QString &status) {
        {
            std::lock_guard lock(throttle->first);
            const bool last = total > 0 && doneCount >= total;
            if (!last && throttle->second.elapsed() < ProgressIntervalMs)
                return;
            throttle->second.restart();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, doneCount, total, status] {
                if (self && self->m_running.contains(id))
                    Q_EMIT self->taskProgressed(id, doneCount, total, status);
            },
            Qt::QueuedConnection);
    };
    auto running = std::make_shared<Running>(title, std::move(sink), receiver, std::move(done));
    m_running.insert(id, running);

    Q_EMIT taskStarted(id, title);
    m_pool->start([self, id, running, work = std::move(work)] {
        Status status = work(running->context);
        if (!status && running->context.isCanceled())
            status = fail(tr("Canceled."), status.error().toString());
        QMetaObject::invokeMethod(
            self.data(), [self, id, status] {
                if (self)
                    self->finish(id, status);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void TaskManager::finish(int id, const Status &status)
{
    const std::shared_ptr<Running> running = m_running.take(id);
    if (!running)
        return;
    Q_EMIT taskFinished(id, running->title, status.has_value(),
                        status ? QString() : status.error().message);
    if (!running->done)
        return;
    if (!running->hasReceiver) {
        running->done(status);
        return;
    }
    if (running->receiver) {
        QMetaObject::invokeMethod(
            running->receiver.data(), [running, status] { running->done(status); }, Qt::AutoConnection);
    }
}

void TaskManager::cancel(int id)
{
    if (const auto running = m_running.value(id))
        running->context.cancel();
}

void TaskManager::cancelAll()
{
    for (const auto &running : std::as_const(m_running))
        running->context.cancel();
}

bool TaskManager::waitForAll(int timeoutMs)
{
    const bool finished = m_pool->waitForDone(timeoutMs);
    QCoreApplication::sendPostedEvents(this);
    return finished;
}

} // namespace atelier
