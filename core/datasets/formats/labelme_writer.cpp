// LabelmeWriter: one JSON document per image from its shapes, written with QJsonDocument.
#include "core/datasets/formats/labelme_writer.h"

#include "core/datasets/formats/export_folder.h"
#include "core/datasets/formats/labelme_reader.h"
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

#include <cmath>

namespace atelier {

namespace {

QJsonArray pointList(const std::vector<double> &xy)
{
    QJsonArray points;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        points.append(QJsonArray{xy[i], xy[i + 1]});
    return points;
}

// The circle a polygon still stands for: its labelme_circle attribute, when the polygon's points
// are still that circle's.
std::optional<std::vector<double>> circleOf(const ShapeGeometry &geometry)
{
    const QJsonArray c = geometry.attributes.value(u"labelme_circle").toArray();
    if (c.size() != 4)
        return std::nullopt;
    const std::vector<double> circle{c[0].toDouble(), c[1].toDouble(), c[2].toDouble(), c[3].toDouble()};
    const std::vector<double> expected = LabelmeReader::circlePolygon(circle[0], circle[1], circle[2], circle[3]);
    if (expected.size() != geometry.points.size())
        return std::nullopt;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::abs(expected[i] - geometry.points[i]) > 1e-6)
            return std::nullopt;
    }
    return circle;
}

class ImageJson
{
public:
    ImageJson(const StoredImage &image, const QHash<std::int64_t, QString> &labels, ExportSummary &summary)
        : m_image(image), m_labels(labels), m_summary(summary) {}

    QByteArray json()
    {
        QJsonArray shapes;
        for (const StoredShape &shape : m_image.shapes) {
            if (auto object = this->shape(shape)) {
                shapes.append(*object);
                ++m_summary.shapes;
            }
        }
        const QJsonObject document{{QStringLiteral("version"), QLatin1String(LabelmeWriter::FileVersion)},
                                   {QStringLiteral("flags"), QJsonObject()},
                                   {QStringLiteral("shapes"), shapes},
                                   {QStringLiteral("imagePath"), QFileInfo(m_image.path).fileName()},
                                   {QStringLiteral("imageData"), QJsonValue::Null},
                                   {QStringLiteral("imageHeight"), m_image.height},
                                   {QStringLiteral("imageWidth"), m_image.width}};
        return QJsonDocument(document).toJson(QJsonDocument::Indented);
    }

private:
    void note(const StoredShape &shape, const char *action, const QString &reason)
    {
        m_summary.report.add({m_image.path, QString::fromLatin1(action), shape.kind, shape.id, reason});
    }

    std::optional<QJsonObject> shape(const StoredShape &shape)
    {
        auto geometry = ShapeGeometry::parse(shape);
        if (!geometry) {
            note(shape, "dropped", geometry.error().message);
            return std::nullopt;
        }
        QJsonObject object{{QStringLiteral("label"), m_labels.value(shape.labelClassId)},
                           {QStringLiteral("group_id"), shape.groupId ? QJsonValue(qint64(*shape.groupId)) : QJsonValue()}};
        const QString &kind = shape.kind;
        QString type;
        QJsonArray points;
        if (kind == QLatin1String("box")) {
            const ShapeGeometry::Extent e = geometry->extent();
            type = QStringLiteral("rectangle"), points = pointList({e.x1, e.y1, e.x2, e.y2});
        } else if (kind == QLatin1String("polygon")) {
            const auto circle = circleOf(*geometry);
            type = circle ? QStringLiteral("circle") : QStringLiteral("polygon");
            points = pointList(circle ? *circle : geometry->points);
        } else if (kind == QLatin1String("rotated_box")) {
            note(shape, "converted", LabelmeWriter::tr("labelme has no rotated boxes: written as the polygon of its 4 corners"));
            type = QStringLiteral("polygon"), points = pointList(geometry->ring());
        } else if (kind == QLatin1String("polyline")) {
            type = QStringLiteral("linestrip"), points = pointList(geometry->points);
        } else if (kind == QLatin1String("point")) {
            type = QStringLiteral("point"), points = pointList({geometry->points[0], geometry->points[1]});
        } else if (kind == QLatin1String("mask")) {
            auto mask = maskField(shape, *geometry->mask, points);
            if (!mask)
                return std::nullopt;
            type = QStringLiteral("mask");
            object.insert(QStringLiteral("mask"), *mask);
        } else {
            note(shape, "dropped", LabelmeWriter::tr("the shape kind %1 is unknown").arg(kind));
            return std::nullopt;
        }
        object.insert(QStringLiteral("shape_type"), type);
        object.insert(QStringLiteral("points"), points);
        addAttributes(object, geometry->attributes);
        return object;
    }

