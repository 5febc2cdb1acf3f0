// RunColumnsDialog: picks the params, metrics (latest, min, max) and tags the runs table shows.
#pragma once

#include "core/tracking/run_table_reader.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace atelier {

class RunColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    RunColumnsDialog(const RunColumnKeys &keys, const QList<RunColumn> &shown, QWidget *parent = nullptr);

    // The checked columns, in the order of the list: params, then metrics, then tags.
    QList<RunColumn> columns() const;

private:
    void addKeys(const QString &title, const QStringList &keys, RunColumn::Source source,
                 const QList<RunColumn> &shown);
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace atelier
