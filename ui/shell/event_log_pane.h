// EventLogPane: the Events dock's content: the event log as a list that follows new entries.
#pragma once

#include <QWidget>

class QTreeView;

namespace atelier {

class EventLogModel;

class EventLogPane : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogPane(EventLogModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

private:
    void followNewEvent();
    void showContextMenu(const QPoint &position);
    void copySelection() const;

    EventLogModel *m_model;
    QTreeView *m_view;
    bool m_follow = true; // whether the view showed the last event before the newest arrived
};

} // namespace atelier
