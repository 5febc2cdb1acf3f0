// RunView: one run whole: where it came from, its params and tags, its metric and system metric
// charts (live while it runs), and its artifacts with a preview of images and text.
#pragma once

#include "core/tracking/tracking_types.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSlider;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace atelier {

class MetricChart;
class StoreThread;

class RunView : public QWidget
{
    Q_OBJECT

public:
    RunView(const QString &projectFolder, const QString &runId, QWidget *parent = nullptr);
    ~RunView() override;

    QString runId() const { return m_runId; }
    MetricChart *metricChart() const { return m_chart; }
    QListWidget *metricList() const { return m_metrics; }
    QTreeWidget *artifactTree() const { return m_artifacts; }
    QLabel *artifactPreview() const { return m_preview; }

    // Reads the run again when `runIds` (the tracking server's runsChanged) holds it: new params,
    // tags, metrics and artifacts appear, and the chart redraws the shown metric at its zoom.
    void reloadIfChanged(const QStringList &runIds);

Q_SIGNALS:
    void loaded();
    void artifactShown(const QString &path);
    void problem(const QString &message, const QString &detail);

private:
    void load();
    void adopt(const Run &run, std::int64_t rowId);
    QWidget *makeOverviewPage();
    QWidget *makeMetricsPage();
    QWidget *makeArtifactsPage();
    void showMetric();
    void listArtifacts(QTreeWidgetItem *folder, const QString &path);
    void previewArtifact(const QString &path);

    QString m_projectFolder;
    QString m_runId;
    std::int64_t m_rowId = 0;
    QString m_runName;
    QLabel *m_title;
    QLabel *m_provenance;
    QTableWidget *m_params;
    QTableWidget *m_tags;
    QListWidget *m_metrics;
    MetricChart *m_chart = nullptr;
    QComboBox *m_xAxis;
    QSlider *m_smoothing;
    QCheckBox *m_logScale;
    QTreeWidget *m_artifacts;
    QLabel *m_preview;
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
