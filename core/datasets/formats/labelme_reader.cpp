// LabelmeReader: each JSON file parsed with QJsonDocument and its shapes mapped, then everything stored at once.
#include "core/datasets/formats/labelme_reader.h"

#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/split_folders.h"
#include "core/tasks/task_context.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atelier {

namespace {

QStringList jsonFilesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QFileInfo(it.next()).absoluteFilePath());
    files.sort();
    return files;
}

// The line of a byte offset, for JSON syntax errors.
int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// Reads one file's shapes into `image`; errors carry the JSON path of the problem.
class ShapeParser
{
public:
    ShapeParser(const QString &file, DatasetImport &import, ImportedImage &image)
        : m_file(file), m_import(import), m_image(image) {}

    Status parse(const QJsonArray &shapes)
    {
        for (qsizetype i = 0; i < shapes.size(); ++i) {
            m_where = QStringLiteral("shapes[%1]").arg(i);
            if (auto ok = shape(shapes[i].toObject()); !ok)
                return fail(LabelmeReader::tr("%1 cannot be imported: %2 at %3.").arg(m_file, ok.error().message, m_where));
        }
        return {};
    }

private:
    Status shape(const QJsonObject &s)
    {
        const QString label = s.value(u"label").toString();
        if (label.isEmpty())
            return at(u".label", LabelmeReader::tr("the shape has no label"));
        const QString type = s.value(u"shape_type").toString(QStringLiteral("polygon"));
        auto points = this->points(s.value(u"points"));
        if (!points)
            return fail(points.error());
        ImportedShape shape{m_import.label(label), {}, {}, attributes(s), std::nullopt};
        const QJsonValue group = s.value(u"group_id");
        if (group.isDouble())
            shape.groupId = group.toInteger();
        const std::vector<double> &p = *points;
        const std::size_t count = p.size() / 2;
        const auto needs = [&](std::size_t minimum, bool exact) -> Status {
            if (exact && count != minimum)
                return at(u".points", LabelmeReader::tr("a %1 needs %2 points, not %3").arg(type).arg(minimum).arg(count));
            if (count < minimum)
                return at(u".points", LabelmeReader::tr("a %1 needs at least %2 points, not %3").arg(type).arg(minimum).arg(count));
            return {};
        };
        const bool polygon = type == QLatin1String("polygon"), point = type == QLatin1String("point");
        const bool line = type == QLatin1String("line"), linestrip = type == QLatin1String("linestrip");
        if (type == QLatin1String("rectangle")) {
            if (auto ok = needs(2, true); !ok)
                return ok;
            shape.kind = QStringLiteral("box");
            shape.geometry = pointsGeometry({std::min(p[0], p[2]), std::min(p[1], p[3]), std::max(p[0], p[2]), std::max(p[1], p[3])});
        } else if (polygon || point || line || linestrip) {
            if (auto ok = needs(polygon ? 3 : point ? 1 : 2, point || line); !ok)
                return ok;
            shape.kind = polygon ? QStringLiteral("polygon") : point ? QStringLiteral("point") : QStringLiteral("polyline");
            shape.geometry = pointsGeometry(p);
        } else if (type == QLatin1String("circle")) {
            if (auto ok = needs(2, true); !ok)
                return ok;
            const std::vector<double> ring = LabelmeReader::circlePolygon(p[0], p[1], p[2], p[3]);
            if (!std::all_of(ring.begin(), ring.end(), [](double v) { return std::isfinite(v); }))
                return at(u".points", LabelmeReader::tr("the circle is too large to store as a polygon"));
            shape.kind = QStringLiteral("polygon");
            shape.geometry = pointsGeometry(ring);
            shape.attributes.insert(QStringLiteral("labelme_circle"), QJsonArray{p[0], p[1], p[2], p[3]});
            m_import.report().add({m_file + u' ' + m_where, QStringLiteral("converted"), QStringLiteral("circle"), 0,
                                   LabelmeReader::tr("stored as a polygon of %1 vertices; the attribute labelme_circle keeps the circle")
                                       .arg(LabelmeReader::CircleVertices)});
        } else if (type == QLatin1String("mask")) {
            if (auto ok = needs(2, true); !ok)
                return ok;
            auto geometry = mask(s, p);
            if (!geometry)
                return fail(geometry.error());
            shape.kind = QStringLiteral("mask");
            shape.geometry = *geometry;
        } else {
            m_import.report().add({m_file + u' ' + m_where, QStringLiteral("skipped"), type, 0,
                                   LabelmeReader::tr("Atelier has no shape of type \"%1\"").arg(type)});
            return {};
        }
        m_image.shapes.append(std::move(shape));
        return {};
    }

