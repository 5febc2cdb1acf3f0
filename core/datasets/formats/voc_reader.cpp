// VocReader: each XML file read with QXmlStreamReader into an image with boxes, then everything stored at once.
#include "core/datasets/formats/voc_reader.h"

#include "core/tasks/task_context.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QXmlStreamReader>

#include <cmath>

namespace atelier {

namespace {

struct VocObject
{
    QString name;
    double box[4] = {0, 0, 0, 0};
    int boxValues = 0; // which of xmin, ymin, xmax, ymax were given, as bits
    QJsonObject attributes;
    qint64 line = 0;
};

struct VocFile
{
    QString fileName;
    int width = 0;
    int height = 0;
    QList<VocObject> objects;
};

// A value of CVAT's <attribute>: true/false and numbers as such, anything else as text.
QJsonValue attributeValue(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(text);
}

// Reads one file; every error names the file and the line of the element at fault.
class VocParser
{
public:
    explicit VocParser(const QString &file) : m_file(file) {}

    Result<VocFile> parse(QIODevice &device)
    {
        m_xml.setDevice(&device);
        if (!m_xml.readNextStartElement())
            return problem(m_xml.hasError() ? m_xml.errorString() : VocReader::tr("the file is empty"));
        if (m_xml.name() != u"annotation")
            return problem(VocReader::tr("the root element is <%1>, not <annotation>; is it a Pascal VOC file?").arg(m_xml.name()));
        VocFile file;
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"filename")
                file.fileName = m_xml.readElementText().trimmed();
            else if (name == u"size") {
                if (auto ok = size(file); !ok)
                    return fail(ok.error());
            } else if (name == u"object") {
                auto object = this->object();
                if (!object)
                    return fail(object.error());
                file.objects.append(std::move(*object));
            } else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError())
            return problem(m_xml.errorString());
        if (file.fileName.isEmpty())
            return problem(VocReader::tr("<annotation> has no <filename>"));
        return file;
    }

private:
    std::unexpected<Error> problem(const QString &reason) const
    {
        return fail(VocReader::tr("%1 line %2: %3.").arg(m_file).arg(m_xml.lineNumber()).arg(reason));
    }

    Result<double> number(const char *element)
    {
        const QString text = m_xml.readElementText().trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (m_xml.hasError())
            return problem(m_xml.errorString());
        if (!ok || !std::isfinite(value))
            return problem(VocReader::tr("<%1> holds \"%2\", not a number").arg(QLatin1String(element), text));
        return value;
    }

    Status size(VocFile &file)
    {
        while (m_xml.readNextStartElement()) {
            const bool width = m_xml.name() == u"width";
            if (!width && m_xml.name() != u"height") {
                m_xml.skipCurrentElement();
                continue;
            }
            auto value = number(width ? "width" : "height");
            if (!value)
                return fail(value.error());
            if (*value < 0 || *value > 1e6 || *value != std::floor(*value))
                return problem(VocReader::tr("<%1> must be a whole number of pixels").arg(width ? u"width" : u"height"));
            (width ? file.width : file.height) = int(*value);
        }
        return {};
    }

    Status bndbox(VocObject &object)
    {
        static const char *const Names[] = {"xmin", "ymin", "xmax", "ymax"};
        while (m_xml.readNextStartElement()) {
            const auto found = std::find_if(std::begin(Names), std::end(Names), [&](const char *n) { return m_xml.name() == QLatin1String(n); });
            if (found == std::end(Names)) {
                m_xml.skipCurrentElement();
                continue;
            }
            auto value = number(*found);
            if (!value)
                return fail(value.error());
            const auto index = std::distance(std::begin(Names), found);
            object.box[index] = *value;
            object.boxValues |= 1 << index;
        }
        if (object.boxValues != 15)
            return problem(VocReader::tr("<bndbox> needs <xmin>, <ymin>, <xmax> and <ymax>"));
        if (object.box[2] < object.box[0] || object.box[3] < object.box[1])
            return problem(VocReader::tr("<bndbox> ends before it starts (xmax < xmin or ymax < ymin)"));
        return {};
    }

