// TaskManager: runs long work on worker threads as cancellable tasks that report progress.
#pragma once

#include "core/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThreadPool;

namespace atelier {

class TaskContext;

class TaskManager : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(TaskContext &)>;
    using Done = std::function<void(const Status &)>;

    explicit TaskManager(QObject *parent = nullptr);
    ~TaskManager() override;

    // Runs `work` on a worker thread. `done` runs afterwards on `receiver`'s thread, unless
    // `receiver` is gone by then. Returns the task's id.
    int start(const QString &title, Work work, QObject *receiver = nullptr, Done done = {});
    void cancel(int id);
    void cancelAll();
    // Waits for every task to end (used at shutdown and in tests).
    bool waitForAll(int timeoutMs = -1);

    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void taskStarted(int id, const QString &title);
    void taskProgressed(int id, qint64 done, qint64 total, const QString &status);
    void taskFinished(int id, const QString &title, bool succeeded, const QString &message);

private:
    struct Running;
    void finish(int id, const Status &status);

    QThreadPool *m_pool;
    int m_nextId = 1;
    QHash<int, std::shared_ptr<Running>> m_running;
};

} // namespace atelier
