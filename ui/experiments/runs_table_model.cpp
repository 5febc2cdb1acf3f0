// RunsTableModel: a search yields only the ordered row ids; blocks of rows and blocks of cells are read
// on the store thread when the view first asks for them, so a filter or a sort never reads a column.
#include "ui/experiments/runs_table_model.h"

#include "core/store/store_thread.h"
#include "core/tracking/run_search.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace atelier {

namespace {

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return RunsTableModel::tr("Running");
    case RunStatus::Scheduled:
        return RunsTableModel::tr("Scheduled");
    case RunStatus::Finished:
        return RunsTableModel::tr("Finished");
    case RunStatus::Failed:
        return RunsTableModel::tr("Failed");
    case RunStatus::Killed:
        return RunsTableModel::tr("Killed");
    }
    return {};
}

QString durationText(std::int64_t ms)
{
    const std::int64_t seconds = ms / 1000;
    if (seconds < 60)
        return RunsTableModel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (seconds < 3600)
        return RunsTableModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RunsTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString metricText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale().toString(value, 'g', 6);
}

QString columnTitle(const RunColumn &column)
{
    switch (column.source) {
    case RunColumn::Source::Param:
        return RunsTableModel::tr("%1 (param)").arg(column.key);
    case RunColumn::Source::Tag:
        return RunsTableModel::tr("%1 (tag)").arg(column.key);
    case RunColumn::Source::Metric:
        break;
    }
    switch (column.statistic) {
    case RunColumn::Statistic::Min:
        return RunsTableModel::tr("%1 (min)").arg(column.key);
    case RunColumn::Statistic::Max:
        return RunsTableModel::tr("%1 (max)").arg(column.key);
    case RunColumn::Statistic::Last:
        break;
    }
    return column.key;
}

// MLflow's names for the fixed columns that it can order by; empty where it cannot.
QString fixedSearchName(int column)
{
    switch (column) {
    case RunsTableModel::NameColumn:
        return QStringLiteral("attributes.run_name");
    case RunsTableModel::StatusColumn:
        return QStringLiteral("attributes.status");
    case RunsTableModel::StartColumn:
        return QStringLiteral("attributes.start_time");
    case RunsTableModel::UserColumn:
        return QStringLiteral("attributes.user_id");
    default:
        return {};
    }
}

} // namespace

RunsTableModel::RunsTableModel(StoreThread &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void RunsTableModel::setQuery(const QList<std::int64_t> &experimentIds, const QString &filter)
{
    m_experimentIds = experimentIds;
    m_filter = filter;
    search();
}

void RunsTableModel::setColumns(const QList<RunColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    dropBlocks();
    endResetModel();
}

void RunsTableModel::dropBlocks()
{
    ++m_rowsVersion;
    m_blocks.clear();
    m_pending.clear();
    m_cells.clear();
    m_pendingCells.clear();
}

bool RunsTableModel::canSortBy(int column) const
{
    if (column < FixedColumnCount)
        return !fixedSearchName(column).isEmpty();
    return !m_columns.value(column - FixedColumnCount).searchName().isEmpty();
}

void RunsTableModel::sort(int column, Qt::SortOrder order)
{
    if (!canSortBy(column))
        return;
    const QString name = column < FixedColumnCount ? fixedSearchName(column)
                                                   : m_columns[column - FixedColumnCount].searchName();
    m_orderBy = {name + (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"))};
    search();
}

void RunsTableModel::search()
{
    const int generation = ++m_generation;
    RunSearchRequest request;
    request.experimentIds = m_experimentIds;
    request.filter = m_filter;
    request.orderBy = m_orderBy;
    request.maxResults = 0;
    request.withRunIds = false;
    m_store.post([this, generation, request](Result<Database *> db) {
        Result<RunSearchPage> page = db ? RunSearch(**db).search(request) : fail(db.error());
        QMetaObject::invokeMethod(this, [this, generation, page = std::move(page)]() mutable {
            if (generation != m_generation)
                return;
            if (!page) {
                Q_EMIT searchFailed(page.error().message);
                return;
            }
            beginResetModel();
            m_rowIds = std::move(page->runRowIds);
            dropBlocks();
            endResetModel();
            Q_EMIT searchFinished(int(m_rowIds.size()));
        }, Qt::QueuedConnection);
    });
}

void RunsTableModel::requestBlock(int block) const
{
    if (m_pending.contains(block))
        return;
    m_pending.insert(block);
    const QList<std::int64_t> ids = m_rowIds.mid(qsizetype(block) * BlockSize, BlockSize);
    auto *self = const_cast<RunsTableModel *>(this);
    m_store.post([self, version = m_rowsVersion, block, ids](Result<Database *> db) {
        Block data;
        Result<QList<RunRow>> rows = db ? RunTableReader(**db).rows(ids) : fail(db.error());
        const Status read = rows ? Status{} : fail(rows.error());
        for (RunRow &row : rows.value_or(QList<RunRow>{}))
            data.insert(row.rowId, std::move(row));
        QMetaObject::invokeMethod(self, [self, version, block, data = std::move(data), read]() mutable {
            if (!read) {
                self->m_pending.remove(block);
                Q_EMIT self->readFailed(read.error().message);
                return;
            }
            self->storeBlock(version, block, std::move(data));
        }, Qt::QueuedConnection);
    });
}

void RunsTableModel::storeBlock(int rowsVersion, int block, Block data)
{
    if (rowsVersion != m_rowsVersion)
        return;
    m_pending.remove(block);
    m_blocks.insert(block, std::move(data));
    const int first = block * BlockSize;
    const int last = std::min(int(m_rowIds.size()), first + BlockSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, FixedColumnCount - 1));
}

quint64 RunsTableModel::cellBlockKey(int row, int column)
{
    return quint64(row / CellBlockRows) << 32 | quint64(column / CellBlockColumns);
}

void RunsTableModel::requestCells(quint64 key) const
{
    if (m_pendingCells.contains(key))
        return;
    m_pendingCells.insert(key);
    const int firstRow = int(key >> 32) * CellBlockRows;
    const int firstColumn = int(key & 0xffffffffu) * CellBlockColumns;
    const QList<std::int64_t> ids = m_rowIds.mid(firstRow, CellBlockRows);
    const QList<RunColumn> columns = m_columns.mid(firstColumn, CellBlockColumns);
    auto *self = const_cast<RunsTableModel *>(this);
    m_store.post([self, version = m_rowsVersion, key, ids, columns](Result<Database *> db) {
        CellBlock cells;
        Status read = db ? Status{} : fail(db.error());
        for (qsizetype i = 0; i < columns.size() && read; ++i) {
            auto values = RunTableReader(**db).values(columns[i], ids);
            if (values)
                cells.append(std::move(*values));
            else
                read = fail(values.error());
        }
        QMetaObject::invokeMethod(self, [self, version, key, cells = std::move(cells), read]() mutable {
            if (!read) {
                self->m_pendingCells.remove(key);
                Q_EMIT self->readFailed(read.error().message);
                return;
            }
            self->storeCells(version, key, std::move(cells));
        }, Qt::QueuedConnection);
    });
}

void RunsTableModel::storeCells(int rowsVersion, quint64 key, CellBlock cells)
{
    if (rowsVersion != m_rowsVersion)
        return;
    m_pendingCells.remove(key);
    const int firstRow = int(key >> 32) * CellBlockRows;
    const int firstColumn = FixedColumnCount + int(key & 0xffffffffu) * CellBlockColumns;
    const int lastRow = std::min(int(m_rowIds.size()), firstRow + CellBlockRows) - 1;
    const int lastColumn = firstColumn + int(cells.size()) - 1;
    m_cells.insert(key, std::move(cells));
    if (lastRow >= firstRow && lastColumn >= firstColumn)
        Q_EMIT dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
}

bool RunsTableModel::isLoaded(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rowIds.size())
        return false;
    if (index.column() < FixedColumnCount)
        return m_blocks.contains(index.row() / BlockSize);
    return m_cells.contains(cellBlockKey(index.row(), index.column() - FixedColumnCount));
}

int RunsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size());
}

int RunsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_columns.size());
}

QString RunsTableModel::runId(int row) const
{
    return data(index(row, NameColumn), RunIdRole).toString();
}

QVariant RunsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowIds.size())
        return {};
    const std::int64_t rowId = m_rowIds[index.row()];
    if (role == RowIdRole)
        return QVariant::fromValue(rowId);
    if (index.column() >= FixedColumnCount && role != RunIdRole) {
        const int column = index.column() - FixedColumnCount;
        const quint64 key = cellBlockKey(index.row(), column);
        const auto cells = m_cells.constFind(key);
        if (cells == m_cells.constEnd()) {
            requestCells(key);
            return {};
        }
        return columnValue(cells->value(column % CellBlockColumns).value(index.row() % CellBlockRows), role);
    }
    const int blockNumber = index.row() / BlockSize;
    const auto block = m_blocks.constFind(blockNumber);
    if (block == m_blocks.constEnd()) {
        requestBlock(blockNumber);
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("Loading…")) : QVariant();
    }
    const auto row = block->constFind(rowId);
    if (row == block->constEnd())
        return {};
    if (role == RunIdRole)
        return row->runId;
    return fixedValue(*row, index.column(), role);
}

QVariant RunsTableModel::fixedValue(const RunRow &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == NameColumn)
        return row.runId;
    if (role != Qt::DisplayRole && role != SortValueRole)
        return {};
    switch (column) {
    case NameColumn:
        return row.name;
    case ExperimentColumn:
        return row.experiment;
    case StatusColumn:
        return statusText(row.status);
    case StartColumn:
        if (!row.startTime)
            return {};
        return role == SortValueRole ? QVariant::fromValue(*row.startTime)
                                     : QVariant(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.startTime),
                                                                   QLocale::ShortFormat));
    case DurationColumn:
        if (!row.startTime || !row.endTime)
            return {};
        return role == SortValueRole ? QVariant::fromValue(*row.endTime - *row.startTime)
                                     : QVariant(durationText(*row.endTime - *row.startTime));
    case UserColumn:
        return row.user;
    default:
        return {};
    }
}

QVariant RunsTableModel::columnValue(const QVariant &value, int role) const
{
    if (role == SortValueRole)
        return value;
    if (role == Qt::TextAlignmentRole && value.typeId() == QMetaType::Double)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole || !value.isValid())
        return {};
    return value.typeId() == QMetaType::Double ? metricText(value.toDouble()) : value;
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Run");
    case ExperimentColumn:
        return tr("Experiment");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case UserColumn:
        return tr("User");
    default:
        return columnTitle(m_columns.value(section - FixedColumnCount));
    }
}

} // namespace atelier
