// Nvml: NVIDIA's management library, loaded at run time, for local GPU telemetry.
#pragma once

#include "core/compute/gpu/gpu_sample.h"
#include "core/result.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace atelier {

// libnvidia-ml.so.1 comes with NVIDIA's driver, not with Atelier: it is opened with dlopen, so a
// machine without the driver runs Atelier as well, with no GPUs. One Nvml is one nvmlInit ...
// nvmlShutdown span; sample() may be called from one thread at a time.
class Nvml
{
    Q_DECLARE_TR_FUNCTIONS(Nvml)

public:
    // The library, initialised; an error when the driver or its library is absent (callers show
    // "no GPUs" and say nothing more) or refuses to start (the message says why).
    [[nodiscard]] static Result<std::unique_ptr<Nvml>> load();

    ~Nvml();
    Nvml(const Nvml &) = delete;
    Nvml &operator=(const Nvml &) = delete;

    // Every GPU's readings now; a GPU's unsupported readings are left empty.
    [[nodiscard]] Result<std::vector<GpuSample>> sample() const;

    struct Functions;

private:
    Nvml(void *library, std::unique_ptr<Functions> functions);

    void *m_library;
    std::unique_ptr<Functions> m_functions;
};

} // namespace atelier
