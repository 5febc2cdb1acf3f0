// ExperimentsPane: experiments on the left, the filter bar and the runs table on the right.
#include "ui/experiments/experiments_pane.h"

#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/store_thread.h"
#include "core/tracking/run_comparison.h"
#include "core/tracking/tracking_store.h"
#include "ui/experiments/run_columns_dialog.h"
#include "ui/experiments/runs_table_model.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace atelier {

namespace {

constexpr int ExperimentIdRole = Qt::UserRole + 1;
constexpr std::int64_t AllExperiments = -1;

} // namespace

ExperimentsPane::ExperimentsPane(const QString &projectFolder, QWidget *parent)
    : QWidget(parent)
    , m_projectFolder(projectFolder)
    , m_experiments(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_moveRuns(new QAction(tr("Move to Experiment…"), this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    m_model = new RunsTableModel(*m_store, this);

    m_filter->setPlaceholderText(tr("Filter runs, e.g. metrics.val_acc > 0.9 and params.lr = \"0.01\""));
    m_filter->setClearButtonEnabled(true);
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setWordWrap(true);
    m_filterError->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_filterError->hide();
    auto *columns = new QPushButton(tr("Columns…"), this);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunsTableModel::StartColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    // Several experiments at once: their runs share the table and can be compared together.
    m_experiments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_moveRuns->setEnabled(false);
    m_view->addAction(m_moveRuns);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(columns);
    filterRow->addWidget(m_compare);
    m_compare->setEnabled(false);
    m_compare->setToolTip(tr("Select 2 to 20 runs to compare them side by side"));
    auto *runs = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runs);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addLayout(filterRow);
    runsLayout->addWidget(m_filterError);
    runsLayout->addWidget(m_view, 1);
    runsLayout->addWidget(m_count);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_experiments);
    splitter->addWidget(runs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::returnPressed, this, &ExperimentsPane::applyQuery);
    connect(m_experiments, &QListWidget::itemSelectionChanged, this, &ExperimentsPane::applyQuery);
    connect(columns, &QPushButton::clicked, this, &ExperimentsPane::chooseColumns);
    connect(m_compare, &QPushButton::clicked, this, &ExperimentsPane::compareSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qsizetype selected = m_view->selectionModel()->selectedRows().size();
        m_compare->setEnabled(selected >= RunComparison::MinRuns && selected <= RunComparison::MaxRuns);
        m_moveRuns->setEnabled(selected > 0);
    });
    connect(m_moveRuns, &QAction::triggered, this, &ExperimentsPane::moveSelectedRuns);
    connect(m_model, &RunsTableModel::searchFinished, this, [this](int count) {
        m_filterError->hide();
        m_count->setText(tr("%n run(s)", nullptr, count));
        finishRunsRefresh();
    });
    connect(m_model, &RunsTableModel::searchFailed, this, [this](const QString &message) {
        m_filterError->setText(message);
        m_filterError->show();
        finishRunsRefresh();
    });
    connect(m_model, &RunsTableModel::readFailed, this, [this](const QString &message) {
        Q_EMIT problem(tr("The runs could not be read"), message);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString runId = m_model->runId(index.row());
        if (!runId.isEmpty())
            Q_EMIT runActivated(runId);
    });

    refresh();
}

ExperimentsPane::~ExperimentsPane() = default;

void ExperimentsPane::refresh()
{
    loadExperiments();
}

void ExperimentsPane::refreshRuns()
{
    if (m_refreshingRuns) {
        m_refreshRunsAgain = true;
        return;
    }
    m_refreshingRuns = true;
    m_keptSelection.clear();
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_keptSelection.insert(m_model->rowId(index.row()));
    applyQuery();
}

void ExperimentsPane::finishRunsRefresh()
{
    if (!m_refreshingRuns)
        return;
    m_refreshingRuns = false;
    if (!m_keptSelection.isEmpty()) {
        QItemSelection selection;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_keptSelection.contains(m_model->rowId(row)))
                selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    if (std::exchange(m_refreshRunsAgain, false))
        refreshRuns();
}

void ExperimentsPane::selectExperiment(std::int64_t experimentId)
{
    m_pendingExperiment = experimentId;
    loadExperiments();
}

void ExperimentsPane::compareSelected()
{
    QStringList runIds;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        runIds.append(m_model->runId(index.row()));
    runIds.removeAll(QString());
    if (runIds.size() >= RunComparison::MinRuns && runIds.size() <= RunComparison::MaxRuns)
        Q_EMIT compareRequested(runIds);
}

