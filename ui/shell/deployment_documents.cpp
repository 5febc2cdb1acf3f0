// DeploymentDocuments: one tab for the table, one a dashboard; a tab opened again is brought forward.
#include "ui/shell/deployment_documents.h"

#include "ui/deploy/deployment_view.h"
#include "ui/deploy/deployments_pane.h"
#include "ui/shell/document_area.h"
#include "ui/shell/section_texts.h"

#include <QTabWidget>

namespace atelier {

namespace {

QString documentKey(const QString &what)
{
    return QStringLiteral("deployments:") + what;
}

} // namespace

DeploymentDocuments::DeploymentDocuments(DocumentArea &documents, TaskManager &tasks, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_tasks(tasks)
{
}

DeploymentsPane *DeploymentDocuments::openDeployments(DeploymentSupervisor &supervisor, const QString &projectFolder)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Deployments;
    return qobject_cast<DeploymentsPane *>(m_documents.open(
        documentKey(QStringLiteral("table")), SectionTexts::title(section), SectionTexts::icon(section),
        [this, &supervisor, projectFolder] {
            auto *pane = new DeploymentsPane(supervisor, projectFolder);
            connect(pane, &DeploymentsPane::problem, this, &DeploymentDocuments::problem);
            connect(pane, &DeploymentsPane::deploymentActivated, this, [this, &supervisor, projectFolder](qint64 id) {
                openDeployment(supervisor, projectFolder, id);
            });
            return pane;
        }));
}

DeploymentView *DeploymentDocuments::openDeployment(DeploymentSupervisor &supervisor, const QString &projectFolder,
                                                    qint64 deploymentId)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Deployments;
    auto *view = qobject_cast<DeploymentView *>(m_documents.open(
        documentKey(QString::number(deploymentId)), tr("Deployment %1").arg(deploymentId), SectionTexts::icon(section),
        [this, &supervisor, projectFolder, deploymentId] {
            auto *dashboard = new DeploymentView(supervisor, m_tasks, projectFolder, deploymentId);
            connect(dashboard, &DeploymentView::problem, this, &DeploymentDocuments::problem);
            connect(dashboard, &DeploymentView::lineageRequested, this, &DeploymentDocuments::lineageRequested);
            // The tab takes the deployment's name once it is read.
            connect(dashboard, &DeploymentView::loaded, this, [this, dashboard] {
                if (const int index = m_documents.tabs()->indexOf(dashboard); index >= 0)
                    m_documents.tabs()->setTabText(index, dashboard->deployment().name);
            });
            return dashboard;
        }));
    return view;
}

} // namespace atelier
