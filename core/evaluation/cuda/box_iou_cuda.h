// The CUDA entry points of BoxIou, in plain C++20 so that nvcc and the C++23 code both include it.
#pragma once

#include "core/evaluation/box_geometry.h"

namespace atelier::cuda {

bool deviceAvailable();

// Fills `out` (detectionCount x truthCount, row-major); returns null, or CUDA's error text.
const char *boxIou(const BoxXywh *detections, int detectionCount, const BoxXywh *truths, int truthCount,
                   const bool *truthIsCrowd, double *out);

} // namespace atelier::cuda
