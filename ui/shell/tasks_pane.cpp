// TasksPane: a widget a row is fine here: tasks run by the handful, never by the thousand.
#include "ui/shell/tasks_pane.h"

#include "ui/shell/task_center.h"
#include "ui/shell/task_row.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QLocale>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace atelier {

namespace {

QString outcomeText(const TaskCenter::Task &task)
{
    const QString seconds = QLocale().toString(double(task.elapsedMs) / 1000.0, 'f', 1);
    switch (task.state) {
    case TaskCenter::State::Succeeded:
        return TasksPane::tr("Finished in %1 s").arg(seconds);
    case TaskCenter::State::Canceled:
        return TasksPane::tr("Canceled after %1 s").arg(seconds);
    case TaskCenter::State::Failed:
        return TasksPane::tr("Failed: %1").arg(task.message);
    case TaskCenter::State::Running:
        break;
    }
    return {};
}

} // namespace

TasksPane::TasksPane(TaskCenter &center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_stack(new QStackedLayout(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
{
    auto *empty = new EmptyState(Icons::named(QStringLiteral("tasks")), tr("No running tasks"),
                                 tr("Opening projects, imports and other long work show their progress here."));
    empty->setCompact(true);
    m_empty = empty;

    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(0);
    m_listLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("tasksScroll"));
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_list->setObjectName(QStringLiteral("tasksList"));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    connect(&center, &TaskCenter::taskAdded, this, &TasksPane::addRow);
    connect(&center, &TaskCenter::taskChanged, this, &TasksPane::updateRow);
    connect(&center, &TaskCenter::taskRemoved, this, &TasksPane::removeRow);
    for (const TaskCenter::Task &task : center.tasks())
        addRow(task.id);
    updateEmptyState();
}

void TasksPane::addRow(int taskId)
{
    auto *row = new TaskRow(taskId, m_list);
    connect(row, &TaskRow::cancelRequested, &m_center, &TaskCenter::cancel);
    m_rows.insert(taskId, row);
    // Before the trailing stretch, so rows stack from the top.
    m_listLayout->insertWidget(m_listLayout->count() - 1, row);
    updateRow(taskId);
    updateEmptyState();
}

void TasksPane::updateRow(int taskId)
{
    TaskRow *row = m_rows.value(taskId);
    const TaskCenter::Task *task = m_center.task(taskId);
    if (!row || !task)
        return;
    row->setTitle(task->title);
    if (task->state == TaskCenter::State::Running)
        row->setProgress(task->done, task->total, task->status);
    else
        row->setEnded(outcomeText(*task), task->state == TaskCenter::State::Failed);
}

void TasksPane::removeRow(int taskId)
{
    delete m_rows.take(taskId);
    updateEmptyState();
}

void TasksPane::updateEmptyState()
{
    m_stack->setCurrentIndex(m_rows.isEmpty() ? 0 : 1);
}

} // namespace atelier
