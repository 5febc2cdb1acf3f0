// DatasetStatisticsView: builds the charts again for each statistics shown; the texts follow the palette so both themes read well.
#include "ui/datasets/dataset_statistics_view.h"

#include "core/annotation/image_status.h"
#include "core/datasets/dataset_statistics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace atelier {

namespace {

// Tableau 10's blue, orange and green: told apart by most colour-blind readers as well.
const QColor BarColor(0x4e, 0x79, 0xa7);
const std::array<QColor, DatasetStatistics::ScaleCount> ScaleColors{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                                                   QColor(0x59, 0xa1, 0x4f)};
const QColor OtherLabelsColor(0x9d, 0x9d, 0x9d);

QString number(std::int64_t value)
{
    return QLocale().toString(qint64(value));
}

// A count axis that starts at 0 and ends at a round number above `maximum`, in whole numbers.
QValueAxis *countAxis(std::int64_t maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, double(std::max<std::int64_t>(maximum, 1)));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTitleText(title);
    return axis;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    axis->setLabelsBrush(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
}

// Puts `series` on a fresh chart, with `categories` along the bars and `values` across them.
void populate(QChart *chart, QAbstractBarSeries *series, QAbstractAxis *categories, QAbstractAxis *values,
              const QPalette &palette)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> old = chart->axes();
    for (QAbstractAxis *axis : old) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->addSeries(series);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    styleAxis(categories, palette);
    styleAxis(values, palette);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(QColor(Qt::transparent));
    return set;
}

// Shows the hovered bar's category and count as a tooltip: the stacked charts carry no labels.
void showCountOnHover(QAbstractBarSeries *series, QBarCategoryAxis *categories)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [categories](bool status, int index, QBarSet *set) {
        if (!status || set->at(index) == 0) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 — %2: %3")
                                               .arg(set->label(), categories->at(index).remove(QStringLiteral("<br>")),
                                                    number(qint64(set->at(index)))));
    });
}

QString countsText(const QMap<QString, std::int64_t> &counts, const std::function<QString(const QString &)> &name)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(name(it.key()), number(it.value())));
    return parts.join(QStringLiteral(", "));
}

} // namespace

