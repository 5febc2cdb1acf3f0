// Tracking types: MLflow's names for run statuses, lifecycle stages and view types.
#include "core/tracking/tracking_types.h"

#include <array>
#include <utility>

namespace atelier {

namespace {

constexpr std::array<std::pair<RunStatus, const char *>, 5> RunStatusNames{{
    {RunStatus::Running, "RUNNING"},
    {RunStatus::Scheduled, "SCHEDULED"},
    {RunStatus::Finished, "FINISHED"},
    {RunStatus::Failed, "FAILED"},
    {RunStatus::Killed, "KILLED"},
}};

constexpr std::array<std::pair<ViewType, const char *>, 3> ViewTypeNames{{
    {ViewType::ActiveOnly, "ACTIVE_ONLY"},
    {ViewType::DeletedOnly, "DELETED_ONLY"},
    {ViewType::All, "ALL"},
}};

} // namespace

QString runStatusName(RunStatus status)
{
    for (const auto &[value, name] : RunStatusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RunStatus> runStatusFromName(const QString &name)
{
    for (const auto &[value, text] : RunStatusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString lifecycleStageName(LifecycleStage stage)
{
    return stage == LifecycleStage::Deleted ? QStringLiteral("deleted") : QStringLiteral("active");
}

std::optional<ViewType> viewTypeFromName(const QString &name)
{
    for (const auto &[value, text] : ViewTypeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isSystemMetricKey(const QString &key)
{
    return key.startsWith(QLatin1String("system/"));
}

} // namespace atelier
