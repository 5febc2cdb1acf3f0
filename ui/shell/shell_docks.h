// ShellDocks: the main window's dock panes (Navigator, Properties, Events, Tasks) and their places.
#pragma once

#include <QCoreApplication>
#include <QList>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace atelier {

class EventLogModel;
class EventLogPane;
class NavigatorModel;
class NavigatorPane;
class PropertiesPane;
class TaskCenter;
class TasksPane;

class ShellDocks
{
    Q_DECLARE_TR_FUNCTIONS(ShellDocks)

public:
    ShellDocks(QMainWindow *window, NavigatorModel *navigatorModel, EventLogModel *events, TaskCenter &tasks);

    // The default arrangement, for a first start or when a saved one cannot be restored.
    void arrange();
    QList<QDockWidget *> all() const;
    // Shows a dock that may be hidden or behind another tab.
    static void reveal(QDockWidget *dock);

    NavigatorPane *navigator;
    PropertiesPane *properties;
    EventLogPane *events;
    TasksPane *tasks;

    QDockWidget *navigatorDock;
    QDockWidget *propertiesDock;
    QDockWidget *eventsDock;
    QDockWidget *tasksDock;

private:
    QDockWidget *addDock(const QString &objectName, const QString &title, const QString &icon, QWidget *content);

    QMainWindow *m_window;
};

} // namespace atelier
