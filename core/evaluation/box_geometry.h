// BoxXywh and the IoU of two boxes, shared by the CPU loop and the CUDA kernel so both agree bit for bit.
// Plain C++20: nvcc compiles it too.
#pragma once

#if defined(__CUDACC__)
#define ATELIER_HOST_DEVICE __host__ __device__
#else
#define ATELIER_HOST_DEVICE
#endif

namespace atelier {

// A box in COCO's convention: top-left corner, width and height, in image pixels.
struct BoxXywh
{
    double x = 0, y = 0, w = 0, h = 0;
};

namespace detail {

ATELIER_HOST_DEVICE inline double boxIou(double dx, double dy, double dw, double dh,
                                         double tx, double ty, double tw, double th, bool crowd)
{
    const double left = dx > tx ? dx : tx;
    const double top = dy > ty ? dy : ty;
    const double right = (dx + dw) < (tx + tw) ? (dx + dw) : (tx + tw);
    const double bottom = (dy + dh) < (ty + th) ? (dy + dh) : (ty + th);
    const double iw = right - left;
    const double ih = bottom - top;
    if (iw <= 0 || ih <= 0)
        return 0;
    const double intersection = iw * ih;
    const double unionArea = crowd ? dw * dh : dw * dh + tw * th - intersection;
    return intersection / unionArea;
}

} // namespace detail
} // namespace atelier
