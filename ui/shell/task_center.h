// TaskCenter: what the Tasks pane and the status bar show of the TaskManager's tasks.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

namespace atelier {

class TaskManager;

class TaskCenter : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed, Canceled };

    struct Task
    {
        int id = 0;
        QString title;
        qint64 done = 0;
        qint64 total = 0; // 0: not known (yet)
        QString status;   // the task's own words on what it is doing
        State state = State::Running;
        QString message;  // why it failed
        bool cancelRequested = false;
        QElapsedTimer clock;
        qint64 elapsedMs = 0; // set when it ends
    };

    explicit TaskCenter(TaskManager &manager, QObject *parent = nullptr);

    // Running tasks and those that ended less than lingerMs() ago, oldest first.
    const QList<Task> &tasks() const { return m_tasks; }
    const Task *task(int id) const;
    int runningCount() const;
    // Progress of all running tasks together in [0, 1], or -1 when some task cannot tell.
    double overallProgress() const;

    void cancel(int id);
    // How long an ended task stays listed (greyed).
    int lingerMs() const { return m_lingerMs; }
    void setLingerMs(int milliseconds) { m_lingerMs = milliseconds; }

Q_SIGNALS:
    void taskAdded(int id);
    void taskChanged(int id);
    void taskEnded(const atelier::TaskCenter::Task &task);
    void taskRemoved(int id);
    // The number of running tasks or their overall progress changed.
    void summaryChanged();

private:
    Task *find(int id);
    void onStarted(int id, const QString &title);
    void onProgressed(int id, qint64 done, qint64 total, const QString &status);
    void onFinished(int id, bool succeeded, const QString &message);
    void remove(int id);

    TaskManager &m_manager;
    QList<Task> m_tasks;
    int m_lingerMs = 8000;
};

} // namespace atelier
