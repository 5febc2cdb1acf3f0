// ImageLoader: opens an image file as a PyramidImage: decoded in memory, or tiled on disk when large.
#include "core/imaging/image_loader.h"

#include "core/imaging/decoded_pyramid_image.h"
#include "core/imaging/tiled_pyramid_image.h"
#include "core/tasks/task_context.h"

#include <QFileInfo>
#include <QImageReader>

namespace atelier {

namespace {

bool opensTiled(const QByteArray &format)
{
    return format == "png" || format == "tif" || format == "tiff";
}

} // namespace

Result<std::shared_ptr<const PyramidImage>> ImageLoader::load(const QString &path, const ImageLoadOptions &options)
{
    TaskContext context;
    return load(path, options, context);
}

Result<std::shared_ptr<const PyramidImage>> ImageLoader::load(const QString &path, const ImageLoadOptions &options,
                                                              TaskContext &context)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The image %1 does not exist. Check that its folder is still where the dataset points.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("The image %1 cannot be read: it is not a file or you lack permission. Check its "
                       "permissions.").arg(path));

    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return fail(tr("The image %1 is not in a format Atelier reads (JPEG, PNG, BMP, TIFF, WebP, GIF). "
                       "Convert it to PNG or JPEG.").arg(path),
                    reader.errorString());
    const QByteArray format = reader.format();
    const QSize size = reader.size();
    if (!size.isValid())
        return fail(tr("Could not read the size of the image %1: the file is damaged or truncated. Replace it "
                       "with a good copy.").arg(path),
                    reader.errorString());
    const qint64 pixels = qint64(size.width()) * size.height();

    if (pixels > options.tiledAbovePixels && opensTiled(format) && !options.tileCacheFolder.isEmpty()) {
        auto tiled = TiledPyramidImage::open(path, options.tileCacheFolder, context);
        if (!tiled)
            return fail(tiled.error());
        return std::shared_ptr<const PyramidImage>(std::move(*tiled));
    }
    if (pixels > options.maxDecodedPixels)
        return fail(tr("The image %1 is too large to open in memory (%2 x %3 pixels, %4 MiB decoded). Save it "
                       "as PNG or tiled TIFF, which open in tiles from the project's cache.")
                        .arg(path).arg(size.width()).arg(size.height()).arg(pixels * 4 / (1024 * 1024)));
    if (context.isCanceled())
        return fail(tr("Opening the image %1 was cancelled.").arg(path));

    // Qt refuses images above 256 MiB by default; the pixel limit above is the one that counts.
    reader.setAllocationLimit(int(pixels * 4 / (1024 * 1024)) + 64);
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return fail(tr("Could not decode the image %1: the file is damaged, truncated or not really %2. "
                       "Replace it with a good copy.").arg(path, QString::fromLatin1(format.toUpper())),
                    reader.errorString());
    return std::shared_ptr<const PyramidImage>(DecodedPyramidImage::fromImage(std::move(image)));
}

} // namespace atelier
