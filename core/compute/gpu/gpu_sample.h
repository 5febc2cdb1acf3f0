// GpuSample: one GPU's state at one moment, as NVML or nvidia-smi reports it.
#pragma once

#include <QString>

#include <optional>

namespace atelier {

// Readings a GPU does not support (power on some boards, utilisation under MIG) are empty.
struct GpuSample
{
    int index = 0;
    QString name;
    QString uuid;
    qint64 memoryUsedMiB = 0;
    qint64 memoryTotalMiB = 0;
    std::optional<int> utilisationPercent;
    std::optional<int> temperatureC;
    std::optional<double> powerW;
};

} // namespace atelier
