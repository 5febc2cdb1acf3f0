// TasksPane: the Tasks dock's content: a row for every running task and those just ended.
#pragma once

#include <QHash>
#include <QWidget>

class QStackedLayout;
class QVBoxLayout;

namespace atelier {

class TaskCenter;
class TaskRow;

class TasksPane : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPane(TaskCenter &center, QWidget *parent = nullptr);

    TaskRow *row(int taskId) const { return m_rows.value(taskId); }

private:
    void addRow(int taskId);
    void updateRow(int taskId);
    void removeRow(int taskId);
    void updateEmptyState();

    TaskCenter &m_center;
    QHash<int, TaskRow *> m_rows;
    QStackedLayout *m_stack;
    QWidget *m_empty;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
};

} // namespace atelier
