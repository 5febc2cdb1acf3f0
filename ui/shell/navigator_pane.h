// NavigatorPane: the Navigator dock's content: the catalog tree, or an empty state without a project.
#pragma once

#include "core/project/project_catalog.h"

#include <QModelIndex>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QStackedLayout;
class QTreeView;

namespace atelier {

class EmptyState;
class NavigatorModel;

class NavigatorPane : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPane(NavigatorModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    NavigatorModel *model() const { return m_model; }
    // A button on the "no project" state.
    void addEmptyStateAction(QAction *action);

    void showNoProject();
    void showOpening(const QString &name);
    void showTree();
    // The catalog could not be read: says why, in place of the tree.
    void showProblem(const QString &message);

Q_SIGNALS:
    void activated(const QModelIndex &index);
    void currentChanged(const QModelIndex &index);

private:
    void rememberCurrent(const QModelIndex &parent, int first, int last);
    void restoreCurrent(const QModelIndex &parent);
    void expandFirstItems(const QModelIndex &parent);

    NavigatorModel *m_model;
    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QTreeView *m_view;
    // The item that was current while its section was being replaced: section, id.
    std::optional<std::pair<ProjectCatalog::Section, qint64>> m_pendingCurrent;
    // Sections whose old items were just removed, to be filled again (int(Section)).
    QSet<int> m_refilling;
};

} // namespace atelier
