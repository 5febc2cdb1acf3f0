// JobDocuments: opens the jobs table and a job's view as documents, and the launch dialog, wired to
// the window's job supervisor.
#pragma once

#include <QObject>

class QWidget;

namespace atelier {

class DocumentArea;
class JobSupervisor;
class JobView;
class JobsPane;

class JobDocuments : public QObject
{
    Q_OBJECT

public:
    explicit JobDocuments(DocumentArea &documents, QObject *parent = nullptr);

    JobsPane *openJobs(JobSupervisor &supervisor, const QString &projectFolder);
    JobView *openJob(JobSupervisor &supervisor, const QString &projectFolder, qint64 jobId);
    // The launch dialog, window-modal over `window`; the job it launches comes back as jobRequested.
    void launch(JobSupervisor &supervisor, const QString &projectFolder, QWidget *window);

Q_SIGNALS:
    void jobRequested(qint64 jobId);
    void launchRequested();
    // A job's run, from its view.
    void runRequested(const QString &runId);
    void problem(const QString &message, const QString &detail);

private:
    DocumentArea &m_documents;
};

} // namespace atelier
