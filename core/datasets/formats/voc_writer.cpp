// VocWriter: one XML file per image from its shapes' boxes, written with QXmlStreamWriter.
#include "core/datasets/formats/voc_writer.h"

#include "core/datasets/formats/export_folder.h"
#include "core/datasets/formats/number_text.h"
#include "core/datasets/formats/shape_geometry.h"
#include "core/tasks/task_context.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

#include <cmath>
#include <map>

namespace atelier {

namespace {

// A box in VOC's whole, 1-based pixel numbers.
struct VocBox
{
    qint64 xmin = 0;
    qint64 ymin = 0;
    qint64 xmax = 0;
    qint64 ymax = 0;
};

struct VocObject
{
    QString name;
    ShapeGeometry::Extent extent{INFINITY, INFINITY, -INFINITY, -INFINITY};
    bool exact = true; // a box of its own, rounded to the nearest pixel edge; else rounded outwards
    QJsonObject attributes;
    const StoredShape *shape = nullptr;
};

QString attributeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return number_text::shortest(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool truthy(const QJsonValue &value)
{
    return value.toBool() || value.toDouble() != 0;
}

class ImageXml
{
public:
    ImageXml(const StoredImage &image, const QHash<std::int64_t, QString> &labels, ExportSummary &summary)
        : m_image(image), m_labels(labels), m_summary(summary) {}

    QByteArray xml()
    {
        for (const StoredShape &shape : m_image.shapes)
            add(shape);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QXmlStreamWriter w(&buffer);
        w.setAutoFormatting(true);
        w.writeStartElement(QStringLiteral("annotation"));
        w.writeTextElement(QStringLiteral("folder"), QStringLiteral("JPEGImages"));
        w.writeTextElement(QStringLiteral("filename"), m_image.path);
        w.writeStartElement(QStringLiteral("size"));
        w.writeTextElement(QStringLiteral("width"), QString::number(m_image.width));
        w.writeTextElement(QStringLiteral("height"), QString::number(m_image.height));
        w.writeTextElement(QStringLiteral("depth"), QStringLiteral("3"));
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("segmented"), QStringLiteral("0"));
        for (const VocObject &object : m_objects)
            writeObject(w, object);
        w.writeEndElement();
        w.writeEndDocument();
        return bytes;
    }

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
            return note(shape, "dropped", VocWriter::tr("Pascal VOC holds no %1 shapes").arg(shape.kind));
        const bool box = shape.kind == QLatin1String("box");
        if (!box)
            note(shape, "converted", VocWriter::tr("Pascal VOC holds boxes only: written as the box that holds the %1").arg(shape.kind));
        // The rings of one polygon group are one object, as in COCO.
        VocObject *object = nullptr;
        if (shape.kind == QLatin1String("polygon") && shape.groupId) {
            const auto key = std::pair(*shape.groupId, shape.labelClassId);
            const auto [at, added] = m_groups.try_emplace(key, m_objects.size());
            if (!added)
                object = &m_objects[at->second];
        }
        if (!object) {
            m_objects.append({m_labels.value(shape.labelClassId), {INFINITY, INFINITY, -INFINITY, -INFINITY}, box,
                              geometry->attributes, &shape});
            object = &m_objects.back();
        }
        const ShapeGeometry::Extent e = geometry->extent();
        object->extent = {std::min(object->extent.x1, e.x1), std::min(object->extent.y1, e.y1),
                          std::max(object->extent.x2, e.x2), std::max(object->extent.y2, e.y2)};
        ++m_summary.shapes;
    }

    VocBox boxOf(const VocObject &object)
    {
        const ShapeGeometry::Extent &e = object.extent;
        const auto lower = [&](double v) { return qint64(object.exact ? std::round(v) : std::floor(v)); };
        const auto upper = [&](double v) { return qint64(object.exact ? std::round(v) : std::ceil(v)); };
        VocBox b{lower(e.x1) + 1, lower(e.y1) + 1, upper(e.x2), upper(e.y2)};
        const VocBox clipped{std::clamp<qint64>(b.xmin, 1, m_image.width), std::clamp<qint64>(b.ymin, 1, m_image.height),
                             std::clamp<qint64>(b.xmax, 1, m_image.width), std::clamp<qint64>(b.ymax, 1, m_image.height)};
        if (m_image.width > 0 && m_image.height > 0
            && (clipped.xmin != b.xmin || clipped.ymin != b.ymin || clipped.xmax != b.xmax || clipped.ymax != b.ymax)) {
            note(*object.shape, "converted", VocWriter::tr("the box reaches outside the image and was clipped to it"));
            b = clipped;
        }
        if (b.xmax < b.xmin || b.ymax < b.ymin) {
            note(*object.shape, "converted", VocWriter::tr("the box is thinner than a pixel and was widened to one"));
            b.xmax = std::max(b.xmax, b.xmin), b.ymax = std::max(b.ymax, b.ymin);
        }
        return b;
    }

