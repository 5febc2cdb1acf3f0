// DeploymentTiles: server figures come from scrapes of /metrics, the notes under the latency tiles from
// Atelier's own liveness probes, so a slow network and a slow model can be told apart.
#include "ui/deploy/deployment_tiles.h"

#include "ui/widgets/stat_tile.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

const QChar Thin(0x202f); // between a number and its unit

QString withUnit(const QString &number, const QString &unit)
{
    return number + Thin + unit;
}

QString rateText(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 2 : value < 100 ? 1 : 0);
}

} // namespace

DeploymentTiles::DeploymentTiles(QWidget *parent)
    : QWidget(parent)
    , m_uptime(new StatTile(tr("Uptime"), this))
    , m_rps(new StatTile(tr("Requests/s"), this))
    , m_errors(new StatTile(tr("Error rate"), this))
    , m_p50(new StatTile(tr("Latency p50"), this))
    , m_p95(new StatTile(tr("Latency p95"), this))
    , m_p99(new StatTile(tr("Latency p99"), this))
    , m_gpu(new StatTile(tr("GPU use"), this))
{
    setObjectName(QStringLiteral("deploymentTiles"));
    m_uptime->setObjectName(QStringLiteral("uptimeTile"));
    m_rps->setObjectName(QStringLiteral("rpsTile"));
    m_errors->setObjectName(QStringLiteral("errorRateTile"));
    m_p50->setObjectName(QStringLiteral("p50Tile"));
    m_p95->setObjectName(QStringLiteral("p95Tile"));
    m_p99->setObjectName(QStringLiteral("p99Tile"));
    m_gpu->setObjectName(QStringLiteral("gpuTile"));
    m_gpu->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (StatTile *tile : {m_uptime, m_rps, m_errors, m_p50, m_p95, m_p99, m_gpu})
        layout->addWidget(tile, 1);
    refresh(QDateTime::currentMSecsSinceEpoch());
}

void DeploymentTiles::setLatest(const QList<std::pair<qint64, DeploymentSample>> &latest)
{
    m_latest.clear();
    for (const auto &[atMs, sample] : latest)
        m_latest.insert(sample.name, {atMs, sample.value});
}

void DeploymentTiles::add(qint64 atMs, const QList<DeploymentSample> &samples)
{
    for (const DeploymentSample &sample : samples)
        m_latest.insert(sample.name, {atMs, sample.value});
}

void DeploymentTiles::setProcessStart(qint64 startedMs)
{
    m_startedMs = startedMs;
}

std::optional<double> DeploymentTiles::fresh(const QString &name, qint64 nowMs) const
{
    const auto found = m_latest.constFind(name);
    if (found == m_latest.cend() || nowMs - found->first > FreshMs || !std::isfinite(found->second))
        return std::nullopt;
    return found->second;
}

void DeploymentTiles::refresh(qint64 nowMs)
{
    if (m_startedMs > 0) {
        m_uptime->setValue(durationText(nowMs - m_startedMs));
        m_uptime->setNote(tr("since %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_startedMs).time(),
                                                                QStringLiteral("HH:mm:ss"))));
    } else {
        m_uptime->clear();
        m_uptime->setNote(tr("no server running"));
    }

    const std::optional<double> rps = fresh(QStringLiteral("rps"), nowMs);
    m_rps->setValue(rps ? rateText(*rps) : QString());
    m_rps->setNote(tr("inferences, from /metrics"));
    const std::optional<double> errors = fresh(QStringLiteral("error_rate"), nowMs);
    m_errors->setValue(errors ? withUnit(QLocale().toString(*errors * 100.0, 'f', *errors < 0.1 ? 2 : 1),
                                         QStringLiteral("%"))
                              : QString());
    m_errors->setNote(errors && rps ? tr("%1 errors/s").arg(rateText(*errors * *rps)) : tr("of inferences"));

    showLatency(m_p50, QStringLiteral("p50_ms"), QStringLiteral("probe_p50_ms"), nowMs);
    showLatency(m_p95, QStringLiteral("p95_ms"), QStringLiteral("probe_p95_ms"), nowMs);
    showLatency(m_p99, QStringLiteral("p99_ms"), QStringLiteral("probe_p99_ms"), nowMs);

    const std::optional<double> gpu = fresh(QStringLiteral("gpu_util"), nowMs);
    m_gpu->setVisible(m_latest.contains(QStringLiteral("gpu_util")));
    m_gpu->setValue(gpu ? withUnit(QLocale().toString(*gpu, 'f', 0), QStringLiteral("%")) : QString());
    const std::optional<double> memory = fresh(QStringLiteral("gpu_memory_mb"), nowMs);
    m_gpu->setNote(memory ? tr("%1 MiB memory").arg(QLocale().toString(*memory, 'f', 0)) : QString());
}

void DeploymentTiles::showLatency(StatTile *tile, const QString &server, const QString &probe, qint64 nowMs)
{
    const std::optional<double> served = fresh(server, nowMs);
    const std::optional<double> probed = fresh(probe, nowMs);
    tile->setValue(served ? millisecondsText(*served) : QString());
    tile->setNote(probed ? tr("probe %1").arg(millisecondsText(*probed)) : tr("server, from /metrics"));
}

QString DeploymentTiles::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString DeploymentTiles::millisecondsText(double ms)
{
    const int decimals = ms < 10 ? 2 : ms < 100 ? 1 : 0;
    return withUnit(QLocale().toString(ms, 'f', decimals), QStringLiteral("ms"));
}

} // namespace atelier