DatasetStatisticsView::DatasetStatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const std::array<const char *, ChartCount> names{"labelChart", "shapesPerImageChart", "boxSizeChart",
                                                     "aspectRatioChart"};
    for (int i = 0; i < ChartCount; ++i) {
        auto *chart = new QChart;
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->hide();
        auto *view = new QChartView(chart, this);
        view->setObjectName(QString::fromLatin1(names[std::size_t(i)]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        m_views[std::size_t(i)] = view;
        grid->addWidget(view, i / 2, i % 2);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
}

QChart *DatasetStatisticsView::chart(Chart which) const
{
    return m_views[std::size_t(which)]->chart();
}

QString DatasetStatisticsView::summaryText() const
{
    return m_summary->text();
}

void DatasetStatisticsView::setStatistics(const DatasetStatistics &statistics)
{
    QStringList parts{tr("<b>%1</b> images").arg(number(statistics.images)),
                      tr("<b>%1</b> shapes").arg(number(statistics.shapes)),
                      tr("<b>%1</b> label classes").arg(statistics.labels.size())};
    parts.append(tr("status: %1").arg(countsText(statistics.imagesPerStatus, ImageStatus::displayName)));
    parts.append(tr("split: %1").arg(countsText(statistics.imagesPerSplit, [](const QString &split) {
        return split.isEmpty() ? tr("none") : split;
    })));
    if (statistics.shapesWithoutArea > 0)
        parts.append(tr("%1 shapes without area (points, straight lines) are left out of the sizes")
                         .arg(number(statistics.shapesWithoutArea)));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    showLabels(statistics);
    showShapesPerImage(statistics);
    showBoxSizes(statistics);
    showAspectRatios(statistics);
}

void DatasetStatisticsView::showLabels(const DatasetStatistics &statistics)
{
    // One stacked set a label, holding its count at its own category only: each bar keeps its
    // class colour and the full width. Categories run bottom-up, so the largest is put last.
    const qsizetype shown = std::min<qsizetype>(statistics.labels.size(), MaxLabelBars);
    const bool other = statistics.labels.size() > shown;
    const qsizetype bars = shown + (other ? 1 : 0);
    QStringList categories;
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    std::int64_t maximum = 0;
    std::int64_t rest = 0;
    for (qsizetype i = shown; i < statistics.labels.size(); ++i)
        rest += statistics.labels.at(i).shapes;
    for (qsizetype i = 0; i < bars; ++i) {
        const bool isOther = i == shown;
        const QString name = isOther ? tr("%1 other labels").arg(statistics.labels.size() - shown)
                                     : statistics.labels.at(i).name;
        const QColor color = isOther ? OtherLabelsColor : QColor(statistics.labels.at(i).color);
        const std::int64_t count = isOther ? rest : statistics.labels.at(i).shapes;
        QBarSet *set = barSet(name, color.isValid() ? color : OtherLabelsColor);
        for (qsizetype row = 0; row < bars; ++row)
            set->append(row == bars - 1 - i ? double(count) : 0.0);
        series->append(set);
        categories.prepend(QStringLiteral("%1 (%2)").arg(name, number(count)));
        maximum = std::max(maximum, count);
    }
    auto *axis = categoryAxis(categories, {});
    showCountOnHover(series, axis);
    QChart *c = chart(Labels);
    c->setTitle(tr("Shapes per label"));
    populate(c, series, axis, countAxis(maximum, tr("shapes")), palette());
}

void DatasetStatisticsView::showShapesPerImage(const DatasetStatistics &statistics)
{
    QStringList categories;
    QBarSet *set = barSet(tr("Images"), BarColor);
    set->setLabelColor(palette().color(QPalette::WindowText));
    std::int64_t maximum = 0;
    for (int bucket = 0; bucket <= DatasetStatistics::ShapesPerImageCap; ++bucket) {
        categories.append(DatasetStatistics::shapesPerImageBucketText(bucket));
        const std::int64_t count = statistics.shapesPerImage[std::size_t(bucket)];
        set->append(double(count));
        maximum = std::max(maximum, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    QChart *c = chart(ShapesPerImage);
    c->setTitle(tr("Shapes per image"));
    populate(c, series, categoryAxis(categories, tr("shapes in the image")), countAxis(maximum * 11 / 10, tr("images")),
             palette());
}

void DatasetStatisticsView::showBoxSizes(const DatasetStatistics &statistics)
{
    const std::array<QString, DatasetStatistics::ScaleCount> names{
        tr("Small (under 32 px): %1").arg(number(statistics.scales[DatasetStatistics::Small])),
        tr("Medium (32–96 px): %1").arg(number(statistics.scales[DatasetStatistics::Medium])),
        tr("Large (≥ 96 px): %1").arg(number(statistics.scales[DatasetStatistics::Large]))};
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    for (int scale = 0; scale < DatasetStatistics::ScaleCount; ++scale) {
        QBarSet *set = barSet(names[std::size_t(scale)], ScaleColors[std::size_t(scale)]);
        for (const auto &bucket : statistics.boxSizes)
            set->append(double(bucket[std::size_t(scale)]));
        series->append(set);
    }
    QStringList categories;
    std::int64_t maximum = 0;
    for (int bucket = 0; bucket < DatasetStatistics::BoxSizeBuckets; ++bucket) {
        // On two lines: "128–256" is wider than its bar, and one line was cut short.
        categories.append(DatasetStatistics::boxSizeBucketText(bucket)
                              .replace(u'–', QStringLiteral("–<br>"))
                              .replace(u'≥', QStringLiteral("≥<br>")));
        const auto &counts = statistics.boxSizes[std::size_t(bucket)];
        maximum = std::max(maximum, counts[0] + counts[1] + counts[2]);
    }
    auto *axis = categoryAxis(categories, tr("box size: √(width × height), pixels"));
    showCountOnHover(series, axis);
    QChart *c = chart(BoxSizes);
    c->setTitle(tr("Box sizes (COCO scales)"));
    populate(c, series, axis, countAxis(maximum, tr("shapes")), palette());
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->show();
}

void DatasetStatisticsView::showAspectRatios(const DatasetStatistics &statistics)
{
    QStringList categories;
    QBarSet *set = barSet(tr("Shapes"), BarColor);
    set->setLabelColor(palette().color(QPalette::WindowText));
    std::int64_t maximum = 0;
    for (int bucket = 0; bucket < DatasetStatistics::AspectBuckets; ++bucket) {
        categories.append(DatasetStatistics::aspectBucketText(bucket));
        const std::int64_t count = statistics.aspectRatios[std::size_t(bucket)];
        set->append(double(count));
        maximum = std::max(maximum, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    QChart *c = chart(AspectRatios);
    c->setTitle(tr("Aspect ratios (width : height)"));
    populate(c, series, categoryAxis(categories, tr("width : height of the bounding box")),
             countAxis(maximum * 11 / 10, tr("shapes")), palette());
}

} // namespace atelier
