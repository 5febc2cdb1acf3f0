// RunCompareView: 2 to 20 runs side by side: their params with the differing rows marked, one
// metric overlaid on a chart, and a parallel-coordinates plot of params against a metric.
#pragma once

#include "core/tracking/run_comparison.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QTableView;

namespace atelier {

class MetricChart;
class ParallelCoordinatesPlot;
class RunParamsModel;
class StoreThread;

class RunCompareView : public QWidget
{
    Q_OBJECT

public:
    RunCompareView(const QString &projectFolder, const QStringList &runIds, QWidget *parent = nullptr);
    ~RunCompareView() override;

    QTableView *paramsView() const { return m_params; }
    QCheckBox *differencesOnly() const { return m_differencesOnly; }
    QComboBox *metricChoice() const { return m_metric; }
    MetricChart *chart() const { return m_chart; }
    ParallelCoordinatesPlot *parallelPlot() const { return m_parallel; }

    // Reads the runs again when one of them is among `runIds` (the tracking server's notice that
    // they logged), keeping the metric shown.
    void reloadIfChanged(const QStringList &runIds);

Q_SIGNALS:
    void loaded();
    void problem(const QString &message, const QString &detail);

private:
    void load();
    void adopt(RunComparison comparison);
    void showMetric(const QString &key);

    const QStringList m_runIds;
    RunComparison m_comparison;
    RunParamsModel *m_model;
    QTableView *m_params;
    QCheckBox *m_differencesOnly;
    QComboBox *m_metric;
    MetricChart *m_chart;
    ParallelCoordinatesPlot *m_parallel;
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
