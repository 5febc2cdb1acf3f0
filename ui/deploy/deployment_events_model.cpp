// DeploymentEventsModel: rows oldest first, so a live event lands at the bottom where the view follows it.
#include "ui/deploy/deployment_events_model.h"

#include "ui/deploy/deployment_state_badge.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace atelier {

namespace {

struct KindText
{
    const QString &kind;
    const char *text;
};

const KindText KindTexts[] = {
    {DeploymentEventKind::Start, QT_TRANSLATE_NOOP("DeploymentEventsModel", "Started")},
    {DeploymentEventKind::State, QT_TRANSLATE_NOOP("DeploymentEventsModel", "Health change")},
    {DeploymentEventKind::Restart, QT_TRANSLATE_NOOP("DeploymentEventsModel", "Restart")},
    {DeploymentEventKind::Rollout, QT_TRANSLATE_NOOP("DeploymentEventsModel", "Rollout")},
    {DeploymentEventKind::Probe, QT_TRANSLATE_NOOP("DeploymentEventsModel", "Probe problem")},
    {DeploymentEventKind::Stop, QT_TRANSLATE_NOOP("DeploymentEventsModel", "Stopped")},
};

} // namespace

DeploymentEventsModel::DeploymentEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString DeploymentEventsModel::kindText(const QString &kind)
{
    for (const KindText &entry : KindTexts) {
        if (entry.kind == kind)
            return tr(entry.text);
    }
    return kind;
}

void DeploymentEventsModel::setEvents(const QList<DeploymentEvent> &events)
{
    beginResetModel();
    m_events = events.mid(std::max<qsizetype>(0, events.size() - MaxEvents));
    endResetModel();
}

void DeploymentEventsModel::append(const DeploymentEvent &event)
{
    for (const DeploymentEvent &known : std::as_const(m_events)) {
        if (known.id == event.id)
            return;
    }
    if (m_events.size() >= MaxEvents) {
        beginRemoveRows({}, 0, 0);
        m_events.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size()));
    m_events.append(event);
    endInsertRows();
}

const DeploymentEvent *DeploymentEventsModel::event(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int DeploymentEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int DeploymentEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentEventsModel::data(const QModelIndex &index, int role) const
{
    const DeploymentEvent *event = index.isValid() ? this->event(index.row()) : nullptr;
    if (!event)
        return {};
    const std::optional<DeploymentState> state = deploymentStateFromName(event->state);
    if (role == Qt::DecorationRole && index.column() == StateColumn && state)
        return DeploymentStateBadge::stateIcon(*state);
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return event->detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: {
        const QDateTime at = QDateTime::fromString(event->at, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : event->at;
    }
    case KindColumn: return kindText(event->kind);
    case StateColumn: return state ? DeploymentStateBadge::stateText(*state) : event->state;
    case DetailColumn: return event->detail;
    case ColumnCount: break;
    }
    return {};
}

QVariant DeploymentEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Event");
    case StateColumn: return tr("State");
    case DetailColumn: return tr("Detail");
    case ColumnCount: break;
    }
    return {};
}

} // namespace atelier
