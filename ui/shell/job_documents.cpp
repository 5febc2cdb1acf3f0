// JobDocuments: the documents hold the supervisor they were opened with; the window closes them
// with the project, before its supervisor goes.
#include "ui/shell/job_documents.h"

#include "ui/jobs/job_view.h"
#include "ui/jobs/jobs_pane.h"
#include "ui/jobs/launch_dialog.h"
#include "ui/shell/document_area.h"
#include "ui/shell/section_texts.h"

namespace atelier {

namespace {

QString documentKey(const QString &what)
{
    return QStringLiteral("jobs:") + what;
}

} // namespace

JobDocuments::JobDocuments(DocumentArea &documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
{
}

JobsPane *JobDocuments::openJobs(JobSupervisor &supervisor, const QString &projectFolder)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Jobs;
    return qobject_cast<JobsPane *>(m_documents.open(
        documentKey(QStringLiteral("table")), SectionTexts::title(section), SectionTexts::icon(section),
        [this, &supervisor, projectFolder] {
            auto *pane = new JobsPane(supervisor, projectFolder);
            connect(pane, &JobsPane::problem, this, &JobDocuments::problem);
            connect(pane, &JobsPane::jobActivated, this, &JobDocuments::jobRequested);
            connect(pane, &JobsPane::launchRequested, this, &JobDocuments::launchRequested);
            return pane;
        }));
}

JobView *JobDocuments::openJob(JobSupervisor &supervisor, const QString &projectFolder, qint64 jobId)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Jobs;
    return qobject_cast<JobView *>(m_documents.open(
        documentKey(QString::number(jobId)), tr("Job %1").arg(jobId), SectionTexts::icon(section),
        [this, &supervisor, projectFolder, jobId] {
            auto *view = new JobView(supervisor, projectFolder, jobId);
            connect(view, &JobView::problem, this, &JobDocuments::problem);
            connect(view, &JobView::runActivated, this, &JobDocuments::runRequested);
            return view;
        }));
}

void JobDocuments::launch(JobSupervisor &supervisor, const QString &projectFolder, QWidget *window)
{
    auto *dialog = new LaunchDialog(supervisor, projectFolder, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LaunchDialog::launched, this, &JobDocuments::jobRequested);
    dialog->open();
}

} // namespace atelier
