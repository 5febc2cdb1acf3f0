// RouteSplitView: a deployment that splits its traffic between model versions (A/B): each version's share and latency.
#pragma once

#include "core/serving/deployment_store.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QTableWidget;

namespace atelier {

struct RouteFigures
{
    std::int64_t modelVersionId = 0;
    std::optional<double> sharePercent;
    std::optional<double> rps;
    std::optional<double> p50Ms;
    std::optional<double> p99Ms;
};

class RouteSplitView : public QWidget
{
    Q_OBJECT

public:
    explicit RouteSplitView(QWidget *parent = nullptr);

    // The routes among `samples` ("route.<modelVersionId>.share|rps|p50_ms|p99_ms"), by version id.
    // A share up to 1 is a fraction; shares that add up to more are percentages already.
    static QList<RouteFigures> routesOf(const QList<DeploymentSample> &samples);

    // Fewer than two routes is no split: the view hides.
    void setRoutes(const QList<RouteFigures> &routes);
    // "model v2" for a version id, once read.
    void setVersionLabel(std::int64_t modelVersionId, const QString &label);
    bool hasVersionLabel(std::int64_t modelVersionId) const { return m_labels.contains(modelVersionId); }

    QTableWidget *table() const { return m_table; }
    const QList<RouteFigures> &routes() const { return m_routes; }

private:
    void fill();

    QLabel *m_title;
    QTableWidget *m_table;
    QList<RouteFigures> m_routes;
    QHash<std::int64_t, QString> m_labels;
};

} // namespace atelier