    void writeObject(QXmlStreamWriter &w, const VocObject &object)
    {
        QJsonObject attributes = object.attributes;
        const VocBox b = boxOf(object);
        w.writeStartElement(QStringLiteral("object"));
        w.writeTextElement(QStringLiteral("name"), object.name);
        const QString pose = attributes.take(QStringLiteral("pose")).toString();
        w.writeTextElement(QStringLiteral("pose"), pose.isEmpty() ? QStringLiteral("Unspecified") : pose);
        for (const char *flag : {"truncated", "difficult", "occluded"})
            w.writeTextElement(QLatin1String(flag), truthy(attributes.take(QLatin1String(flag))) ? QStringLiteral("1") : QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("bndbox"));
        w.writeTextElement(QStringLiteral("xmin"), QString::number(b.xmin));
        w.writeTextElement(QStringLiteral("ymin"), QString::number(b.ymin));
        w.writeTextElement(QStringLiteral("xmax"), QString::number(b.xmax));
        w.writeTextElement(QStringLiteral("ymax"), QString::number(b.ymax));
        w.writeEndElement();
        if (!attributes.isEmpty()) {
            w.writeStartElement(QStringLiteral("attributes"));
            for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
                w.writeStartElement(QStringLiteral("attribute"));
                w.writeTextElement(QStringLiteral("name"), it.key());
                w.writeTextElement(QStringLiteral("value"), attributeText(it.value()));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    const StoredImage &m_image;
    const QHash<std::int64_t, QString> &m_labels;
    ExportSummary &m_summary;
    QList<VocObject> m_objects;
    std::map<std::pair<std::int64_t, std::int64_t>, qsizetype> m_groups;
};

QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return QDir::cleanPath(info.path() + u'/' + info.completeBaseName() + suffix);
}

} // namespace

Result<ExportSummary> VocWriter::write(ExportSource &source, const QString &outFolder, const VocExportOptions &options,
                                       TaskContext *task)
{
    const ExportFolder out(outFolder);
    ExportSummary summary;
    QHash<std::int64_t, QString> labels;
    for (const StoredLabelClass &label : source.labels())
        labels.insert(label.id, label.name);
    QByteArray list;
    QMap<QString, QByteArray> splitLists; // split -> its ImageSets/Main list
    auto written = source.forEachImage([&](const StoredImage &image) -> Status {
        if (task) {
            task->setProgress(summary.images, source.imageCount(), tr("Writing %1").arg(image.path));
            if (task->isCanceled())
                return fail(tr("The export to %1 was cancelled; the files written so far are incomplete.").arg(outFolder));
        }
        const QByteArray xml = ImageXml(image, labels, summary).xml();
        if (auto ok = out.write(QStringLiteral("Annotations/") + withSuffix(image.path, QStringLiteral(".xml")), xml); !ok)
            return ok;
        ++summary.files;
        ++summary.images;
        list += withSuffix(image.path, QString()).toUtf8() + '\n';
        if (!image.split.isEmpty())
            splitLists[image.split] += withSuffix(image.path, QString()).toUtf8() + '\n';
        if (options.copyImages) {
            auto copied = out.copy(QDir(source.rootPath()).filePath(image.path), QStringLiteral("JPEGImages/") + image.path);
            if (!copied)
                return fail(copied.error());
            if (!*copied)
                summary.report.add({image.path, QStringLiteral("dropped"), QStringLiteral("image"), 0,
                                    tr("the image file is missing from %1, so only its annotation was written").arg(source.rootPath())});
        }
        return {};
    });
    if (!written)
        return fail(written.error());
    splitLists.insert(QStringLiteral("default"), list);
    for (auto it = splitLists.cbegin(); it != splitLists.cend(); ++it) {
        if (auto ok = out.write(QStringLiteral("ImageSets/Main/%1.txt").arg(it.key()), it.value()); !ok)
            return fail(ok.error());
        ++summary.files;
    }
    return summary;
}

} // namespace atelier