    // Fails at `field` of the current shape.
    std::unexpected<Error> at(QStringView field, const QString &reason)
    {
        m_where += field;
        return fail(reason);
    }

    static QJsonObject pointsGeometry(const std::vector<double> &xy)
    {
        QJsonArray points;
        for (double v : xy)
            points.append(v);
        return {{QStringLiteral("points"), points}};
    }

    Result<std::vector<double>> points(const QJsonValue &value)
    {
        std::vector<double> xy;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonArray p = list[i].toArray();
            if (p.size() != 2 || !p[0].isDouble() || !p[1].isDouble() || !std::isfinite(p[0].toDouble()) || !std::isfinite(p[1].toDouble()))
                return at(QStringLiteral(".points[%1]").arg(i), LabelmeReader::tr("a point must be [x, y]"));
            xy.push_back(p[0].toDouble()), xy.push_back(p[1].toDouble());
        }
        if (!value.isArray())
            return at(u".points", LabelmeReader::tr("the shape has no list of points"));
        return xy;
    }

    static QJsonObject attributes(const QJsonObject &s)
    {
        QJsonObject attributes = s.value(u"attributes").toObject();
        const QJsonObject flags = s.value(u"flags").toObject();
        for (auto it = flags.constBegin(); it != flags.constEnd(); ++it)
            attributes.insert(it.key(), it.value());
        const QString description = s.value(u"description").toString();
        if (!description.isEmpty())
            attributes.insert(QStringLiteral("description"), description);
        return attributes;
    }

    // labelme's mask: a PNG of the box between two corner pixels, both included.
    Result<QJsonObject> mask(const QJsonObject &s, const std::vector<double> &p)
    {
        const QByteArray png = QByteArray::fromBase64(s.value(u"mask").toString().toLatin1());
        const QImage region = QImage::fromData(png).convertToFormat(QImage::Format_Grayscale8);
        if (region.isNull())
            return at(u".mask", LabelmeReader::tr("the mask is not a base64 PNG image"));
        // Clamped first: far beyond any image either way, and rounding stays within qint64.
        const auto pixel = [](double v) { return qint64(std::llround(std::clamp(v, -1e9, 1e9))); };
        const qint64 x1 = pixel(std::min(p[0], p[2])), y1 = pixel(std::min(p[1], p[3]));
        const qint64 x2 = pixel(std::max(p[0], p[2])), y2 = pixel(std::max(p[1], p[3]));
        if (region.width() != x2 - x1 + 1 || region.height() != y2 - y1 + 1)
            return at(u".mask", LabelmeReader::tr("the mask is %1 x %2 pixels but its points span %3 x %4")
                                             .arg(region.width()).arg(region.height()).arg(x2 - x1 + 1).arg(y2 - y1 + 1));
        const int w = m_image.width, h = m_image.height;
        if (x1 < 0 || y1 < 0 || x2 >= w || y2 >= h)
            return at(u".points", LabelmeReader::tr("the mask lies outside the %1 x %2 image").arg(w).arg(h));
        // The runs of COCO's column-major order, from the region alone: a small mask on a huge
        // image costs the region, not a buffer of the whole image.
        std::vector<qint64> counts{0};
        bool set = false;
        const auto run = [&](bool value, qint64 length) {
            if (length == 0)
                return;
            if (value != set)
                counts.push_back(0), set = value;
            counts.back() += length;
        };
        run(false, x1 * h);
        for (int x = 0; x < region.width(); ++x) {
            run(false, y1);
            for (int y = 0; y < region.height(); ++y)
                run(region.constScanLine(y)[x] != 0, 1);
            run(false, h - y2 - 1);
        }
        run(false, (w - x2 - 1) * h);
        auto rle = MaskRle::fromUncompressedCounts(counts, h, w);
        if (!rle)
            return at(u".mask", rle.error().message);
        return QJsonObject{{QStringLiteral("rle"), QString::fromLatin1(rle->toCompressedString())},
                           {QStringLiteral("size"), QJsonArray{h, w}}};
    }

    QString m_file;
    DatasetImport &m_import;
    ImportedImage &m_image;
    QString m_where;
};

