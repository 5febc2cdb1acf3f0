// TaskCenter: mirrors the TaskManager's signals into a list that keeps ended tasks for a while,
// so a quick task is still seen and a failed one can be read.
#include "ui/shell/task_center.h"

#include "core/tasks/task_manager.h"

#include <QTimer>

namespace atelier {

TaskCenter::TaskCenter(TaskManager &manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    connect(&manager, &TaskManager::taskStarted, this, &TaskCenter::onStarted);
    connect(&manager, &TaskManager::taskProgressed, this, &TaskCenter::onProgressed);
    connect(&manager, &TaskManager::taskFinished, this,
            [this](int id, const QString &, bool succeeded, const QString &message) {
                onFinished(id, succeeded, message);
            });
}

const TaskCenter::Task *TaskCenter::task(int id) const
{
    for (const Task &candidate : m_tasks) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

TaskCenter::Task *TaskCenter::find(int id)
{
    return const_cast<Task *>(std::as_const(*this).task(id));
}

int TaskCenter::runningCount() const
{
    return int(std::count_if(m_tasks.begin(), m_tasks.end(),
                             [](const Task &t) { return t.state == State::Running; }));
}

double TaskCenter::overallProgress() const
{
    qint64 done = 0;
    qint64 total = 0;
    for (const Task &t : m_tasks) {
        if (t.state != State::Running)
            continue;
        if (t.total <= 0)
            return -1;
        done += std::min(t.done, t.total);
        total += t.total;
    }
    return total > 0 ? double(done) / double(total) : -1;
}

void TaskCenter::cancel(int id)
{
    Task *t = find(id);
    if (!t || t->state != State::Running)
        return;
    t->cancelRequested = true;
    t->status = tr("Canceling…");
    m_manager.cancel(id);
    Q_EMIT taskChanged(id);
}

void TaskCenter::onStarted(int id, const QString &title)
{
    Task t;
    t.id = id;
    t.title = title;
    t.clock.start();
    m_tasks.append(t);
    Q_EMIT taskAdded(id);
    Q_EMIT summaryChanged();
}

void TaskCenter::onProgressed(int id, qint64 done, qint64 total, const QString &status)
{
    Task *t = find(id);
    if (!t || t->state != State::Running)
        return;
    t->done = done;
    t->total = total;
    if (!status.isEmpty() && !t->cancelRequested)
        t->status = status;
    Q_EMIT taskChanged(id);
    Q_EMIT summaryChanged();
}

void TaskCenter::onFinished(int id, bool succeeded, const QString &message)
{
    Task *t = find(id);
    if (!t)
        return;
    t->state = succeeded ? State::Succeeded : t->cancelRequested ? State::Canceled : State::Failed;
    t->message = message;
    t->elapsedMs = t->clock.elapsed();
    const Task ended = *t;
    Q_EMIT taskChanged(id);
    Q_EMIT taskEnded(ended);
    Q_EMIT summaryChanged();
    QTimer::singleShot(m_lingerMs, this, [this, id] { remove(id); });
}

void TaskCenter::remove(int id)
{
    const auto found = std::find_if(m_tasks.begin(), m_tasks.end(), [id](const Task &t) { return t.id == id; });
    if (found == m_tasks.end())
        return;
    m_tasks.erase(found);
    Q_EMIT taskRemoved(id);
}

} // namespace atelier
