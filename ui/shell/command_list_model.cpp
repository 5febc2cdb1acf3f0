// CommandListModel: rebuilt whole on every keystroke; a window has dozens of commands, not more.
#include "ui/shell/command_list_model.h"

#include "ui/shell/action_registry.h"
#include "ui/shell/fuzzy_matcher.h"
#include "ui/widgets/action_text.h"

#include <QAction>

#include <algorithm>

namespace atelier {

CommandListModel::CommandListModel(const ActionRegistry &registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{}

void CommandListModel::setFilter(const QString &filter)
{
    beginResetModel();
    m_rows.clear();
    for (const Command &command : m_registry.commands()) {
        QAction *action = command.action;
        // Commands that cannot run now (Close Project with none open) are left out, as in
        // other editors' palettes.
        if (!action || !action->isEnabled() || !action->isVisible())
            continue;
        const QString name = plainActionText(action);
        const QString text = command.category.isEmpty()
                                 ? name
                                 : tr("%1: %2", "command palette: category, command").arg(command.category, name);
        Row row{action, command.id, text, {}, 0};
        row.score = FuzzyMatcher::score(filter, text, &row.positions);
        if (row.score != FuzzyMatcher::NoMatch)
            m_rows.append(std::move(row));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.score > b.score; });
    endResetModel();
}

QAction *CommandListModel::action(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return m_rows.at(index.row()).action;
}

int CommandListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.text;
    case Qt::DecorationRole:
        return row.action ? row.action->icon() : QIcon();
    case Qt::ToolTipRole:
        return row.action ? row.action->toolTip() : QString();
    case ShortcutRole:
        return row.action ? row.action->shortcut().toString(QKeySequence::NativeText) : QString();
    case MatchPositionsRole:
        return QVariant::fromValue(row.positions);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

} // namespace atelier