void ExperimentsPane::moveSelectedRuns()
{
    QStringList runIds;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        runIds.append(m_model->runId(index.row()));
    runIds.removeAll(QString());
    QStringList names;
    QList<std::int64_t> ids;
    for (int row = 0; row < m_experiments->count(); ++row) {
        const QListWidgetItem *item = m_experiments->item(row);
        const auto id = item->data(ExperimentIdRole).value<std::int64_t>();
        if (id == AllExperiments)
            continue;
        names.append(item->text());
        ids.append(id);
    }
    if (runIds.isEmpty() || names.isEmpty())
        return;

    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveRunsDialog"));
    dialog.setWindowTitle(tr("Move to Experiment"));
    dialog.setLabelText(tr("Move %n run(s) to the experiment:", nullptr, int(runIds.size())));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = names.indexOf(dialog.textValue());
    if (chosen >= 0)
        moveRuns(runIds, ids[chosen]);
}

void ExperimentsPane::moveRuns(const QStringList &runIds, std::int64_t experimentId)
{
    m_store->post([this, runIds, experimentId](Result<Database *> db) {
        Status moved = db ? [&] {
            AuditLog audit(**db, Project::currentActor());
            return TrackingStore(**db, audit).moveRuns(runIds, experimentId);
        }() : fail(db.error());
        QMetaObject::invokeMethod(this, [this, moved, count = int(runIds.size())] {
            if (!moved) {
                Q_EMIT problem(tr("The runs could not be moved"), moved.error().toString());
                return;
            }
            applyQuery();
            Q_EMIT runsMoved(count);
        }, Qt::QueuedConnection);
    });
}

void ExperimentsPane::loadExperiments()
{
    m_store->post([this](Result<Database *> db) {
        Result<QList<Experiment>> experiments = db ? [&] {
            AuditLog audit(**db, QString());
            return TrackingStore(**db, audit).searchExperiments(ViewType::ActiveOnly, TrackingLimits::MaxRunsPerSearch);
        }() : fail(db.error());
        QMetaObject::invokeMethod(this, [this, experiments = std::move(experiments)] {
            if (!experiments) {
                Q_EMIT problem(tr("The experiments could not be read"), experiments.error().toString());
                return;
            }
            const QSignalBlocker blocker(m_experiments);
            const QList<std::int64_t> selected = selectedExperiments();
            m_experiments->clear();
            auto *all = new QListWidgetItem(tr("All experiments"), m_experiments);
            all->setData(ExperimentIdRole, QVariant::fromValue(AllExperiments));
            for (const Experiment &experiment : *experiments) {
                auto *item = new QListWidgetItem(experiment.name, m_experiments);
                item->setData(ExperimentIdRole, QVariant::fromValue(experiment.id));
                item->setSelected(selected.contains(experiment.id));
            }
            if (m_pendingExperiment != AllExperiments) {
                for (int row = 1; row < m_experiments->count(); ++row) {
                    QListWidgetItem *item = m_experiments->item(row);
                    item->setSelected(item->data(ExperimentIdRole).value<std::int64_t>() == m_pendingExperiment);
                }
                m_pendingExperiment = AllExperiments;
            }
            if (m_experiments->selectedItems().isEmpty())
                all->setSelected(true);
            applyQuery();
        }, Qt::QueuedConnection);
    });
}

QList<std::int64_t> ExperimentsPane::selectedExperiments() const
{
    QList<std::int64_t> ids;
    for (const QListWidgetItem *item : m_experiments->selectedItems()) {
        const auto id = item->data(ExperimentIdRole).value<std::int64_t>();
        if (id == AllExperiments)
            return {};
        ids.append(id);
    }
    return ids;
}

void ExperimentsPane::applyQuery()
{
    m_model->setQuery(selectedExperiments(), m_filter->text().trimmed());
}

void ExperimentsPane::chooseColumns()
{
    m_store->post([this, experiments = selectedExperiments()](Result<Database *> db) {
        Result<RunColumnKeys> keys = db ? RunTableReader(**db).keys(experiments) : fail(db.error());
        QMetaObject::invokeMethod(this, [this, keys = std::move(keys)] {
            if (!keys) {
                Q_EMIT problem(tr("The run columns could not be read"), keys.error().toString());
                return;
            }
            RunColumnsDialog dialog(*keys, m_model->columns(), this);
            if (dialog.exec() == QDialog::Accepted)
                m_model->setColumns(dialog.columns());
        }, Qt::QueuedConnection);
    });
}

} // namespace atelier
