// AnnotationActions: the annotation pane's commands, made once per window and registered with the
// others (so the command palette and the shortcut editor see them), acting on the current pane.
#pragma once

#include "ui/annotate/canvas/abstract_tool.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QKeySequence;
class QMainWindow;
class QMenu;

namespace atelier {

class ActionRegistry;
class AnnotationPane;

class AnnotationActions : public QObject
{
    Q_OBJECT

public:
    AnnotationActions(QMainWindow *window, ActionRegistry &registry);

    // The pane the actions act on; null disables them.
    void setTarget(AnnotationPane *pane);
    AnnotationPane *target() const { return m_target; }

    // The Annotate menu, for the menu bar.
    QMenu *menu() const { return m_menu; }
    // What the pane's toolbar shows, in order; null stands for a separator.
    QList<QAction *> toolBarActions() const;

    QAction *select, *rectangle, *rotatedRectangle, *polygon, *polyline, *point, *brush, *eraser;
    QAction *fillMask;
    QAction *undo, *redo, *copy, *paste, *pastePrevious, *remove, *bringToFront, *sendToBack;
    QAction *toggleHidden, *toggleLocked;
    QAction *next, *previous, *nextWithoutShapes, *goTo;
    QAction *zoomFit, *zoomActual, *zoomIn, *zoomOut;
    QAction *markDone, *review, *accept, *reject;
    QList<QAction *> useLabel; // keys 1-9
    QActionGroup *tools;

private:
    QAction *make(const QString &id, const QString &text, const QString &icon, const QKeySequence &shortcut);
    template<typename Slot>
    void route(QAction *action, Slot slot);
    void buildMenu();
    void showTool(ToolId tool);
    void showReviewMode(bool on);

    QMainWindow *m_window;
    ActionRegistry &m_registry;
    QPointer<AnnotationPane> m_target;
    QList<QAction *> m_all;
    QMenu *m_menu;
};

} // namespace atelier
