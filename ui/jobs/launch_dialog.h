// LaunchDialog: asks for what a job runs and where (name, target, command, folder, environment,
// GPUs, retries) and submits it to the supervisor.
#pragma once

#include "core/compute/job_spec.h"

#include <QDialog>

#include <cstdint>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace atelier {

class JobSupervisor;
class StoreThread;

class LaunchDialog : public QDialog
{
    Q_OBJECT

public:
    LaunchDialog(JobSupervisor &supervisor, const QString &projectFolder, QWidget *parent = nullptr);
    ~LaunchDialog() override;

    // The job as the fields describe it; the command line is split as a shell would split it
    // (QProcess::splitCommand), but never run through one.
    JobSpec spec() const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *commandField() const { return m_command; }
    QLineEdit *folderField() const { return m_folder; }
    QTableWidget *environmentTable() const { return m_environment; }
    QSpinBox *gpusBox() const { return m_gpus; }
    QSpinBox *retriesBox() const { return m_retries; }
    QLabel *errorLabel() const { return m_error; }

    // Submits the job; on success emits launched() and closes, else shows why and stays open.
    void launch();

Q_SIGNALS:
    void launched(qint64 jobId);
    // The target combo holds the project's targets.
    void targetsLoaded();

private:
    void loadTargets();
    void addEnvironmentRow();

    JobSupervisor &m_supervisor;
    QLineEdit *m_name;
    QComboBox *m_target;
    QLineEdit *m_command;
    QLineEdit *m_folder;
    QTableWidget *m_environment;
    QSpinBox *m_gpus;
    QSpinBox *m_retries;
    QLabel *m_error;
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
