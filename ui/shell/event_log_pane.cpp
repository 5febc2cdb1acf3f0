// EventLogPane: scrolls to a new event only when the user was already at the end, so reading
// older events is not interrupted.
#include "ui/shell/event_log_pane.h"

#include "ui/shell/event_log_model.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace atelier {

EventLogPane::EventLogPane(EventLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("eventLog"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(EventLogModel::TimeColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_follow = bar->value() >= bar->maximum();
    });
    connect(model, &EventLogModel::eventAdded, this, &EventLogPane::followNewEvent);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EventLogPane::showContextMenu);
}

void EventLogPane::followNewEvent()
{
    if (m_follow)
        m_view->scrollToBottom();
}

void EventLogPane::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"), this, &EventLogPane::copySelection);
    copy->setEnabled(m_view->selectionModel()->hasSelection());
    menu.addAction(tr("Clear Events"), m_model, &EventLogModel::clear);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void EventLogPane::copySelection() const
{
    QStringList lines;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(EventLogModel::MessageColumn);
    for (const QModelIndex &row : rows) {
        const EventLogModel::Event &event = m_model->event(row.row());
        QString line = event.time.toString(Qt::ISODate) + u' ' + event.message;
        if (!event.detail.isEmpty())
            line += QStringLiteral(" (") + event.detail + u')';
        lines.append(line);
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace atelier
