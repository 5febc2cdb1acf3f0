// YoloWriter: one label file per image, then classes.txt and data.yaml naming the splits that were written.
#include "core/datasets/formats/yolo_writer.h"

#include "core/datasets/formats/export_folder.h"
#include "core/datasets/formats/number_text.h"
#include "core/datasets/formats/shape_geometry.h"
#include "core/datasets/formats/yolo_data_file.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace atelier {

namespace {

// The image's place in the export: under images/<its split>/ when it has one; else images/<x>/...
// as it is, and anything else under images/train/.
QString imageTarget(const QString &path, const QString &split)
{
    QString cleaned = QDir::cleanPath(path);
    if (split.isEmpty())
        return cleaned.startsWith(QLatin1String("images/")) ? cleaned : QStringLiteral("images/train/") + cleaned;
    if (cleaned.startsWith(QLatin1String("images/")) && cleaned.indexOf(u'/', 7) > 0)
        cleaned = cleaned.mid(cleaned.indexOf(u'/', 7) + 1); // images/<old split>/x.jpg: x.jpg
    return QStringLiteral("images/%1/").arg(split) + cleaned;
}

QString labelTarget(const QString &imageTarget)
{
    const QFileInfo info(QStringLiteral("labels/") + imageTarget.mid(7));
    return QDir::cleanPath(info.path() + u'/' + info.completeBaseName() + QStringLiteral(".txt"));
}

// The split folder an image lies in ("images/val"), or "images" for images/x.jpg.
QString splitFolder(const QString &imageTarget)
{
    const qsizetype slash = imageTarget.indexOf(u'/', 7);
    return slash < 0 ? QStringLiteral("images") : imageTarget.left(slash);
}

class ImageLines
{
public:
    ImageLines(const StoredImage &image, const QHash<std::int64_t, int> &classOf, ExportSummary &summary)
        : m_image(image), m_classOf(classOf), m_summary(summary) {}

    std::string text()
    {
        for (const StoredShape &shape : m_image.shapes)
            add(shape);
        return m_text;
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
        if (m_image.width <= 0 || m_image.height <= 0)
            return note(shape, "dropped", YoloWriter::tr("the image size is unknown, and YOLO coordinates are fractions of it"));
        const QString &kind = shape.kind;
        if (kind == QLatin1String("polyline") || kind == QLatin1String("point"))
            return note(shape, "dropped", YoloWriter::tr("YOLO holds no %1 shapes").arg(kind));
        if (kind == QLatin1String("rotated_box"))
            note(shape, "converted", YoloWriter::tr("YOLO has no rotated boxes: written as the polygon of its 4 corners"));
        if (kind == QLatin1String("mask"))
            note(shape, "converted", YoloWriter::tr("YOLO has no masks: written as the box of its pixels"));
        std::vector<double> xy;
        if (kind == QLatin1String("box") || kind == QLatin1String("mask")) {
            const ShapeGeometry::Extent e = geometry->extent();
            xy = {e.x1, e.y1, e.x2, e.y2};
        } else {
            xy = geometry->ring();
        }
        if (clip(xy))
            note(shape, "converted", YoloWriter::tr("coordinates outside the image were clipped to its edge"));
        line(m_classOf.value(shape.labelClassId), xy, kind == QLatin1String("box") || kind == QLatin1String("mask"));
    }

    bool clip(std::vector<double> &xy) const
    {
        bool clipped = false;
        for (std::size_t i = 0; i < xy.size(); ++i) {
            const double limit = i % 2 ? m_image.height : m_image.width;
            const double inside = std::clamp(xy[i], 0.0, limit);
            clipped = clipped || inside != xy[i];
            xy[i] = inside;
        }
        return clipped;
    }

    void line(int cls, const std::vector<double> &xy, bool box)
    {
        const double w = m_image.width, h = m_image.height;
        std::vector<double> values;
        if (box)
            values = {(xy[0] + xy[2]) / 2 / w, (xy[1] + xy[3]) / 2 / h, (xy[2] - xy[0]) / w, (xy[3] - xy[1]) / h};
        else
            for (std::size_t i = 0; i < xy.size(); ++i)
                values.push_back(xy[i] / (i % 2 ? h : w));
        m_text += std::to_string(cls);
        for (double value : values) {
            m_text += ' ';
            number_text::appendShortest(m_text, value);
        }
        m_text += '\n';
        ++m_summary.shapes;
    }

    const StoredImage &m_image;
    const QHash<std::int64_t, int> &m_classOf;
    ExportSummary &m_summary;
    std::string m_text;
};

} // namespace

Result<ExportSummary> YoloWriter::write(ExportSource &source, const QString &outFolder, const YoloExportOptions &options,
                                        TaskContext *task)
{
    const ExportFolder out(outFolder);
    ExportSummary summary;
    QHash<std::int64_t, int> classOf;
    YoloDataFile data;
    QByteArray classes;
    for (const StoredLabelClass &label : source.labels()) {
        classOf.insert(label.id, int(classOf.size()));
        data.names.insert(int(data.names.size()), label.name);
        classes += label.name.toUtf8() + '\n';
    }
    QSet<QString> splits;
    auto written = source.forEachImage([&](const StoredImage &image) -> Status {
        if (task) {
            task->setProgress(summary.images, source.imageCount(), tr("Writing %1").arg(image.path));
            if (task->isCanceled())
                return fail(tr("The export to %1 was cancelled; the files written so far are incomplete.").arg(outFolder));
        }
        const QString target = imageTarget(image.path, image.split);
        const std::string text = ImageLines(image, classOf, summary).text();
        if (auto ok = out.write(labelTarget(target), QByteArray::fromStdString(text)); !ok)
            return ok;
        ++summary.files;
        ++summary.images;
        splits.insert(splitFolder(target));
        if (options.copyImages) {
            auto copied = out.copy(QDir(source.rootPath()).filePath(image.path), target);
            if (!copied)
                return fail(copied.error());
            if (!*copied)
                summary.report.add({image.path, QStringLiteral("dropped"), QStringLiteral("image"), 0,
                                    tr("the image file is missing from %1, so only its labels were written").arg(source.rootPath())});
        }
        return {};
    });
    if (!written)
        return fail(written.error());

    data.path = QFileInfo(outFolder).absoluteFilePath();
    for (const QString &split : std::as_const(splits)) {
        const QString name = split.mid(7);
        QStringList *list = name == QLatin1String("val") || name == QLatin1String("valid") ? &data.val
                          : name == QLatin1String("test")                                  ? &data.test
                                                                                           : &data.train;
        list->append(split);
    }
    for (QStringList *list : {&data.train, &data.val, &data.test})
        list->sort();
    if (data.train.isEmpty() && !data.val.isEmpty())
        data.train = data.val; // Ultralytics needs a train entry
    for (const auto &[name, content] : {std::pair(QStringLiteral("data.yaml"), data.toYaml()),
                                        std::pair(QStringLiteral("classes.txt"), classes)}) {
        if (auto ok = out.write(name, content); !ok)
            return fail(ok.error());
        ++summary.files;
    }
    return summary;
}

} // namespace atelier
