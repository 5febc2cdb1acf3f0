// DeploymentsPane: the project's deployments in a table that follows the supervisor live; a double-click opens one.
#pragma once

#include <QWidget>

#include <memory>

class QTableView;

namespace atelier {

class DeploymentSupervisor;
class DeploymentsTableModel;
class StoreThread;

class DeploymentsPane : public QWidget
{
    Q_OBJECT

public:
    DeploymentsPane(DeploymentSupervisor &supervisor, const QString &projectFolder, QWidget *parent = nullptr);
    ~DeploymentsPane() override;

    QTableView *table() const { return m_table; }
    DeploymentsTableModel *model() const { return m_model; }

    // Reads the deployments again (the supervisor's state changes and finished actions call it).
    void refresh();

Q_SIGNALS:
    void deploymentActivated(qint64 deploymentId);
    void refreshed();
    void problem(const QString &message, const QString &detail);

private:
    DeploymentsTableModel *m_model;
    QTableView *m_table;
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
