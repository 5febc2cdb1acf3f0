// JobView: one job whole: its state, target and command, the run it logs to, its events and its live logs.
#pragma once

#include "core/compute/job_store.h"

#include <QWidget>

#include <cstdint>
#include <memory>

class QLabel;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace atelier {

class JobSupervisor;
class LogTail;
class LogView;
class StoreThread;

class JobView : public QWidget
{
    Q_OBJECT

public:
    JobView(JobSupervisor &supervisor, const QString &projectFolder, std::int64_t jobId, QWidget *parent = nullptr);
    ~JobView() override;

    std::int64_t jobId() const { return m_jobId; }
    const JobRecord &job() const { return m_job; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *runLink() const { return m_run; }
    QTableWidget *eventsTable() const { return m_events; }
    LogView *stdoutView() const { return m_stdout; }
    LogView *stderrView() const { return m_stderr; }

    // Reads the job and its events again (the supervisor's jobChanged calls it for this job).
    void reload();

Q_SIGNALS:
    void loaded();
    // Both logs were read up to their end after the job had finished.
    void logsComplete();
    void runActivated(const QString &runId);
    void problem(const QString &message, const QString &detail);

private:
    void adopt(const JobRecord &job, const QList<JobEvent> &events);
    void showEvents(const QList<JobEvent> &events);
    void startTails();
    void pollLogs();
    void tailCaughtUp();

    JobSupervisor &m_supervisor;
    QString m_projectFolder;
    std::int64_t m_jobId;
    JobRecord m_job;
    bool m_haveJob = false;
    QLabel *m_title;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_details;
    QLabel *m_run;
    QTableWidget *m_events;
    QTabWidget *m_logTabs;
    LogView *m_stdout;
    LogView *m_stderr;
    QTimer *m_pollTimer;
    LogTail *m_stdoutTail = nullptr;
    LogTail *m_stderrTail = nullptr;
    int m_finalReadsPending = 0; // the job ended: reads still to finish before the logs are whole
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
