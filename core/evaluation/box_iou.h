// Box IoU matrices as COCO evaluation computes them: on the CPU, or with CUDA when built and present.
#pragma once

#include "core/evaluation/box_geometry.h"
#include "core/result.h"

#include <span>
#include <vector>

namespace atelier {

class BoxIou
{
public:
    // Row-major |detections| x |truths| matrix. Against a crowd truth the union is the
    // detection's own area, as in pycocotools (maskApi.c, bbIou).
    static std::vector<double> cpu(std::span<const BoxXywh> detections, std::span<const BoxXywh> truths,
                                   std::span<const bool> truthIsCrowd);

    // Whether this build has CUDA and a device is present.
    static bool cudaAvailable();
    // The same matrix computed on the GPU, bit for bit equal to cpu() (no fused multiply-add).
    [[nodiscard]] static Result<std::vector<double>> cuda(std::span<const BoxXywh> detections,
                                                          std::span<const BoxXywh> truths,
                                                          std::span<const bool> truthIsCrowd);
};

} // namespace atelier
