// The box IoU matrix on the GPU: one thread per (detection, truth) pair. Built with -fmad=false so
// that every element equals the CPU's bit for bit.
#include "core/evaluation/cuda/box_iou_cuda.h"

#include <cuda_runtime.h>

#include <cstddef>

namespace atelier::cuda {

namespace {

__global__ void boxIouKernel(const BoxXywh *detections, int detectionCount, const BoxXywh *truths,
                             int truthCount, const bool *crowd, double *out)
{
    const int t = blockIdx.x * blockDim.x + threadIdx.x;
    const int d = blockIdx.y;
    if (t >= truthCount || d >= detectionCount)
        return;
    const BoxXywh a = detections[d];
    const BoxXywh b = truths[t];
    out[std::size_t(d) * truthCount + t] = detail::boxIou(a.x, a.y, a.w, a.h, b.x, b.y, b.w, b.h, crowd[t]);
}

// Device memory owned for the length of one call.
template<typename T>
class DeviceBuffer
{
public:
    explicit DeviceBuffer(std::size_t count)
    {
        if (cudaMalloc(reinterpret_cast<void **>(&m_data), count * sizeof(T)) != cudaSuccess)
            m_data = nullptr;
    }
    ~DeviceBuffer() { cudaFree(m_data); }
    DeviceBuffer(const DeviceBuffer &) = delete;
    DeviceBuffer &operator=(const DeviceBuffer &) = delete;

    T *data() const { return m_data; }

private:
    T *m_data = nullptr;
};

} // namespace

bool deviceAvailable()
{
    int count = 0;
    return cudaGetDeviceCount(&count) == cudaSuccess && count > 0;
}

const char *boxIou(const BoxXywh *detections, int detectionCount, const BoxXywh *truths, int truthCount,
                   const bool *truthIsCrowd, double *out)
{
    const std::size_t cells = std::size_t(detectionCount) * std::size_t(truthCount);
    DeviceBuffer<BoxXywh> dets{std::size_t(detectionCount)};
    DeviceBuffer<BoxXywh> gts{std::size_t(truthCount)};
    DeviceBuffer<bool> crowd{std::size_t(truthCount)};
    DeviceBuffer<double> result{cells};
    if (!dets.data() || !gts.data() || !crowd.data() || !result.data())
        return cudaGetErrorString(cudaErrorMemoryAllocation);

    cudaError_t status = cudaMemcpy(dets.data(), detections, sizeof(BoxXywh) * std::size_t(detectionCount),
                                    cudaMemcpyHostToDevice);
    if (status == cudaSuccess)
        status = cudaMemcpy(gts.data(), truths, sizeof(BoxXywh) * std::size_t(truthCount), cudaMemcpyHostToDevice);
    if (status == cudaSuccess)
        status = cudaMemcpy(crowd.data(), truthIsCrowd, sizeof(bool) * std::size_t(truthCount), cudaMemcpyHostToDevice);
    if (status != cudaSuccess)
        return cudaGetErrorString(status);

    constexpr int Threads = 128;
    const dim3 grid((truthCount + Threads - 1) / Threads, detectionCount);
    boxIouKernel<<<grid, Threads>>>(dets.data(), detectionCount, gts.data(), truthCount, crowd.data(), result.data());
    status = cudaGetLastError();
    if (status == cudaSuccess)
        status = cudaMemcpy(out, result.data(), sizeof(double) * cells, cudaMemcpyDeviceToHost);
    return status == cudaSuccess ? nullptr : cudaGetErrorString(status);
}

} // namespace atelier::cuda
