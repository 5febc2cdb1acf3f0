// ParallelCoordinatesPlot: one vertical axis a param and the chosen metric last, one line a run,
// coloured by its metric so that the params of the best runs stand out.
#pragma once

#include "core/tracking/run_comparison.h"

#include <QWidget>

namespace atelier {

class ParallelCoordinatesPlot : public QWidget
{
    Q_OBJECT

public:
    explicit ParallelCoordinatesPlot(QWidget *parent = nullptr);

    void setComparison(const RunComparison &comparison, const QString &metricKey);

    const QList<ParallelAxis> &axes() const { return m_axes; }
    // Where each run's line crosses each axis (0 bottom, 1 top; nullopt where it has no value).
    const QList<QList<std::optional<double>>> &lines() const { return m_lines; }

    QSize sizeHint() const override { return {640, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor lineColor(int run) const;

    QList<ParallelAxis> m_axes;
    QList<QList<std::optional<double>>> m_lines; // [run][axis]
    QStringList m_runNames;
};

} // namespace atelier
