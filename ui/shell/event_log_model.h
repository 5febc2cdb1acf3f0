// EventLogModel: the session's timestamped events (projects opened, tasks ended, errors), newest last.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace atelier {

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Severity { Info, Success, Warning, Error };
    enum Column { TimeColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, DetailRole };

    struct Event
    {
        QDateTime time;
        Severity severity = Severity::Info;
        QString message;
        QString detail; // technical detail, shown as the tooltip
    };

    explicit EventLogModel(QObject *parent = nullptr);

    void add(Severity severity, const QString &message, const QString &detail = {});
    void clear();
    const Event &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void eventAdded(int row);

private:
    QList<Event> m_events;
};

} // namespace atelier
