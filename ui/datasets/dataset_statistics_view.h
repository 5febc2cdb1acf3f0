// DatasetStatisticsView: a DatasetStatistics as a summary line and four bar charts (labels, shapes per image, box sizes, aspect ratios).
#pragma once

#include <QWidget>

#include <array>

class QLabel;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace atelier {

struct DatasetStatistics;

class DatasetStatisticsView : public QWidget
{
    Q_OBJECT

public:
    enum Chart { Labels, ShapesPerImage, BoxSizes, AspectRatios, ChartCount };
    // Labels beyond this many are summed into one "other labels" bar.
    static constexpr int MaxLabelBars = 20;

    explicit DatasetStatisticsView(QWidget *parent = nullptr);

    void setStatistics(const DatasetStatistics &statistics);
    QChart *chart(Chart which) const;
    QString summaryText() const;

private:
    void showLabels(const DatasetStatistics &statistics);
    void showShapesPerImage(const DatasetStatistics &statistics);
    void showBoxSizes(const DatasetStatistics &statistics);
    void showAspectRatios(const DatasetStatistics &statistics);

    QLabel *m_summary;
    std::array<QChartView *, ChartCount> m_views{};
};

} // namespace atelier
