// AnnotationActions: each action is made by make() and routed by route() to the current pane, so a
// command exists once however many datasets are open, and acts where the labeler is looking.
#include "ui/annotate/annotation_actions.h"

#include "ui/annotate/annotation_pane.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/shell/action_registry.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>

namespace atelier {

namespace {

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}

} // namespace

AnnotationActions::AnnotationActions(QMainWindow *window, ActionRegistry &registry)
    : QObject(window)
    , tools(new QActionGroup(this))
    , m_window(window)
    , m_registry(registry)
    , m_menu(new QMenu(tr("&Annotate"), window))
{
    // Tool keys follow CVAT and labelme habits where they agree; D/A move between images.
    const auto tool = [this](const QString &id, const QString &text, const QString &icon,
                             const QKeySequence &shortcut, ToolId which) {
        QAction *action = make(id, text, icon, shortcut);
        action->setCheckable(true);
        tools->addAction(action);
        connect(action, &QAction::triggered, this, [this, which] {
            if (m_target)
                m_target->setTool(which);
        });
        return action;
    };
    select = tool(QStringLiteral("annotate.tool.select"), tr("&Select and Edit"), QStringLiteral("tool-select"),
                  key(Qt::Key_V), ToolId::Select);
    rectangle = tool(QStringLiteral("annotate.tool.rectangle"), tr("&Rectangle"), QStringLiteral("tool-rectangle"),
                     key(Qt::Key_R), ToolId::Rectangle);
    rotatedRectangle = tool(QStringLiteral("annotate.tool.rotatedRectangle"), tr("R&otated Rectangle"),
                            QStringLiteral("tool-rotated-rectangle"), key(Qt::SHIFT | Qt::Key_R),
                            ToolId::RotatedRectangle);
    polygon = tool(QStringLiteral("annotate.tool.polygon"), tr("&Polygon"), QStringLiteral("tool-polygon"),
                   key(Qt::Key_P), ToolId::Polygon);
    polyline = tool(QStringLiteral("annotate.tool.polyline"), tr("Poly&line"), QStringLiteral("tool-polyline"),
                    key(Qt::Key_L), ToolId::Polyline);
    point = tool(QStringLiteral("annotate.tool.point"), tr("P&oint"), QStringLiteral("tool-point"), key(Qt::Key_O),
                 ToolId::Point);
    brush = tool(QStringLiteral("annotate.tool.brush"), tr("Mask &Brush"), QStringLiteral("tool-brush"),
                 key(Qt::Key_B), ToolId::MaskBrush);
    eraser = tool(QStringLiteral("annotate.tool.eraser"), tr("Mask &Eraser"), QStringLiteral("tool-eraser"),
                  key(Qt::Key_E), ToolId::MaskEraser);
    select->setChecked(true);

    fillMask = make(QStringLiteral("annotate.fillMask"), tr("&Fill Polygon into Mask"), {},
                    key(Qt::SHIFT | Qt::Key_F));
    undo = make(QStringLiteral("annotate.undo"), tr("&Undo"), QStringLiteral("undo"), QKeySequence::Undo);
    redo = make(QStringLiteral("annotate.redo"), tr("&Redo"), QStringLiteral("redo"), QKeySequence::Redo);
    copy = make(QStringLiteral("annotate.copy"), tr("&Copy Shapes"), {}, QKeySequence::Copy);
    paste = make(QStringLiteral("annotate.paste"), tr("&Paste Shapes"), {}, QKeySequence::Paste);
    pastePrevious = make(QStringLiteral("annotate.pastePrevious"), tr("Paste Shapes of Pre&vious Image"), {},
                         key(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    remove = make(QStringLiteral("annotate.delete"), tr("&Delete Shapes"), {}, QKeySequence::Delete);
    bringToFront = make(QStringLiteral("annotate.bringToFront"), tr("Bring to &Front"), {},
                        key(Qt::CTRL | Qt::Key_BracketRight));
    sendToBack = make(QStringLiteral("annotate.sendToBack"), tr("Send to Bac&k"), {},
                      key(Qt::CTRL | Qt::Key_BracketLeft));
    toggleHidden = make(QStringLiteral("annotate.toggleHidden"), tr("&Hide or Show Shapes"), {}, key(Qt::Key_H));
    toggleLocked = make(QStringLiteral("annotate.toggleLocked"), tr("Loc&k or Unlock Shapes"), {},
                        key(Qt::CTRL | Qt::Key_L));

    next = make(QStringLiteral("annotate.next"), tr("&Next Image"), QStringLiteral("go-next"), key(Qt::Key_D));
    next->setShortcuts({key(Qt::Key_D), key(Qt::Key_PageDown)});
    previous = make(QStringLiteral("annotate.previous"), tr("Pre&vious Image"), QStringLiteral("go-previous"),
                    key(Qt::Key_A));
    previous->setShortcuts({key(Qt::Key_A), key(Qt::Key_PageUp)});
    nextWithoutShapes = make(QStringLiteral("annotate.nextWithoutShapes"), tr("Next Image &Without Shapes"), {},
                             key(Qt::SHIFT | Qt::Key_D));
    goTo = make(QStringLiteral("annotate.goTo"), tr("&Go to Image…"), {}, key(Qt::CTRL | Qt::Key_G));

    zoomFit = make(QStringLiteral("annotate.zoomFit"), tr("&Fit to Window"), QStringLiteral("zoom-fit"),
                   key(Qt::Key_F));
    zoomActual = make(QStringLiteral("annotate.zoomActual"), tr("&Actual Size"), QStringLiteral("zoom-actual"),
                      key(Qt::CTRL | Qt::Key_0));
    zoomIn = make(QStringLiteral("annotate.zoomIn"), tr("Zoom &In"), {}, QKeySequence::ZoomIn);
    zoomOut = make(QStringLiteral("annotate.zoomOut"), tr("Zoom &Out"), {}, QKeySequence::ZoomOut);

    markDone = make(QStringLiteral("annotate.markDone"), tr("&Mark Image as Done"), QStringLiteral("success"),
                    key(Qt::CTRL | Qt::Key_Return));
    review = make(QStringLiteral("annotate.review"), tr("&Review Mode"), QStringLiteral("review"),
                  key(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->setCheckable(true);
    accept = make(QStringLiteral("annotate.accept"), tr("&Accept Image"), QStringLiteral("accept"), key(Qt::Key_Y));
    reject = make(QStringLiteral("annotate.reject"), tr("Re&ject Image…"), QStringLiteral("reject"), key(Qt::Key_N));

    for (int digit = 1; digit <= 9; ++digit) {
        QAction *action = make(QStringLiteral("annotate.label%1").arg(digit), tr("Use Label %1").arg(digit), {},
                               key(Qt::Key(Qt::Key_0 + digit)));
        connect(action, &QAction::triggered, this, [this, digit] {
            if (m_target)
                m_target->useLabelKey(digit);
        });
        useLabel.append(action);
    }

    route(fillMask, &AnnotationPane::fillPolygonIntoMask);
    route(undo, &AnnotationPane::undo);
    route(redo, &AnnotationPane::redo);
    route(copy, &AnnotationPane::copyShapes);
    route(paste, &AnnotationPane::pasteShapes);
    route(pastePrevious, &AnnotationPane::pastePreviousShapes);
    route(remove, &AnnotationPane::removeSelectedShapes);
    route(bringToFront, &AnnotationPane::bringToFront);
    route(sendToBack, &AnnotationPane::sendToBack);
    route(toggleHidden, &AnnotationPane::toggleHidden);
    route(toggleLocked, &AnnotationPane::toggleLocked);
    route(next, &AnnotationPane::showNext);
    route(previous, &AnnotationPane::showPrevious);
    route(nextWithoutShapes, &AnnotationPane::showNextWithoutShapes);
    route(goTo, &AnnotationPane::goToImage);
    route(zoomFit, &AnnotationPane::zoomFit);
    route(zoomActual, &AnnotationPane::zoomActual);
    route(zoomIn, &AnnotationPane::zoomIn);
    route(zoomOut, &AnnotationPane::zoomOut);
    route(markDone, &AnnotationPane::markDone);
    route(accept, &AnnotationPane::acceptImage);
    route(reject, &AnnotationPane::rejectImage);
    connect(review, &QAction::toggled, this, [this](bool on) {
        if (m_target)
            m_target->setReviewMode(on);
    });

    buildMenu();
    setTarget(nullptr);
}

QAction *AnnotationActions::make(const QString &id, const QString &text, const QString &icon,
                                 const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    if (!icon.isEmpty())
        action->setIcon(Icons::named(icon));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    m_all.append(action);
    return m_registry.add(id, tr("Annotate"), action);
}

template<typename Slot>
void AnnotationActions::route(QAction *action, Slot slot)
{
    connect(action, &QAction::triggered, this, [this, slot] {
        if (m_target)
            (m_target.data()->*slot)();
    });
}

void AnnotationActions::buildMenu()
{
    m_menu->setObjectName(QStringLiteral("annotateMenu"));
    m_menu->addActions(tools->actions());
    m_menu->addAction(fillMask);
    m_menu->addSeparator();
    for (QAction *action : {undo, redo, copy, paste, pastePrevious, remove, bringToFront, sendToBack,
                            toggleHidden, toggleLocked})
        m_menu->addAction(action);
    m_menu->addSeparator();
    for (QAction *action : {next, previous, nextWithoutShapes, goTo, zoomFit, zoomActual, zoomIn, zoomOut})
        m_menu->addAction(action);
    m_menu->addSeparator();
    for (QAction *action : {markDone, review, accept, reject})
        m_menu->addAction(action);
    QMenu *labels = m_menu->addMenu(tr("Use &Label"));
    labels->addActions(useLabel);
}

QList<QAction *> AnnotationActions::toolBarActions() const
{
    QList<QAction *> actions = tools->actions();
    actions << nullptr << undo << redo << nullptr << previous << next << nullptr << zoomFit << zoomActual
            << nullptr << markDone << review << accept << reject << nullptr;
    return actions;
}

void AnnotationActions::setTarget(AnnotationPane *pane)
{
    if (m_target) {
        disconnect(m_target, nullptr, this, nullptr);
        disconnect(m_target->canvas(), nullptr, this, nullptr);
    }
    m_target = pane;
    for (QAction *action : std::as_const(m_all))
        action->setEnabled(pane != nullptr);
    if (pane) {
        connect(pane->canvas(), &AnnotationCanvas::toolChanged, this, &AnnotationActions::showTool);
        connect(pane, &AnnotationPane::reviewModeChanged, this, &AnnotationActions::showReviewMode);
        showTool(pane->tool());
    }
    showReviewMode(pane && pane->isReviewMode());
}

void AnnotationActions::showTool(ToolId tool)
{
    tools->actions().at(int(tool))->setChecked(true);
}

void AnnotationActions::showReviewMode(bool on)
{
    const QSignalBlocker blocker(review);
    review->setChecked(on);
    accept->setEnabled(on);
    reject->setEnabled(on);
}

} // namespace atelier
