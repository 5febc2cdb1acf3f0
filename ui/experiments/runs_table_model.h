// RunsTableModel: the runs of some experiments, filtered and sorted by MLflow's search syntax, read
// from the store a block of rows, and of the user's columns a block of cells, as the view shows them.
#pragma once

#include "core/tracking/run_table_reader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace atelier {

class StoreThread;

class RunsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns every table has, before the params, metrics and tags the user adds.
    enum FixedColumn { NameColumn, ExperimentColumn, StatusColumn, StartColumn, DurationColumn, UserColumn,
                       FixedColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, RowIdRole, SortValueRole };

    explicit RunsTableModel(StoreThread &store, QObject *parent = nullptr);

    // Runs a new search; the rows change when it is done (searchFinished or searchFailed).
    void setQuery(const QList<std::int64_t> &experimentIds, const QString &filter);
    void setColumns(const QList<RunColumn> &columns);
    const QList<RunColumn> &columns() const { return m_columns; }
    // Whether sort() can order by `column`: MLflow orders by attributes, params, tags and a
    // metric's latest value.
    bool canSortBy(int column) const;

    QString runId(int row) const;
    std::int64_t rowId(int row) const { return m_rowIds.value(row); }
    // Whether the cell's value has been read (a cell not read yet shows nothing, or "Loading…").
    bool isLoaded(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The fixed columns are read 256 rows at a time; the chosen columns, which may be hundreds,
    // in blocks of 64 rows by 16 columns, so that a wide table reads only the cells on screen.
    static constexpr int BlockSize = 256;
    static constexpr int CellBlockRows = 64;
    static constexpr int CellBlockColumns = 16;

Q_SIGNALS:
    void searchFinished(int runCount);
    void searchFailed(const QString &message); // a bad filter or order; the rows stay as they were
    void readFailed(const QString &message);

private:
    using Block = QHash<std::int64_t, RunRow>;
    using CellBlock = QList<QList<QVariant>>; // [column in block][row in block]

    void search();
    void requestBlock(int block) const;
    void storeBlock(int rowsVersion, int block, Block data);
    static quint64 cellBlockKey(int row, int column); // column counts from the first chosen column
    void requestCells(quint64 key) const;
    void storeCells(int rowsVersion, quint64 key, CellBlock cells);
    void dropBlocks();
    QVariant fixedValue(const RunRow &row, int column, int role) const;
    QVariant columnValue(const QVariant &value, int role) const;

    StoreThread &m_store;
    QList<std::int64_t> m_experimentIds;
    QString m_filter;
    QStringList m_orderBy;
    QList<RunColumn> m_columns;

    QList<std::int64_t> m_rowIds;
    int m_generation = 0;  // answers to an older search are dropped
    int m_rowsVersion = 0; // blocks read for older rows or columns are dropped
    mutable QHash<int, Block> m_blocks;
    mutable QSet<int> m_pending;
    mutable QHash<quint64, CellBlock> m_cells;
    mutable QSet<quint64> m_pendingCells;
};

} // namespace atelier