    Status cvatAttributes(VocObject &object)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"attribute") {
                m_xml.skipCurrentElement();
                continue;
            }
            QString name, value;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"name")
                    name = m_xml.readElementText().trimmed();
                else if (m_xml.name() == u"value")
                    value = m_xml.readElementText();
                else
                    m_xml.skipCurrentElement();
            }
            if (name.isEmpty())
                return problem(VocReader::tr("<attribute> has no <name>"));
            object.attributes.insert(name, attributeValue(value));
        }
        return {};
    }

    Result<VocObject> object()
    {
        VocObject object;
        object.line = m_xml.lineNumber();
        bool hasBox = false;
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            Status ok;
            if (name == u"name")
                object.name = m_xml.readElementText().trimmed();
            else if (name == u"pose") {
                const QString pose = m_xml.readElementText().trimmed();
                if (!pose.isEmpty() && pose != QLatin1String("Unspecified"))
                    object.attributes.insert(QStringLiteral("pose"), pose);
            } else if (name == u"difficult" || name == u"truncated" || name == u"occluded") {
                const QString key = name.toString();
                auto flag = number(key == QLatin1String("difficult") ? "difficult" : key == QLatin1String("truncated") ? "truncated" : "occluded");
                if (!flag)
                    return fail(flag.error());
                if (*flag != 0)
                    object.attributes.insert(key, true);
            } else if (name == u"bndbox") {
                ok = bndbox(object);
                hasBox = true;
            } else if (name == u"attributes")
                ok = cvatAttributes(object);
            else
                m_xml.skipCurrentElement(); // <part>, <actions>, ...
            if (!ok)
                return fail(ok.error());
        }
        if (m_xml.hasError())
            return problem(m_xml.errorString());
        if (object.name.isEmpty())
            return fail(VocReader::tr("%1 line %2: <object> has no <name>.").arg(m_file).arg(object.line));
        if (!hasBox)
            return fail(VocReader::tr("%1 line %2: <object> has no <bndbox>.").arg(m_file).arg(object.line));
        return object;
    }

    QString m_file;
    QXmlStreamReader m_xml;
};

// The image sets of a VOC folder, ImageSets/Main/train.txt, val.txt and test.txt: the id of an
// image (its annotation's path under Annotations/ without .xml) -> its split. A line is one id;
// an image in more than one list gets the first (train, then val, then test).
Result<QHash<QString, QString>> imageSets(const QString &vocFolder)
{
    QHash<QString, QString> splitOf;
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}) {
        QFile list(QDir(vocFolder).filePath(QStringLiteral("ImageSets/Main/%1.txt").arg(split)));
        if (!list.exists())
            continue;
        if (!list.open(QIODevice::ReadOnly))
            return fail(VocReader::tr("Could not open %1: %2").arg(list.fileName(), list.errorString()));
        for (const QByteArray &line : list.readAll().split('\n')) {
            const QString id = QString::fromUtf8(line.trimmed());
            if (!id.isEmpty() && !splitOf.contains(id))
                splitOf.insert(id, split);
        }
    }
    return splitOf;
}

QStringList xmlFilesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QFileInfo(it.next()).absoluteFilePath());
    files.sort();
    return files;
}

} // namespace

VocReader::VocReader(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<ImportSummary> VocReader::import(const QString &path, const ImportOptions &options, TaskContext *task)
{
    const QFileInfo input(path);
    if (!input.exists())
        return fail(tr("%1 does not exist. Give a Pascal VOC folder or an .xml file.").arg(path));
    const QString annotations = QDir(path).filePath(QStringLiteral("Annotations"));
    const bool vocLayout = input.isDir() && QFileInfo(annotations).isDir();
    const QString xmlRoot = input.isFile() ? input.absolutePath() : QFileInfo(vocLayout ? annotations : path).absoluteFilePath();
    QString root = vocLayout ? QFileInfo(QDir(path).filePath(QStringLiteral("JPEGImages"))).absoluteFilePath() : xmlRoot;
    if (!options.imagesFolder.isEmpty())
        root = QFileInfo(options.imagesFolder).absoluteFilePath();
    const QStringList files = input.isFile() ? QStringList{input.absoluteFilePath()} : xmlFilesUnder(xmlRoot);
    if (files.isEmpty())
        return fail(tr("%1 holds no .xml files.").arg(path));
    auto splitOf = vocLayout ? imageSets(path) : Result<QHash<QString, QString>>();
    if (!splitOf)
        return fail(splitOf.error());

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
        auto parsed = VocParser(file).parse(in);
        if (!parsed)
            return fail(parsed.error());
        const QString folder = QDir(xmlRoot).relativeFilePath(QFileInfo(file).absolutePath());
        const QString imagePath = parsed->fileName.contains(u'/') || folder == QLatin1String(".")
            ? parsed->fileName : QDir::cleanPath(folder + u'/' + parsed->fileName);
        const QString id = QDir(xmlRoot).relativeFilePath(QFileInfo(file).absolutePath() + u'/' + QFileInfo(file).completeBaseName());
        ImportedImage image{imagePath, parsed->width, parsed->height, {}, splitOf->value(QDir::cleanPath(id))};
        if (image.width <= 0 || image.height <= 0) {
            auto size = DatasetImport::imageSize(QDir(root).filePath(imagePath));
            if (!size)
                return fail(withContext(tr("%1 has no <size>").arg(file), size.error()));
            image.width = size->width(), image.height = size->height();
        }
        for (const VocObject &object : parsed->objects) {
            const double *b = object.box;
            image.shapes.append({import.label(object.name), QStringLiteral("box"),
                                 {{QStringLiteral("points"), QJsonArray{b[0] - 1, b[1] - 1, b[2], b[3]}}},
                                 object.attributes, std::nullopt});
        }
        import.addImage(std::move(image));
    }
    return import.save(m_db, m_audit, options.datasetName, root, QStringLiteral("voc"), path);
}

} // namespace atelier
