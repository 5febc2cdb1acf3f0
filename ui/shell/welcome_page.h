// WelcomePage: the start page shown when no document is open: start actions and recent projects.
#pragma once

#include <QKeySequence>
#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace atelier {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // A link-styled button in the Start column that triggers `action`.
    void addStartAction(QAction *action);
    void setRecentProjects(const QStringList &folders);
    // The line that says what to do next; it depends on whether a project is open.
    void setOpenProject(const QString &name);
    void setCommandPaletteShortcut(const QKeySequence &shortcut);

Q_SIGNALS:
    void recentProjectRequested(const QString &folder);

private:
    QWidget *createHeader();
    QWidget *createRecentRow(const QString &folder);
    void clearRecent();
    void updateHint();

    QVBoxLayout *m_startLayout;
    QVBoxLayout *m_recentLayout;
    QLabel *m_hint;
    QString m_openProject;
    QKeySequence m_paletteShortcut;
};

} // namespace atelier
