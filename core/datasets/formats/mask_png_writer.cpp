// MaskPngWriter: shapes rasterised to MaskRle, painted run by run into a class and an instance image.
#include "core/datasets/formats/mask_png_writer.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/export_folder.h"
#include "core/datasets/formats/shape_geometry.h"
#include "core/datasets/formats/split_folders.h"
#include "core/tasks/task_context.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace atelier {

namespace {

constexpr int MaxInstances = 65535;

struct Instance
{
    std::int64_t labelClassId = 0;
    std::optional<std::int64_t> groupId;
    std::vector<MaskRle> parts;
    const StoredShape *first = nullptr;
};

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class ImageMasks
{
public:
    ImageMasks(const StoredImage &image, const QHash<std::int64_t, int> &classOf, ExportSummary &summary)
        : m_image(image), m_classOf(classOf), m_summary(summary)
        , m_classes(image.width, image.height, QImage::Format_Grayscale8)
        , m_objects(image.width, image.height, QImage::Format_Grayscale16)
    {
        m_classes.fill(0);
        m_objects.fill(0);
    }

    // Paints every shape; returns the instance list for instances.json.
    QJsonArray paint(const QHash<std::int64_t, QString> &names)
    {
        for (const StoredShape &shape : m_image.shapes)
            add(shape);
        QJsonArray list;
        int number = 0;
        for (const Instance &instance : m_instances) {
            if (number == MaxInstances) {
                note(*instance.first, "dropped", MaskPngWriter::tr("the image has more than %1 objects, which 16-bit instance masks cannot number").arg(MaxInstances));
                continue;
            }
            ++number;
            for (const MaskRle &part : instance.parts)
                paintMask(part, m_classOf.value(instance.labelClassId), number);
            list.append(QJsonObject{{QStringLiteral("instance"), number},
                                    {QStringLiteral("label"), names.value(instance.labelClassId)},
                                    {QStringLiteral("group_id"), instance.groupId ? QJsonValue(qint64(*instance.groupId)) : QJsonValue()}});
        }
        return list;
    }

    const QImage &classes() const { return m_classes; }
    const QImage &objects() const { return m_objects; }

private:
    void note(const StoredShape &shape, const char *action, const QString &reason)
    {
        m_summary.report.add({m_image.path, QString::fromLatin1(action), shape.kind, shape.id, reason});
    }

    void add(const StoredShape &shape)
    {
        auto geometry = ShapeGeometry::parse(shape);
        if (!geometry)
            return note(shape, "dropped", geometry.error().message);
        if (shape.kind == QLatin1String("polyline") || shape.kind == QLatin1String("point"))
            return note(shape, "dropped", MaskPngWriter::tr("a %1 covers no area to paint").arg(shape.kind));
        std::optional<MaskRle> mask = geometry->mask;
        if (mask && (mask->height() != m_image.height || mask->width() != m_image.width))
            return note(shape, "dropped", MaskPngWriter::tr("the mask is %1 x %2 but the image is %3 x %4")
                                              .arg(mask->width()).arg(mask->height()).arg(m_image.width).arg(m_image.height));
        if (!mask) {
            auto raster = MaskRle::fromPolygon(geometry->ring(), m_image.height, m_image.width);
            if (!raster)
                return note(shape, "dropped", raster.error().message);
            mask = std::move(*raster);
        }
        ++m_summary.shapes;
        if (shape.kind == QLatin1String("polygon") && shape.groupId) {
            const auto key = std::pair(*shape.groupId, shape.labelClassId);
            const auto [at, added] = m_groups.try_emplace(key, m_instances.size());
            if (!added)
                return m_instances[at->second].parts.push_back(std::move(*mask));
        }
        m_instances.push_back({shape.labelClassId, shape.kind == QLatin1String("polygon") ? shape.groupId : std::nullopt, {}, &shape});
        m_instances.back().parts.push_back(std::move(*mask));
    }

    // Runs are column-major: run position k is pixel (k / height, k % height).
    void paintMask(const MaskRle &mask, int classIndex, int instance)
    {
        const std::size_t h = std::size_t(m_image.height);
        std::size_t at = 0;
        bool set = false;
        for (std::uint32_t run : mask.counts()) {
            if (set) {
                for (std::size_t k = at; k < at + run; ++k) {
                    const int x = int(k / h), y = int(k % h);
                    m_classes.scanLine(y)[x] = uchar(classIndex);
                    reinterpret_cast<quint16 *>(m_objects.scanLine(y))[x] = quint16(instance);
                }
            }
            at += run;
            set = !set;
        }
    }

    const StoredImage &m_image;
    const QHash<std::int64_t, int> &m_classOf;
    ExportSummary &m_summary;
    QImage m_classes;
    QImage m_objects;
    std::vector<Instance> m_instances;
    std::map<std::pair<std::int64_t, std::int64_t>, std::size_t> m_groups;
};

} // namespace

Result<ExportSummary> MaskPngWriter::write(ExportSource &source, const QString &outFolder, TaskContext *task)
{
    if (source.labels().size() > 255)
        return fail(tr("\"%1\" has %2 labels, more than an 8-bit class mask can number (255). Export it as COCO instead.")
                        .arg(source.datasetName()).arg(source.labels().size()));
    const ExportFolder out(outFolder);
    ExportSummary summary;
    QHash<std::int64_t, int> classOf;
    QHash<std::int64_t, QString> names;
    QByteArray classes("background\n");
    for (const StoredLabelClass &label : source.labels()) {
        classOf.insert(label.id, int(classOf.size()) + 1);
        names.insert(label.id, label.name);
        classes += label.name.toUtf8() + '\n';
    }
    QJsonObject instances;
    auto written = source.forEachImage([&](const StoredImage &image) -> Status {
        if (task) {
            task->setProgress(summary.images, source.imageCount(), tr("Writing %1").arg(image.path));
            if (task->isCanceled())
                return fail(tr("The export to %1 was cancelled; the files written so far are incomplete.").arg(outFolder));
        }
        if (image.width <= 0 || image.height <= 0) {
            summary.report.add({image.path, QStringLiteral("dropped"), QStringLiteral("image"), 0,
                                tr("the image size is unknown, so no mask can be painted")});
            return {};
        }
        ImageMasks masks(image, classOf, summary);
        const QString placed = SplitFolders::place(image.path, image.split);
        instances.insert(placed, masks.paint(names));
        const QFileInfo info(placed);
        const QString name = QDir::cleanPath(info.path() + u'/' + info.completeBaseName() + QStringLiteral(".png"));
        for (const auto &[folder, picture] : {std::pair(QStringLiteral("SegmentationClass/"), &masks.classes()),
                                              std::pair(QStringLiteral("SegmentationObject/"), &masks.objects())}) {
            if (auto ok = out.write(folder + name, png(*picture)); !ok)
                return ok;
            ++summary.files;
        }
        ++summary.images;
        return {};
    });
    if (!written)
        return fail(written.error());
    for (const auto &[name, content] : {std::pair(QStringLiteral("classes.txt"), classes),
                                        std::pair(QStringLiteral("instances.json"), QJsonDocument(instances).toJson())}) {
        if (auto ok = out.write(name, content); !ok)
            return fail(ok.error());
        ++summary.files;
    }
    return summary;
}

} // namespace atelier
