// JobsPane: the project's jobs in a table that follows the supervisor live, with Cancel and Launch.
#pragma once

#include "core/compute/job_spec.h"

#include <QWidget>

#include <cstdint>
#include <memory>

class QAction;
class QTableView;

namespace atelier {

class JobSupervisor;
class JobsTableModel;
class StoreThread;

class JobsPane : public QWidget
{
    Q_OBJECT

public:
    JobsPane(JobSupervisor &supervisor, const QString &projectFolder, QWidget *parent = nullptr);
    ~JobsPane() override;

    QTableView *table() const { return m_table; }
    JobsTableModel *model() const { return m_model; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *launchAction() const { return m_launch; }

    // Reads the jobs again (the supervisor's jobChanged calls it).
    void refresh();
    // Cancels the selected jobs that have not finished.
    void cancelSelected();

Q_SIGNALS:
    void jobActivated(qint64 jobId);
    void launchRequested();
    // The jobs were read and shown.
    void refreshed();
    void problem(const QString &message, const QString &detail);

private:
    void updateActions();

    JobSupervisor &m_supervisor;
    JobsTableModel *m_model;
    QTableView *m_table;
    QAction *m_cancel;
    QAction *m_launch;
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
