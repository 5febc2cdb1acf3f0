// BoxIou: the CPU path, and the entry to the CUDA path when the build has it.
#include "core/evaluation/box_iou.h"

#if ATELIER_HAVE_CUDA
#include "core/evaluation/cuda/box_iou_cuda.h"
#endif

#include <QCoreApplication>

namespace atelier {

std::vector<double> BoxIou::cpu(std::span<const BoxXywh> detections, std::span<const BoxXywh> truths,
                                std::span<const bool> truthIsCrowd)
{
    std::vector<double> matrix(detections.size() * truths.size());
    for (std::size_t d = 0; d < detections.size(); ++d) {
        const BoxXywh &a = detections[d];
        for (std::size_t t = 0; t < truths.size(); ++t) {
            const BoxXywh &b = truths[t];
            matrix[d * truths.size() + t] = detail::boxIou(a.x, a.y, a.w, a.h, b.x, b.y, b.w, b.h, truthIsCrowd[t]);
        }
    }
    return matrix;
}

bool BoxIou::cudaAvailable()
{
#if ATELIER_HAVE_CUDA
    return cuda::deviceAvailable();
#else
    return false;
#endif
}

Result<std::vector<double>> BoxIou::cuda(std::span<const BoxXywh> detections, std::span<const BoxXywh> truths,
                                         std::span<const bool> truthIsCrowd)
{
#if ATELIER_HAVE_CUDA
    std::vector<double> matrix(detections.size() * truths.size());
    if (matrix.empty())
        return matrix;
    if (const char *error = cuda::boxIou(detections.data(), int(detections.size()), truths.data(),
                                         int(truths.size()), truthIsCrowd.data(), matrix.data()))
        return fail(QCoreApplication::translate("BoxIou", "The GPU computation failed; the CPU path gives the same results."),
                    QString::fromUtf8(error));
    return matrix;
#else
    (void)detections;
    (void)truths;
    (void)truthIsCrowd;
    return fail(QCoreApplication::translate("BoxIou", "This Atelier was built without CUDA; the CPU path gives the same results."));
#endif
}

} // namespace atelier
