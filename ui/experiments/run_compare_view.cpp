// RunCompareView: the comparison is read once on the store thread; the chart reads its buckets there too.
#include "ui/experiments/run_compare_view.h"

#include "core/store/store_thread.h"
#include "ui/experiments/metric_chart.h"
#include "ui/experiments/parallel_coordinates_plot.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace atelier {

// Params as rows, runs as columns; rows where the runs disagree are marked, and can be the
// only ones shown.
class RunParamsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const RunComparison *comparison, bool differencesOnly)
    {
        beginResetModel();
        m_comparison = comparison;
        m_keys.clear();
        for (const QString &key : comparison->paramKeys) {
            if (!differencesOnly || comparison->differs(key))
                m_keys.append(key);
        }
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_keys.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_comparison ? 0 : int(m_comparison->runs.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || !m_comparison)
            return {};
        const QString &key = m_keys[index.row()];
        if (role == Qt::DisplayRole)
            return m_comparison->param(index.column(), key).value_or(QString());
        if (role == Qt::BackgroundRole && m_comparison->differs(key)) {
            QColor marked(0xf2, 0x8e, 0x2b);
            marked.setAlpha(56);
            return marked;
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || !m_comparison)
            return {};
        if (orientation == Qt::Vertical)
            return m_keys.value(section);
        return m_comparison->runs.value(section).info.runName;
    }

private:
    const RunComparison *m_comparison = nullptr;
    QStringList m_keys;
};

RunCompareView::RunCompareView(const QString &projectFolder, const QStringList &runIds, QWidget *parent)
    : QWidget(parent)
    , m_runIds(runIds)
    , m_model(new RunParamsModel(this))
    , m_params(new QTableView(this))
    , m_differencesOnly(new QCheckBox(tr("Only params that differ"), this))
    , m_metric(new QComboBox(this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    m_chart = new MetricChart(*m_store, this);
    m_parallel = new ParallelCoordinatesPlot(this);
    m_params->setModel(m_model);
    m_params->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *metricRow = new QHBoxLayout;
    metricRow->addWidget(new QLabel(tr("Metric:"), this));
    metricRow->addWidget(m_metric, 1);
    auto *views = new QTabWidget(this);
    views->addTab(m_chart, tr("Chart"));
    views->addTab(m_parallel, tr("Parallel Coordinates"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_differencesOnly);
    topLayout->addWidget(m_params);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(metricRow);
    bottomLayout->addWidget(views, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_differencesOnly, &QCheckBox::toggled, this,
            [this](bool only) { m_model->setComparison(&m_comparison, only); });
    connect(m_metric, &QComboBox::currentTextChanged, this, &RunCompareView::showMetric);
    connect(m_chart, &MetricChart::problem, this,
            [this](const QString &message) { Q_EMIT problem(tr("The metric could not be read"), message); });

    load();
}

RunCompareView::~RunCompareView() = default;

void RunCompareView::reloadIfChanged(const QStringList &runIds)
{
    if (std::any_of(runIds.cbegin(), runIds.cend(), [this](const QString &id) { return m_runIds.contains(id); }))
        load();
}

void RunCompareView::load()
{
    m_store->post([this, runIds = m_runIds](Result<Database *> db) {
        Result<RunComparison> comparison = db ? RunComparison::load(**db, runIds) : fail(db.error());
        QMetaObject::invokeMethod(this, [this, comparison = std::move(comparison)]() mutable {
            if (!comparison) {
                Q_EMIT problem(tr("The runs could not be compared"), comparison.error().toString());
                return;
            }
            adopt(std::move(*comparison));
        }, Qt::QueuedConnection);
    });
}

void RunCompareView::adopt(RunComparison comparison)
{
    m_comparison = std::move(comparison);
    m_model->setComparison(&m_comparison, m_differencesOnly->isChecked());
    const QString shown = m_metric->currentText();
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    m_metric->addItems(m_comparison.metricKeys);
    if (m_comparison.metricKeys.contains(shown))
        m_metric->setCurrentText(shown);
    showMetric(m_metric->currentText());
    Q_EMIT loaded();
}

void RunCompareView::showMetric(const QString &key)
{
    QList<MetricChart::Curve> curves;
    for (int run = 0; run < m_comparison.runs.size(); ++run)
        curves.append({m_comparison.rowIds[run], m_comparison.runs[run].info.runName});
    m_chart->setMetric(key, curves);
    m_parallel->setComparison(m_comparison, key);
}

} // namespace atelier
