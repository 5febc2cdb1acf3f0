// ImageLoader: opens an image file as a PyramidImage: decoded in memory, or tiled on disk when large.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace atelier {

class PyramidImage;
class TaskContext;

// How ImageLoader opens images: where large ones keep their tiles, and the size limits.
struct ImageLoadOptions
{
    // Where large PNG and TIFF images keep their tiles (e.g. the project's cache folder).
    // Empty: every image is decoded in memory, up to maxDecodedPixels.
    QString tileCacheFolder;
    // PNG and TIFF images with more pixels than this open tiled (TiledPyramidImage).
    qint64 tiledAbovePixels = 64'000'000;
    // No image with more pixels than this is decoded whole (4 bytes a pixel: 1 GiB).
    qint64 maxDecodedPixels = 268'435'456;
};

class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    // Reads `path` (EXIF orientation applied for decoded images). The error says what failed
    // (missing, unreadable, unsupported format, damaged or truncated, too large) and what to do.
    [[nodiscard]] static Result<std::shared_ptr<const PyramidImage>>
    load(const QString &path, const ImageLoadOptions &options, TaskContext &context);
    [[nodiscard]] static Result<std::shared_ptr<const PyramidImage>> load(const QString &path,
                                                                          const ImageLoadOptions &options = {});
};

} // namespace atelier
