// PrometheusText: a scrape of a /metrics endpoint parsed from the Prometheus text exposition format 0.0.4.
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace atelier {

enum class MetricType { Counter, Gauge, Histogram, Summary, Untyped };

QString metricTypeName(MetricType type);

// Label pairs in the order the sample gave them.
using MetricLabels = QList<std::pair<QString, QString>>;

struct MetricSample
{
    QString name;   // as written: a histogram's samples are NAME_bucket, NAME_sum and NAME_count
    MetricLabels labels;
    double value = 0;
    std::optional<std::int64_t> timestampMs;
    int line = 0;   // 1-based, for messages

    // The value of a label; empty when the sample has none of that name.
    QString label(const QString &name) const;
};

// A metric family: the samples that one # TYPE line (or, without one, one name) covers.
struct MetricFamily
{
    QString name;
    QString help;
    MetricType type = MetricType::Untyped;
    QList<MetricSample> samples;
};

// The grammar is Prometheus' own (expfmt's text parser): # HELP and # TYPE lines, other comments
// ignored, label values with the escapes \\ \" \n, values as Go's ParseFloat reads them (NaN,
// +Inf, -Inf included), an optional integer timestamp in ms. A histogram family collects its
// NAME_bucket (with an `le` label), NAME_sum and NAME_count samples, a summary its NAME (with a
// `quantile` label), NAME_sum and NAME_count. Any other input is refused with the line number and
// what was expected there, so a malformed endpoint is reported, never half read.
class PrometheusText
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusText)

public:
    [[nodiscard]] static Result<PrometheusText> parse(QByteArrayView text);

    const QList<MetricFamily> &families() const { return m_families; }
    // The family of that name (a histogram's base name, not NAME_bucket); nullptr when absent.
    const MetricFamily *family(const QString &name) const;
    // The sum of the values of the samples named `sampleName` whose labels include every pair of
    // `match` (all of them when it is empty); nullopt when no sample matches.
    std::optional<double> sum(const QString &sampleName, const MetricLabels &match = {}) const;

private:
    QList<MetricFamily> m_families;
};

} // namespace atelier
