// DeploymentsTableModel: states get their words and dots from DeploymentStateBadge; times show in local time.
#include "ui/deploy/deployments_table_model.h"

#include "ui/deploy/deployment_state_badge.h"

#include <QDateTime>
#include <QLocale>

namespace atelier {

DeploymentsTableModel::DeploymentsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeploymentsTableModel::setDeployments(const QList<DeploymentRecord> &deployments)
{
    bool sameRows = deployments.size() == m_deployments.size();
    for (qsizetype i = 0; sameRows && i < deployments.size(); ++i)
        sameRows = deployments[i].id == m_deployments[i].id;
    if (sameRows) {
        m_deployments = deployments;
        if (!m_deployments.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_deployments = deployments;
    endResetModel();
}

const DeploymentRecord *DeploymentsTableModel::deployment(int row) const
{
    return row >= 0 && row < m_deployments.size() ? &m_deployments[row] : nullptr;
}

int DeploymentsTableModel::rowOf(std::int64_t deploymentId) const
{
    for (int row = 0; row < m_deployments.size(); ++row) {
        if (m_deployments[row].id == deploymentId)
            return row;
    }
    return -1;
}

int DeploymentsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int DeploymentsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentsTableModel::data(const QModelIndex &index, int role) const
{
    const DeploymentRecord *record = index.isValid() ? deployment(index.row()) : nullptr;
    if (!record)
        return {};
    if (role == DeploymentIdRole)
        return qint64(record->id);
    if (role == StateRole)
        return int(record->state);
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return DeploymentStateBadge::stateIcon(record->state);
    if (role == Qt::TextAlignmentRole && index.column() == PortColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return record->name;
    case ModelColumn: return tr("%1 v%2").arg(record->modelName).arg(record->modelVersion);
    case TargetColumn: return record->targetName;
    case StateColumn: return DeploymentStateBadge::stateText(record->state);
    case PortColumn: return record->port ? QVariant(*record->port) : QVariant();
    case UpdatedColumn:
        return QLocale().toString(QDateTime::fromString(record->updatedAt, Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case ColumnCount: break;
    }
    return {};
}

QVariant DeploymentsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case ModelColumn: return tr("Model");
    case TargetColumn: return tr("Target");
    case StateColumn: return tr("State");
    case PortColumn: return tr("Port");
    case UpdatedColumn: return tr("Changed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace atelier