    // Booleans as flags, description as description, the rest as "attributes".
    // labelme_circle is left out: a circle's shape type says it, and a polygon that no longer
    // matches it was edited into something else.
    static void addAttributes(QJsonObject &object, QJsonObject attributes)
    {
        attributes.remove(QStringLiteral("labelme_circle"));
        QJsonObject flags, others;
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            if (it.value().isBool())
                flags.insert(it.key(), it.value());
            else if (it.key() != QLatin1String("description") || !it.value().isString())
                others.insert(it.key(), it.value());
        }
        object.insert(QStringLiteral("flags"), flags);
        object.insert(QStringLiteral("description"), attributes.value(u"description").toString());
        if (!others.isEmpty())
            object.insert(QStringLiteral("attributes"), others);
    }

    // labelme's mask: the PNG of the pixels' box, and the box's first and last pixel as points.
    std::optional<QString> maskField(const StoredShape &shape, const MaskRle &mask, QJsonArray &points)
    {
        if (mask.height() != m_image.height || mask.width() != m_image.width) {
            note(shape, "dropped", LabelmeWriter::tr("the mask is %1 x %2 but the image is %3 x %4")
                                       .arg(mask.width()).arg(mask.height()).arg(m_image.width).arg(m_image.height));
            return std::nullopt;
        }
        const MaskRle::BoundingBox box = mask.boundingBox();
        if (box.width <= 0 || box.height <= 0) {
            note(shape, "dropped", LabelmeWriter::tr("the mask is empty, and labelme cannot hold an empty mask"));
            return std::nullopt;
        }
        const int x0 = int(box.x), y0 = int(box.y), w = int(box.width), h = int(box.height);
        const std::vector<std::uint8_t> pixels = mask.toMask();
        QImage region(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y) {
            uchar *row = region.scanLine(y);
            for (int x = 0; x < w; ++x)
                row[x] = pixels[std::size_t(y0 + y) * std::size_t(mask.width()) + std::size_t(x0 + x)] ? 255 : 0;
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        region.save(&buffer, "PNG");
        points = QJsonArray{QJsonArray{x0, y0}, QJsonArray{x0 + w - 1, y0 + h - 1}};
        return QString::fromLatin1(png.toBase64());
    }

    const StoredImage &m_image;
    const QHash<std::int64_t, QString> &m_labels;
    ExportSummary &m_summary;
};

} // namespace

Result<ExportSummary> LabelmeWriter::write(ExportSource &source, const QString &outFolder,
                                           const LabelmeExportOptions &options, TaskContext *task)
{
    const ExportFolder out(outFolder);
    ExportSummary summary;
    QHash<std::int64_t, QString> labels;
    for (const StoredLabelClass &label : source.labels())
        labels.insert(label.id, label.name);
    auto written = source.forEachImage([&](const StoredImage &image) -> Status {
        if (task) {
            task->setProgress(summary.images, source.imageCount(), tr("Writing %1").arg(image.path));
            if (task->isCanceled())
                return fail(tr("The export to %1 was cancelled; the files written so far are incomplete.").arg(outFolder));
        }
        const QString target = SplitFolders::place(image.path, image.split);
        const QFileInfo info(target);
        const QString jsonPath = QDir::cleanPath(info.path() + u'/' + info.completeBaseName() + QStringLiteral(".json"));
        if (auto ok = out.write(jsonPath, ImageJson(image, labels, summary).json()); !ok)
            return ok;
        ++summary.files;
        ++summary.images;
        if (options.copyImages) {
            auto copied = out.copy(QDir(source.rootPath()).filePath(image.path), target);
            if (!copied)
                return fail(copied.error());
            if (!*copied)
                summary.report.add({image.path, QStringLiteral("dropped"), QStringLiteral("image"), 0,
                                    tr("the image file is missing from %1, so only its JSON file was written").arg(source.rootPath())});
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    return summary;
}

} // namespace atelier
