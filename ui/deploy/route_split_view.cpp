// RouteSplitView: one row a version, its share drawn as a bar, so a 90/10 split reads without numbers.
#include "ui/deploy/route_split_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace atelier {

namespace {

enum Column { VersionColumn, ShareColumn, RpsColumn, P50Column, P99Column, ColumnCount };

QString number(std::optional<double> value, int decimals, const QString &unit = {})
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    const QString text = QLocale().toString(*value, 'f', decimals);
    return unit.isEmpty() ? text : text + QChar(0x202f) + unit;
}

} // namespace

RouteSplitView::RouteSplitView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Traffic split"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("routeSplitView"));
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_table->setObjectName(QStringLiteral("routeTable"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Share"), tr("Requests/s"), tr("p50"), tr("p99")});
    m_table->horizontalHeader()->setSectionResizeMode(ShareColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    hide();
}

QList<RouteFigures> RouteSplitView::routesOf(const QList<DeploymentSample> &samples)
{
    QMap<std::int64_t, RouteFigures> routes;
    for (const DeploymentSample &sample : samples) {
        const QStringList parts = sample.name.split(u'.');
        bool ok = false;
        const std::int64_t id = parts.size() == 3 && parts[0] == QLatin1String("route") ? parts[1].toLongLong(&ok) : 0;
        if (!ok)
            continue;
        RouteFigures &route = routes[id];
        route.modelVersionId = id;
        const QString &figure = parts[2];
        if (figure == QLatin1String("share"))
            route.sharePercent = sample.value;
        else if (figure == QLatin1String("rps"))
            route.rps = sample.value;
        else if (figure == QLatin1String("p50_ms"))
            route.p50Ms = sample.value;
        else if (figure == QLatin1String("p99_ms"))
            route.p99Ms = sample.value;
    }
    double total = 0;
    for (const RouteFigures &route : std::as_const(routes))
        total += route.sharePercent.value_or(0);
    QList<RouteFigures> list = routes.values();
    if (total <= 1.0 + 1e-9) {
        for (RouteFigures &route : list) {
            if (route.sharePercent)
                *route.sharePercent *= 100.0;
        }
    }
    return list;
}

void RouteSplitView::setRoutes(const QList<RouteFigures> &routes)
{
    m_routes = routes;
    setVisible(m_routes.size() >= 2);
    fill();
}

void RouteSplitView::setVersionLabel(std::int64_t modelVersionId, const QString &label)
{
    m_labels.insert(modelVersionId, label);
    fill();
}

void RouteSplitView::fill()
{
    m_table->setRowCount(int(m_routes.size()));
    for (int row = 0; row < m_routes.size(); ++row) {
        const RouteFigures &route = m_routes[row];
        const QString label = m_labels.value(route.modelVersionId, tr("version id %1").arg(route.modelVersionId));
        m_table->setItem(row, VersionColumn, new QTableWidgetItem(label));
        auto *bar = qobject_cast<QProgressBar *>(m_table->cellWidget(row, ShareColumn));
        if (!bar) {
            bar = new QProgressBar;
            bar->setRange(0, 1000);
            bar->setTextVisible(true);
            m_table->setCellWidget(row, ShareColumn, bar);
        }
        bar->setValue(int(std::lround(route.sharePercent.value_or(0) * 10.0)));
        bar->setFormat(number(route.sharePercent, 1, QStringLiteral("%")));
        m_table->setItem(row, RpsColumn, new QTableWidgetItem(number(route.rps, 1)));
        m_table->setItem(row, P50Column, new QTableWidgetItem(number(route.p50Ms, 1, QStringLiteral("ms"))));
        m_table->setItem(row, P99Column, new QTableWidgetItem(number(route.p99Ms, 1, QStringLiteral("ms"))));
        for (int column : {RpsColumn, P50Column, P99Column})
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeColumnToContents(VersionColumn);
    // Two or three rows: the table is as tall as they are, no scroll bar.
    const int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth()
                       + m_table->verticalHeader()->length();
    m_table->setFixedHeight(height);
}

} // namespace atelier
