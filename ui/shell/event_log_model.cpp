// EventLogModel: bounded, so a long session cannot grow it without end.
#include "ui/shell/event_log_model.h"

#include "ui/widgets/icons.h"

namespace atelier {

namespace {

constexpr int MaximumEvents = 2000;

QIcon severityIcon(EventLogModel::Severity severity)
{
    switch (severity) {
    case EventLogModel::Severity::Info:
        return Icons::named(QStringLiteral("info"));
    case EventLogModel::Severity::Success:
        return Icons::named(QStringLiteral("success"));
    case EventLogModel::Severity::Warning:
        return Icons::named(QStringLiteral("warning"));
    case EventLogModel::Severity::Error:
        return Icons::named(QStringLiteral("error"));
    }
    return {};
}

} // namespace

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EventLogModel::add(Severity severity, const QString &message, const QString &detail)
{
    if (m_events.size() >= MaximumEvents) {
        beginRemoveRows({}, 0, 0);
        m_events.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append({QDateTime::currentDateTime(), severity, message, detail});
    endInsertRows();
    Q_EMIT eventAdded(row);
}

void EventLogModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event &event = m_events.at(index.row());
    const bool timeColumn = index.column() == TimeColumn;
    switch (role) {
    case Qt::DisplayRole:
        return timeColumn ? event.time.toString(QStringLiteral("HH:mm:ss")) : event.message;
    case Qt::DecorationRole:
        return timeColumn ? severityIcon(event.severity) : QVariant();
    case Qt::ToolTipRole:
        return event.detail.isEmpty() ? event.message : event.message + u'\n' + event.detail;
    case SeverityRole:
        return int(event.severity);
    case DetailRole:
        return event.detail;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TimeColumn ? tr("Time") : tr("Event");
}

} // namespace atelier
