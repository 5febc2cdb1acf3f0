// ActionRegistry: a list, looked up by id; the number of commands stays in the dozens.
#include "ui/shell/action_registry.h"

#include <QAction>

namespace atelier {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{}

QAction *ActionRegistry::add(const QString &id, const QString &category, QAction *action)
{
    Q_ASSERT_X(!this->action(id), "ActionRegistry::add", "duplicate command id");
    action->setObjectName(id);
    m_commands.append({id, category, action, {}});
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    for (const Command &command : m_commands) {
        if (command.id == id)
            return command.action;
    }
    return nullptr;
}

void ActionRegistry::rememberDefaultShortcuts()
{
    for (Command &command : m_commands) {
        if (command.action)
            command.defaultShortcuts = command.action->shortcuts();
    }
}

QString ActionRegistry::commandUsing(const QKeySequence &sequence, const QString &exceptId) const
{
    for (const Command &command : m_commands) {
        if (command.id != exceptId && command.action && command.action->shortcuts().contains(sequence))
            return command.id;
    }
    return {};
}

} // namespace atelier
