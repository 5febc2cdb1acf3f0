// DeploymentsTableModel: the project's deployments as table rows (name, model version, target, state, port, since).
#pragma once

#include "core/serving/deployment_store.h"

#include <QAbstractTableModel>

namespace atelier {

class DeploymentsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ModelColumn, TargetColumn, StateColumn, PortColumn, UpdatedColumn, ColumnCount };
    enum Role { DeploymentIdRole = Qt::UserRole + 1, StateRole /* int(DeploymentState) */ };

    explicit DeploymentsTableModel(QObject *parent = nullptr);

    // Replaces the rows (newest first), updating in place when the same deployments come back.
    void setDeployments(const QList<DeploymentRecord> &deployments);
    const DeploymentRecord *deployment(int row) const;
    int rowOf(std::int64_t deploymentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeploymentRecord> m_deployments;
};

} // namespace atelier
