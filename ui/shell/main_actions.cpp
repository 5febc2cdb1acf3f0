// MainActions: each action is made and registered by make(), so no command can be in a menu
// without being in the command palette too.
#include "ui/shell/main_actions.h"

#include "ui/shell/action_registry.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace atelier {

MainActions::MainActions(QMainWindow *window, ActionRegistry &registry)
    : QObject(window)
    , m_window(window)
    , m_registry(registry)
    , m_themes(new QActionGroup(this))
{
    const QString file = tr("File");
    const QString view = tr("View");
    const QString help = tr("Help");
    newProject = make(QStringLiteral("file.new"), file, tr("&New Project…"), QStringLiteral("new"),
                      QKeySequence::New);
    openProject = make(QStringLiteral("file.open"), file, tr("&Open Project…"), QStringLiteral("folder"),
                       QKeySequence::Open);
    openDemo = make(QStringLiteral("file.openDemo"), file, tr("Open &Demo Project"), QStringLiteral("demo"));
    addImageFolder = make(QStringLiteral("file.addImageFolder"), file, tr("Add Image &Folder as Dataset…"),
                          QStringLiteral("dataset"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    launchJob = make(QStringLiteral("file.launchJob"), file, tr("&Launch Job…"), QStringLiteral("job"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    closeTab = make(QStringLiteral("file.closeTab"), file, tr("Close &Tab"), {}, QKeySequence::Close);
    closeProject = make(QStringLiteral("file.closeProject"), file, tr("&Close Project"), {},
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    settings = make(QStringLiteral("file.settings"), file, tr("&Settings…"), QStringLiteral("settings"),
                    QKeySequence(Qt::CTRL | Qt::Key_Comma));
    quit = make(QStringLiteral("file.quit"), file, tr("&Quit"), {}, QKeySequence(Qt::CTRL | Qt::Key_Q));
    clearRecent = make(QStringLiteral("file.clearRecent"), file, tr("Clear Recent Projects"));

    refresh = make(QStringLiteral("view.refresh"), view, tr("&Refresh"), QStringLiteral("refresh"),
                   QKeySequence(Qt::Key_F5));
    lightTheme = make(QStringLiteral("view.theme.light"), view, tr("&Light Theme"), QStringLiteral("theme"));
    darkTheme = make(QStringLiteral("view.theme.dark"), view, tr("&Dark Theme"), QStringLiteral("theme"));
    for (QAction *theme : {lightTheme, darkTheme}) {
        theme->setCheckable(true);
        m_themes->addAction(theme);
    }
    commandPalette = make(QStringLiteral("view.commandPalette"), view, tr("Command &Palette…"),
                          QStringLiteral("palette"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    shortcuts = make(QStringLiteral("help.shortcuts"), help, tr("&Keyboard Shortcuts…"), {},
                     QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(QStringLiteral("help.about"), help, tr("&About Atelier"), QStringLiteral("info"));
    about->setMenuRole(QAction::AboutRole);
    settings->setMenuRole(QAction::PreferencesRole);
    quit->setMenuRole(QAction::QuitRole);
}

QAction *MainActions::make(const QString &id, const QString &category, const QString &text,
                           const QString &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    if (!icon.isEmpty())
        action->setIcon(Icons::named(icon));
    action->setShortcut(shortcut);
    // Shortcuts work wherever the focus is in the window, docks included.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return m_registry.add(id, category, action);
}

void MainActions::createMenus(const QList<QDockWidget *> &docks)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *fileMenu = bar->addMenu(tr("&File"));
    fileMenu->addAction(newProject);
    fileMenu->addAction(openProject);
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addAction(openDemo);
    fileMenu->addSeparator();
    fileMenu->addAction(addImageFolder);
    fileMenu->addAction(launchJob);
    fileMenu->addSeparator();
    fileMenu->addAction(closeTab);
    fileMenu->addAction(closeProject);
    fileMenu->addSeparator();
    fileMenu->addAction(settings);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    QMenu *viewMenu = bar->addMenu(tr("&View"));
    viewMenu->addAction(commandPalette);
    viewMenu->addAction(refresh);
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(Icons::named(QStringLiteral("theme")), tr("&Theme"));
    themeMenu->addAction(lightTheme);
    themeMenu->addAction(darkTheme);
    viewMenu->addSeparator();
    const QString view = tr("View");
    int number = 1;
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(tr("Show %1").arg(dock->windowTitle()));
        toggle->setIcon(dock->windowIcon());
        // Alt+1…: the tool-window keys of other IDEs.
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number++)));
        m_window->addAction(toggle);
        m_registry.add(QStringLiteral("view.dock.") + dock->objectName(), view, toggle);
        viewMenu->addAction(toggle);
    }

    helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->addAction(shortcuts);
    helpMenu->addAction(about);
}

} // namespace atelier
