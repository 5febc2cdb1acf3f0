// MainActions: the main window's commands and menus, created and registered in one place.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace atelier {

class ActionRegistry;

class MainActions : public QObject
{
    Q_OBJECT

public:
    // Creates every action, owned by `window`, and registers it in `registry`.
    MainActions(QMainWindow *window, ActionRegistry &registry);

    // Fills the window's menu bar; the docks' toggles go to View and into the registry.
    void createMenus(const QList<QDockWidget *> &docks);

    QAction *newProject;
    QAction *openProject;
    QAction *openDemo;
    QAction *addImageFolder;
    QAction *launchJob;
    QAction *closeTab;
    QAction *closeProject;
    QAction *settings;
    QAction *quit;
    QAction *refresh;
    QAction *lightTheme;
    QAction *darkTheme;
    QAction *commandPalette;
    QAction *about;
    QAction *shortcuts;
    QAction *clearRecent;
    // Rebuilt before it shows, from the recent projects.
    QMenu *recentMenu = nullptr;
    QMenu *helpMenu = nullptr;

private:
    QAction *make(const QString &id, const QString &category, const QString &text, const QString &icon = {},
                  const QKeySequence &shortcut = {});

    QMainWindow *m_window;
    ActionRegistry &m_registry;
    QActionGroup *m_themes;
};

} // namespace atelier