// The size of the image: imageHeight/imageWidth, else imageData, else the image file.
Result<QSize> sizeOf(const QJsonObject &json, const QString &file, const QString &imageFile)
{
    const QJsonValue height = json.value(u"imageHeight"), width = json.value(u"imageWidth");
    if (height.isDouble() && width.isDouble() && height.toInt() > 0 && width.toInt() > 0)
        return QSize(width.toInt(), height.toInt());
    if (json.value(u"imageData").isString()) {
        const QImage image = QImage::fromData(QByteArray::fromBase64(json.value(u"imageData").toString().toLatin1()));
        if (image.isNull())
            return fail(LabelmeReader::tr("%1 cannot be imported: imageData is not a base64 image.").arg(file));
        return image.size();
    }
    auto size = DatasetImport::imageSize(imageFile);
    if (!size)
        return fail(withContext(LabelmeReader::tr("%1 has no imageHeight and imageWidth").arg(file), size.error()));
    return size;
}

} // namespace

std::vector<double> LabelmeReader::circlePolygon(double cx, double cy, double px, double py)
{
    const double radius = std::hypot(px - cx, py - cy), start = std::atan2(py - cy, px - cx);
    std::vector<double> xy{px, py};
    for (int k = 1; k < CircleVertices; ++k) {
        const double angle = start + 2 * std::numbers::pi * k / CircleVertices;
        xy.push_back(cx + radius * std::cos(angle));
        xy.push_back(cy + radius * std::sin(angle));
    }
    return xy;
}

LabelmeReader::LabelmeReader(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<ImportSummary> LabelmeReader::import(const QString &path, const ImportOptions &options, TaskContext *task)
{
    const QFileInfo input(path);
    if (!input.exists())
        return fail(tr("%1 does not exist. Give a folder of labelme .json files or one such file.").arg(path));
    const QStringList files = input.isFile() ? QStringList{input.absoluteFilePath()} : jsonFilesUnder(path);
    if (files.isEmpty())
        return fail(tr("%1 holds no .json files.").arg(path));
    const QString root = !options.imagesFolder.isEmpty() ? QFileInfo(options.imagesFolder).absoluteFilePath()
                       : input.isFile()                  ? input.absolutePath()
                                                         : input.absoluteFilePath();
    DatasetImport import;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        if (task) {
            task->setProgress(i, files.size(), tr("Reading %1").arg(QFileInfo(file).fileName()));
            if (task->isCanceled())
                return fail(tr("The import of %1 was cancelled; nothing was changed.").arg(path));
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(tr("Could not open %1: %2").arg(file, in.errorString()));
        const QByteArray text = in.readAll();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(tr("%1 line %2: %3; is it a complete labelme file?").arg(file).arg(lineAt(text, error.offset)).arg(error.errorString()));
        const QJsonObject json = document.object();
        const QString imagePath = json.value(u"imagePath").toString().replace(u'\\', u'/');
        if (!document.isObject() || imagePath.isEmpty() || !json.value(u"shapes").isArray())
            return fail(tr("%1 cannot be imported: it has no imagePath or no shapes list; is it a labelme file?").arg(file));
        const QString imageFile = QDir(QFileInfo(file).absolutePath()).filePath(imagePath);
        auto size = sizeOf(json, file, imageFile);
        if (!size)
            return fail(size.error());
        // The split is the first folder under the folder given (train/x.json), as LabelmeWriter puts it.
        const QString split = input.isDir() ? SplitFolders::splitOf(QDir(input.absoluteFilePath()).relativeFilePath(file)) : QString();
        ImportedImage image{QDir(root).relativeFilePath(QDir::cleanPath(imageFile)), size->width(), size->height(), {}, split};
        if (auto ok = ShapeParser(file, import, image).parse(json.value(u"shapes").toArray()); !ok)
            return fail(ok.error());
        import.addImage(std::move(image));
    }
    return import.save(m_db, m_audit, options.datasetName, root, QStringLiteral("labelme"), path);
}

} // namespace atelier
