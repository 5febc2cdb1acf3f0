// DeploymentEventsModel: a deployment's events (start, health changes, restarts, rollouts, probe problems, stop) as table rows.
#pragma once

#include "core/serving/deployment_store.h"

#include <QAbstractTableModel>

namespace atelier {

class DeploymentEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, StateColumn, DetailColumn, ColumnCount };
    // The newest this many are kept.
    static constexpr int MaxEvents = 500;

    explicit DeploymentEventsModel(QObject *parent = nullptr);

    // Oldest first, as DeploymentStore::events() gives them.
    void setEvents(const QList<DeploymentEvent> &events);
    // A newer event (ignored when it is there already).
    void append(const DeploymentEvent &event);
    const DeploymentEvent *event(int row) const;

    // "Health change", "Restart" ...: what a user reads for an event kind.
    static QString kindText(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeploymentEvent> m_events;
};

} // namespace atelier
