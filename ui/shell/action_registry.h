// ActionRegistry: every command of the window in one place, so the command palette finds them all.
#pragma once

#include <QList>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;

namespace atelier {

struct Command
{
    QString id;       // stable, for code and tests: "view.theme.dark"
    QString category; // translated menu name shown before the action: "View"
    QPointer<QAction> action;
    QList<QKeySequence> defaultShortcuts; // as made, before the user's own keys
};

class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ActionRegistry(QObject *parent = nullptr);

    // Registers `action` under `id`; returns it for chaining into menus.
    QAction *add(const QString &id, const QString &category, QAction *action);
    QAction *action(const QString &id) const;
    const QList<Command> &commands() const { return m_commands; }

    // Notes each command's shortcuts as its defaults; call once every command is made.
    void rememberDefaultShortcuts();
    // The command whose shortcuts include `sequence`, other than `exceptId`; empty when none.
    QString commandUsing(const QKeySequence &sequence, const QString &exceptId = {}) const;

private:
    QList<Command> m_commands;
};

} // namespace atelier
