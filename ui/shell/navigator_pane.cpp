// NavigatorPane: a refresh replaces a section's rows; the pane puts the current item back by its
// id so that a refresh does not lose the user's place.
#include "ui/shell/navigator_pane.h"

#include "ui/shell/navigator_model.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QHeaderView>
#include <QStackedLayout>
#include <QTreeView>

namespace atelier {

NavigatorPane::NavigatorPane(NavigatorModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedLayout(this))
    , m_empty(new EmptyState(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("navigatorPane"));
    setAttribute(Qt::WA_StyledBackground);
    m_empty->setCompact(true);

    m_view->setObjectName(QStringLiteral("navigator"));
    m_view->setModel(model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NavigatorModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(NavigatorModel::DetailColumn, QHeaderView::ResizeToContents);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this, &NavigatorPane::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(current); });
    // A new catalog opens every section that has something to show.
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &NavigatorPane::rememberCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, this, &NavigatorPane::restoreCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, this, &NavigatorPane::expandFirstItems);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &section) {
        if (NavigatorModel::isSection(section))
            m_refilling.insert(int(NavigatorModel::sectionOf(section)));
    });
    // The model ends a section's replacement by updating its count.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (NavigatorModel::isSection(topLeft))
            m_refilling.remove(int(NavigatorModel::sectionOf(topLeft)));
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_pendingCurrent.reset();
        m_refilling.clear();
    });
    showNoProject();
}

void NavigatorPane::addEmptyStateAction(QAction *action)
{
    m_empty->addButton(action);
}

void NavigatorPane::showNoProject()
{
    m_empty->setIcon(Icons::named(QStringLiteral("navigator")));
    m_empty->setTitle(tr("No project open"));
    m_empty->setText(tr("Open a project folder to see its datasets, experiments, jobs, models and "
                        "deployments."));
    m_stack->setCurrentWidget(m_empty);
}

void NavigatorPane::showOpening(const QString &name)
{
    m_empty->setIcon(Icons::named(QStringLiteral("navigator")));
    m_empty->setTitle(tr("Opening %1…").arg(name));
    m_empty->setText(tr("The catalog appears here as soon as the project is open."));
    m_stack->setCurrentWidget(m_empty);
}

void NavigatorPane::showProblem(const QString &message)
{
    m_empty->setIcon(Icons::named(QStringLiteral("error")));
    m_empty->setTitle(tr("The catalog could not be loaded"));
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
}

void NavigatorPane::showTree()
{
    m_stack->setCurrentWidget(m_view);
}

void NavigatorPane::expandFirstItems(const QModelIndex &parent)
{
    // The model replaces a section's items by removing the old rows, then inserting the new:
    // rows inserted without a removal before them are a section's first, and are shown. A
    // section that had items keeps the expanded state the user gave it.
    if (!NavigatorModel::isSection(parent))
        return;
    if (!m_refilling.remove(int(NavigatorModel::sectionOf(parent))))
        m_view->expand(parent);
}

void NavigatorPane::rememberCurrent(const QModelIndex &parent, int first, int last)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.parent() != parent || current.row() < first || current.row() > last)
        return;
    const QModelIndex name = current.siblingAtColumn(NavigatorModel::NameColumn);
    m_pendingCurrent = std::pair(NavigatorModel::sectionOf(name), name.data(NavigatorModel::IdRole).toLongLong());
}

void NavigatorPane::restoreCurrent(const QModelIndex &parent)
{
    if (!m_pendingCurrent || !NavigatorModel::isSection(parent)
        || NavigatorModel::sectionOf(parent) != m_pendingCurrent->first)
        return;
    const QModelIndex index = m_model->itemIndex(m_pendingCurrent->first, m_pendingCurrent->second);
    m_pendingCurrent.reset();
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

} // namespace atelier
