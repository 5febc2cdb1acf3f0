// ShortcutsDialog: every command with its keys, searchable; pick one and press new keys to
// rebind it. Keys that another command already uses are refused with its name.
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace atelier {

class ActionRegistry;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(ActionRegistry &registry, QWidget *parent = nullptr);

    // Puts the keys chosen so far on the actions (what OK does).
    void apply();
    // For tests: rebinds the command `id` as if keys were pressed in the editor.
    bool rebind(const QString &id, const QKeySequence &sequence);

private:
    void fill();
    void filter(const QString &text);
    void selectCommand();
    QList<QKeySequence> shortcutsOf(const QString &id) const;
    QString describe(const QString &id) const;

    ActionRegistry &m_registry;
    QHash<QString, QList<QKeySequence>> m_changed;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_editor;
    QPushButton *m_reset;
    QLabel *m_conflict;
};

} // namespace atelier
