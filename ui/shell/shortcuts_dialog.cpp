// ShortcutsDialog: edits are kept aside until OK, so Cancel leaves every key as it was.
#include "ui/shell/shortcuts_dialog.h"

#include "ui/shell/action_registry.h"
#include "ui/widgets/action_text.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

enum Column { CommandColumn, CategoryColumn, KeysColumn };
constexpr int IdRole = Qt::UserRole + 1;

QString keysText(const QList<QKeySequence> &keys)
{
    return QKeySequence::listToString(keys, QKeySequence::NativeText);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_editor(new QKeySequenceEdit(this))
    , m_reset(new QPushButton(tr("Reset to Default"), this))
    , m_conflict(new QLabel(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    resize(640, 560);
    m_search->setPlaceholderText(tr("Search commands and keys"));
    m_search->setClearButtonEnabled(true);
    m_list->setHeaderLabels({tr("Command"), tr("Menu"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_conflict->setWordWrap(true);
    m_conflict->setObjectName(QStringLiteral("shortcutConflict"));

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("Keys for the selected command:"), this));
    editRow->addWidget(m_editor, 1);
    editRow->addWidget(m_reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_conflict);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::selectCommand);
    connect(m_editor, &QKeySequenceEdit::editingFinished, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            rebind(item->data(CommandColumn, IdRole).toString(), m_editor->keySequence());
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const QString id = item->data(CommandColumn, IdRole).toString();
        for (const Command &command : m_registry.commands()) {
            if (command.id == id)
                m_changed.insert(id, command.defaultShortcuts);
        }
        item->setText(KeysColumn, keysText(shortcutsOf(id)));
        m_conflict->clear();
        selectCommand();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

void ShortcutsDialog::fill()
{
    for (const Command &command : m_registry.commands()) {
        if (!command.action)
            continue;
        auto *item = new QTreeWidgetItem(m_list, {plainActionText(command.action), command.category,
                                                  keysText(command.action->shortcuts())});
        item->setData(CommandColumn, IdRole, command.id);
        item->setIcon(CommandColumn, command.action->icon());
    }
    m_list->sortItems(CategoryColumn, Qt::AscendingOrder);
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = text.isEmpty() || item->text(CommandColumn).contains(text, Qt::CaseInsensitive)
                           || item->text(CategoryColumn).contains(text, Qt::CaseInsensitive)
                           || item->text(KeysColumn).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void ShortcutsDialog::selectCommand()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_editor->setEnabled(item != nullptr);
    m_reset->setEnabled(item != nullptr);
    const QList<QKeySequence> keys = item ? shortcutsOf(item->data(CommandColumn, IdRole).toString())
                                          : QList<QKeySequence>();
    m_editor->setKeySequence(keys.value(0));
}

QList<QKeySequence> ShortcutsDialog::shortcutsOf(const QString &id) const
{
    if (m_changed.contains(id))
        return m_changed.value(id);
    QAction *action = m_registry.action(id);
    return action ? action->shortcuts() : QList<QKeySequence>();
}

QString ShortcutsDialog::describe(const QString &id) const
{
    QAction *action = m_registry.action(id);
    return action ? plainActionText(action) : id;
}

bool ShortcutsDialog::rebind(const QString &id, const QKeySequence &sequence)
{
    if (!sequence.isEmpty()) {
        // The keys as they will be once the pending changes apply.
        for (const Command &command : m_registry.commands()) {
            if (command.id != id && shortcutsOf(command.id).contains(sequence)) {
                m_conflict->setText(tr("%1 is already the key of \"%2\". Choose other keys, or give that "
                                       "command other keys first.")
                                        .arg(sequence.toString(QKeySequence::NativeText), describe(command.id)));
                selectCommand();
                return false;
            }
        }
    }
    m_conflict->clear();
    m_changed.insert(id, sequence.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{sequence});
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(CommandColumn, IdRole).toString() == id)
            item->setText(KeysColumn, keysText(shortcutsOf(id)));
    }
    return true;
}

void ShortcutsDialog::apply()
{
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        if (QAction *action = m_registry.action(it.key()))
            action->setShortcuts(it.value());
    }
    m_changed.clear();
}

} // namespace atelier
