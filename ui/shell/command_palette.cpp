// CommandPalette: a Qt::Popup frame (so a click elsewhere closes it) with a filter line over a
// list; the keys go to the line and Up/Down/Enter are forwarded to the list.
#include "ui/shell/command_palette.h"

#include "ui/shell/command_item_delegate.h"
#include "ui/shell/command_list_model.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QVBoxLayout>

#include <algorithm>

namespace atelier {

namespace {

constexpr int VisibleRows = 12;
constexpr int MinimumWidth = 440;
constexpr int MaximumWidth = 640;

} // namespace

CommandPalette::CommandPalette(const ActionRegistry &registry, QWidget *parent)
    : QFrame(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_model(new CommandListModel(registry, this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_noMatch(new QLabel(tr("No matching commands"), this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    m_filter->setObjectName(QStringLiteral("commandPaletteFilter"));
    m_filter->setPlaceholderText(tr("Type the name of a command"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandItemDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->setContentsMargins(8, 6, 8, 8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_noMatch);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::applyFilter);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        triggerCurrent();
    });
}

void CommandPalette::popup()
{
    m_filter->clear();
    applyFilter({});
    placeOverParent();
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::applyFilter(const QString &text)
{
    m_model->setFilter(text);
    const bool any = m_model->rowCount() > 0;
    m_list->setVisible(any);
    m_noMatch->setVisible(!any);
    if (any)
        m_list->setCurrentIndex(m_model->index(0, 0));

    const int rowHeight = any ? m_list->sizeHintForRow(0) : 0;
    m_list->setFixedHeight(rowHeight * std::min(m_model->rowCount(), VisibleRows) + 2);
    if (isVisible())
        adjustSize();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-VisibleRows);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(VisibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        triggerCurrent();
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void CommandPalette::moveCurrent(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, count - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void CommandPalette::triggerCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    QAction *action = m_model->action(current);
    if (!action)
        return;
    const QString id = current.data(CommandListModel::IdRole).toString();
    hide();
    // Queued, so that a command that opens a dialog does so after the popup has closed.
    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
    Q_EMIT commandTriggered(id);
}

void CommandPalette::placeOverParent()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!window) {
        adjustSize();
        return;
    }
    const int width = std::clamp(window->width() / 2, MinimumWidth, MaximumWidth);
    setFixedWidth(std::min(width, window->width()));
    adjustSize();
    // Just under the menu bar, centred, as in other editors.
    const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
    const auto *mainWindow = qobject_cast<QMainWindow *>(window);
    const int menuHeight = mainWindow && mainWindow->menuWidget() ? mainWindow->menuWidget()->height() : 0;
    move(topCentre.x() - this->width() / 2, topCentre.y() + menuHeight + 6);
}

} // namespace atelier
