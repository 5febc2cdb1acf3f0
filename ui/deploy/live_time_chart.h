// LiveTimeChart: a few figures over wall-clock time (the last hour of a deployment), drawn with Qt Charts and appended to live.
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPen>
#include <QWidget>

#include <utility>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace atelier {

class LiveTimeChart : public QWidget
{
    Q_OBJECT

public:
    using Points = QList<std::pair<qint64, double>>; // (ms since the epoch, value)
    // Figures further apart than this are not joined by a line.
    static constexpr qint64 GapMs = 30'000;

    explicit LiveTimeChart(const QString &title, QWidget *parent = nullptr);
    ~LiveTimeChart() override;

    // A line for the sample `name`; values are multiplied by `scale` (1 → 100 for a percentage).
    void addLine(const QString &name, const QString &label, const QColor &color, Qt::PenStyle style = Qt::SolidLine,
                 double scale = 1.0);
    bool hasLine(const QString &name) const { return m_lines.contains(name); }
    void setYAxisTitle(const QString &title);
    // How far back the chart reaches (an hour unless set).
    void setSpanMs(qint64 spanMs) { m_spanMs = spanMs; }

    // Replaces the points of one line.
    void setPoints(const QString &name, const Points &points);
    // One more point; points older than the span are dropped.
    void append(const QString &name, qint64 atMs, double value);
    // Brings the time axis up to `nowMs` (a chart whose figures stopped still moves on).
    void advanceTo(qint64 nowMs);

    QChart *chart() const;
    // The points drawn for `name` (tests).
    int pointCount(const QString &name) const;

private:
    // A line is drawn in segments: where no figure came for a while (nobody watched the server),
    // the line breaks instead of bridging the gap with a slope that never happened.
    struct Line
    {
        QList<QLineSeries *> segments; // never empty; the first one carries the legend entry
        QString label;
        QPen pen;
        double scale = 1.0;
    };

    QLineSeries *addSegment(Line &line);
    void clearSegments(Line &line);
    void rescale();

    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QHash<QString, Line> m_lines;
    qint64 m_spanMs = 3'600'000;
    qint64 m_nowMs = 0;
};

} // namespace atelier
