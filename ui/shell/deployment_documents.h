// DeploymentDocuments: opens the deployments table and deployment dashboards as document tabs, wired to the window's supervisor.
#pragma once

#include <QObject>

namespace atelier {

class DeploymentSupervisor;
class DeploymentView;
class DeploymentsPane;
class DocumentArea;
class TaskManager;

class DeploymentDocuments : public QObject
{
    Q_OBJECT

public:
    DeploymentDocuments(DocumentArea &documents, TaskManager &tasks, QObject *parent = nullptr);

    DeploymentsPane *openDeployments(DeploymentSupervisor &supervisor, const QString &projectFolder);
    DeploymentView *openDeployment(DeploymentSupervisor &supervisor, const QString &projectFolder,
                                   qint64 deploymentId);

Q_SIGNALS:
    // The lineage of a node ("deployment:3"), from a dashboard.
    void lineageRequested(const QString &node);
    void problem(const QString &message, const QString &detail);

private:
    DocumentArea &m_documents;
    TaskManager &m_tasks;
};

} // namespace atelier
