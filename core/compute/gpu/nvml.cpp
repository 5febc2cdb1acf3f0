// Nvml: the few NVML entry points Atelier needs, declared here as NVML's header declares them (the
// header is not on Debian without the CUDA toolkit), and resolved with dlsym.
#include "core/compute/gpu/nvml.h"

#include <dlfcn.h>

namespace atelier {

namespace {

using NvmlReturn = int; // nvmlReturn_t
using NvmlDevice = struct NvmlDeviceOpaque *;
constexpr NvmlReturn Success = 0;
constexpr int TemperatureGpu = 0; // NVML_TEMPERATURE_GPU
constexpr unsigned TextLength = 96; // NVML_DEVICE_NAME_V2_BUFFER_SIZE, NVML_DEVICE_UUID_V2_BUFFER_SIZE
constexpr qint64 MiB = 1024 * 1024;

struct NvmlMemory // nvmlMemory_t
{
    unsigned long long total, free, used;
};

struct NvmlUtilization // nvmlUtilization_t
{
    unsigned gpu, memory;
};

} // namespace

struct Nvml::Functions
{
    NvmlReturn (*init)();
    NvmlReturn (*shutdown)();
    const char *(*errorString)(NvmlReturn);
    NvmlReturn (*deviceCount)(unsigned *);
    NvmlReturn (*deviceByIndex)(unsigned, NvmlDevice *);
    NvmlReturn (*name)(NvmlDevice, char *, unsigned);
    NvmlReturn (*uuid)(NvmlDevice, char *, unsigned);
    NvmlReturn (*memory)(NvmlDevice, NvmlMemory *);
    NvmlReturn (*utilization)(NvmlDevice, NvmlUtilization *);
    NvmlReturn (*temperature)(NvmlDevice, int, unsigned *);
    NvmlReturn (*power)(NvmlDevice, unsigned *); // milliwatts
};

namespace {

template<typename Function>
bool resolve(void *library, const char *symbol, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(library, symbol));
    return function != nullptr;
}

QString errorText(const Nvml::Functions &nvml, NvmlReturn code)
{
    return QStringLiteral("NVML error %1: %2").arg(code).arg(QString::fromUtf8(nvml.errorString(code)));
}

} // namespace

Result<std::unique_ptr<Nvml>> Nvml::load()
{
    void *library = dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return fail(tr("No NVIDIA driver was found here, so no GPUs are shown."), QString::fromUtf8(dlerror()));
    auto functions = std::make_unique<Functions>();
    Functions &f = *functions;
    const bool resolved = resolve(library, "nvmlInit_v2", f.init) && resolve(library, "nvmlShutdown", f.shutdown)
                          && resolve(library, "nvmlErrorString", f.errorString)
                          && resolve(library, "nvmlDeviceGetCount_v2", f.deviceCount)
                          && resolve(library, "nvmlDeviceGetHandleByIndex_v2", f.deviceByIndex)
                          && resolve(library, "nvmlDeviceGetName", f.name) && resolve(library, "nvmlDeviceGetUUID", f.uuid)
                          && resolve(library, "nvmlDeviceGetMemoryInfo", f.memory)
                          && resolve(library, "nvmlDeviceGetUtilizationRates", f.utilization)
                          && resolve(library, "nvmlDeviceGetTemperature", f.temperature)
                          && resolve(library, "nvmlDeviceGetPowerUsage", f.power);
    if (!resolved) {
        const QString missing = QString::fromUtf8(dlerror());
        dlclose(library);
        return fail(tr("The NVIDIA driver's management library is too old for Atelier; update the driver to see GPUs."),
                    missing);
    }
    if (const NvmlReturn status = f.init(); status != Success) {
        const QString detail = errorText(f, status);
        dlclose(library);
        return fail(tr("The NVIDIA driver did not start its management library, so no GPUs are shown. "
                       "Check that `nvidia-smi` works."),
                    detail);
    }
    return std::unique_ptr<Nvml>(new Nvml(library, std::move(functions)));
}

Nvml::Nvml(void *library, std::unique_ptr<Functions> functions)
    : m_library(library)
    , m_functions(std::move(functions))
{}

Nvml::~Nvml()
{
    m_functions->shutdown();
    dlclose(m_library);
}

Result<std::vector<GpuSample>> Nvml::sample() const
{
    const Functions &f = *m_functions;
    unsigned count = 0;
    if (const NvmlReturn status = f.deviceCount(&count); status != Success)
        return fail(tr("Could not count the GPUs."), errorText(f, status));
    std::vector<GpuSample> samples;
    for (unsigned index = 0; index < count; ++index) {
        NvmlDevice device = nullptr;
        if (const NvmlReturn status = f.deviceByIndex(index, &device); status != Success)
            return fail(tr("Could not read GPU %1.").arg(index), errorText(f, status));
        GpuSample sample;
        sample.index = int(index);
        char text[TextLength] = {};
        if (f.name(device, text, TextLength) == Success)
            sample.name = QString::fromUtf8(text);
        if (f.uuid(device, text, TextLength) == Success)
            sample.uuid = QString::fromUtf8(text);
        if (NvmlMemory memory{}; f.memory(device, &memory) == Success) {
            sample.memoryUsedMiB = qint64(memory.used / MiB);
            sample.memoryTotalMiB = qint64(memory.total / MiB);
        }
        if (NvmlUtilization utilization{}; f.utilization(device, &utilization) == Success)
            sample.utilisationPercent = int(utilization.gpu);
        if (unsigned celsius = 0; f.temperature(device, TemperatureGpu, &celsius) == Success)
            sample.temperatureC = int(celsius);
        if (unsigned milliwatts = 0; f.power(device, &milliwatts) == Success)
            sample.powerW = milliwatts / 1000.0;
        samples.push_back(std::move(sample));
    }
    return samples;
}

} // namespace atelier
