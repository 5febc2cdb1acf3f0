// ShellDocks: every dock has an object name, which QMainWindow::saveState() needs to store it.
#include "ui/shell/shell_docks.h"

#include "ui/shell/event_log_pane.h"
#include "ui/shell/navigator_pane.h"
#include "ui/shell/properties_pane.h"
#include "ui/shell/tasks_pane.h"
#include "ui/widgets/icons.h"

#include <QDockWidget>
#include <QMainWindow>

namespace atelier {

ShellDocks::ShellDocks(QMainWindow *window, NavigatorModel *navigatorModel, EventLogModel *eventModel,
                       TaskCenter &taskCenter)
    : navigator(new NavigatorPane(navigatorModel))
    , properties(new PropertiesPane)
    , events(new EventLogPane(eventModel))
    , tasks(new TasksPane(taskCenter))
    , m_window(window)
{
    navigatorDock = addDock(QStringLiteral("navigatorDock"), tr("Navigator"),
                            QStringLiteral("navigator"), navigator);
    propertiesDock = addDock(QStringLiteral("propertiesDock"), tr("Properties"),
                             QStringLiteral("properties"), properties);
    eventsDock = addDock(QStringLiteral("eventsDock"), tr("Events"), QStringLiteral("events"), events);
    tasksDock = addDock(QStringLiteral("tasksDock"), tr("Tasks"), QStringLiteral("tasks"), tasks);
    arrange();
}

QDockWidget *ShellDocks::addDock(const QString &objectName, const QString &title, const QString &icon,
                                 QWidget *content)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    dock->setWindowIcon(Icons::named(icon));
    // A semi-bold title, as in other IDEs; the content keeps the normal weight, which it would
    // otherwise inherit from the dock.
    QFont titleFont = dock->font();
    titleFont.setWeight(QFont::DemiBold);
    dock->setFont(titleFont);
    QFont contentFont = content->font();
    contentFont.setWeight(QFont::Normal);
    content->setFont(contentFont);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    return dock;
}

void ShellDocks::arrange()
{
    // Navigator over Properties on the left; Events and Tasks as tabs along the bottom.
    m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, navigatorDock);
    m_window->splitDockWidget(navigatorDock, propertiesDock, Qt::Vertical);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, eventsDock);
    m_window->tabifyDockWidget(eventsDock, tasksDock);
    for (QDockWidget *dock : all())
        dock->show();
    eventsDock->raise();
    m_window->resizeDocks({navigatorDock}, {300}, Qt::Horizontal);
    m_window->resizeDocks({navigatorDock, propertiesDock}, {420, 220}, Qt::Vertical);
    m_window->resizeDocks({eventsDock}, {190}, Qt::Vertical);
}

QList<QDockWidget *> ShellDocks::all() const
{
    return {navigatorDock, propertiesDock, eventsDock, tasksDock};
}

void ShellDocks::reveal(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

} // namespace atelier
