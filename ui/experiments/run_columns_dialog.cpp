// RunColumnsDialog: a checkable tree of keys under Params, Metrics and Tags, with a filter for long lists.
#include "ui/experiments/run_columns_dialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int ColumnRole = Qt::UserRole + 1;

struct Choice
{
    RunColumn::Statistic statistic;
    const char *text;
};

const Choice MetricChoices[] = {
    {RunColumn::Statistic::Last, QT_TRANSLATE_NOOP("atelier::RunColumnsDialog", "latest")},
    {RunColumn::Statistic::Min, QT_TRANSLATE_NOOP("atelier::RunColumnsDialog", "min")},
    {RunColumn::Statistic::Max, QT_TRANSLATE_NOOP("atelier::RunColumnsDialog", "max")},
};

QTreeWidgetItem *checkableItem(QTreeWidgetItem *parent, const QString &text, const RunColumn &column, bool checked)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    item->setData(0, ColumnRole, QVariant::fromValue(int(column.source)));
    item->setData(0, ColumnRole + 1, column.key);
    item->setData(0, ColumnRole + 2, QVariant::fromValue(int(column.statistic)));
    return item;
}

RunColumn columnOf(const QTreeWidgetItem *item)
{
    return {RunColumn::Source(item->data(0, ColumnRole).toInt()), item->data(0, ColumnRole + 1).toString(),
            RunColumn::Statistic(item->data(0, ColumnRole + 2).toInt())};
}

} // namespace

RunColumnsDialog::RunColumnsDialog(const RunColumnKeys &keys, const QList<RunColumn> &shown, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Columns"));
    m_filter->setPlaceholderText(tr("Filter keys"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    addKeys(tr("Params"), keys.params, RunColumn::Source::Param, shown);
    addKeys(tr("Metrics"), keys.metrics, RunColumn::Source::Metric, shown);
    addKeys(tr("Tags"), keys.tags, RunColumn::Source::Tag, shown);
    m_tree->expandToDepth(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &RunColumnsDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(360, 480);
}

void RunColumnsDialog::addKeys(const QString &title, const QStringList &keys, RunColumn::Source source,
                               const QList<RunColumn> &shown)
{
    auto *group = new QTreeWidgetItem(m_tree, {title});
    group->setFlags(group->flags() & ~Qt::ItemIsSelectable);
    for (const QString &key : keys) {
        if (source != RunColumn::Source::Metric) {
            const RunColumn column{source, key, RunColumn::Statistic::Last};
            checkableItem(group, key, column, shown.contains(column));
            continue;
        }
        auto *metric = new QTreeWidgetItem(group, {key});
        for (const Choice &choice : MetricChoices) {
            const RunColumn column{source, key, choice.statistic};
            checkableItem(metric, tr(choice.text), column, shown.contains(column));
        }
    }
}

void RunColumnsDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int k = 0; k < group->childCount(); ++k) {
            QTreeWidgetItem *key = group->child(k);
            key->setHidden(!key->text(0).contains(text, Qt::CaseInsensitive));
        }
    }
}

QList<RunColumn> RunColumnsDialog::columns() const
{
    QList<RunColumn> columns;
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Checked); *it; ++it)
        columns.append(columnOf(*it));
    return columns;
}

} // namespace atelier
