// YoloReader: finds the images and their label files, parses the lines, then stores everything at once.
#include "core/datasets/formats/yolo_reader.h"

#include "core/datasets/formats/yolo_data_file.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace atelier {

namespace {

QString dataFileIn(const QString &folder)
{
    for (const char *name : {"data.yaml", "data.yml"}) {
        const QString candidate = QDir(folder).filePath(QLatin1String(name));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

// Every image file under `folder`, sorted.
QStringList imagesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (DatasetImport::isImageFile(file))
            files.append(QFileInfo(file).absoluteFilePath());
    }
    files.sort();
    return files;
}

// Where Ultralytics looks for an image's labels (img2label_paths).
QString labelFileOf(const QString &image)
{
    QString path = image;
    const qsizetype at = path.lastIndexOf(QLatin1String("/images/"));
    if (at >= 0)
        path.replace(at, 8, QStringLiteral("/labels/"));
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt"));
}

class LabelParser
{
public:
    LabelParser(DatasetImport &import, const QMap<int, QString> &names) : m_import(import), m_names(names) {}

    // The shapes of one label file; errors name the file and line.
    Status parse(const QString &file, ImportedImage &image)
    {
        QFile in(file);
        if (!in.exists())
            return {};
        if (!in.open(QIODevice::ReadOnly))
            return fail(YoloReader::tr("Could not open %1: %2").arg(file, in.errorString()));
        int number = 0;
        while (!in.atEnd()) {
            const QString line = QString::fromUtf8(in.readLine()).trimmed();
            ++number;
            if (line.isEmpty())
                continue;
            if (auto ok = parseLine(line, image); !ok)
                return fail(YoloReader::tr("%1 line %2: %3.").arg(file).arg(number).arg(ok.error().message));
        }
        return {};
    }

private:
    Status parseLine(const QString &line, ImportedImage &image)
    {
        const QStringList tokens = line.split(u' ', Qt::SkipEmptyParts);
        bool ok = false;
        const int cls = tokens[0].toInt(&ok);
        if (!ok || !m_names.contains(cls))
            return fail(YoloReader::tr("the class \"%1\" is not among the %2 classes named").arg(tokens[0]).arg(m_names.size()));
        const qsizetype count = tokens.size() - 1;
        if (count != 4 && (count < 6 || count % 2))
            return fail(YoloReader::tr("expected \"class cx cy w h\" or \"class x1 y1 x2 y2 x3 y3 ...\", found %1 numbers after the class").arg(count));
        std::vector<double> v;
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            const double value = tokens[i].toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return fail(YoloReader::tr("\"%1\" is not a number").arg(tokens[i]));
            v.push_back(value);
        }
        const double w = image.width, h = image.height;
        QJsonArray points;
        if (count == 4) {
            if (v[2] < 0 || v[3] < 0)
                return fail(YoloReader::tr("the box has a negative size"));
            const double box[] = {(v[0] - v[2] / 2) * w, (v[1] - v[3] / 2) * h, (v[0] + v[2] / 2) * w, (v[1] + v[3] / 2) * h};
            for (double p : box)
                points.append(p);
        } else {
            for (std::size_t i = 0; i < v.size(); ++i)
                points.append(v[i] * (i % 2 ? h : w));
        }
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double p = points[i].toDouble(), limit = i % 2 ? h : w;
            if (p < -YoloReader::BoundsTolerance || p > limit + YoloReader::BoundsTolerance)
                return fail(YoloReader::tr("the coordinates lie outside 0..1 (the %1 x %2 image)").arg(image.width).arg(image.height));
        }
        image.shapes.append({m_import.label(m_names.value(cls), cls), count == 4 ? QStringLiteral("box") : QStringLiteral("polygon"),
                             {{QStringLiteral("points"), points}}, {}, std::nullopt});
        return {};
    }

    DatasetImport &m_import;
    const QMap<int, QString> &m_names;
};

// The class names of classes.txt: line n names class n.
Result<QMap<int, QString>> readClassesFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(YoloReader::tr("Could not open %1: %2").arg(file, in.errorString()));
    QMap<int, QString> names;
    const QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
    qsizetype last = lines.size() - 1; // the last line with a name: blank lines after it are allowed
    while (last >= 0 && lines[last].trimmed().isEmpty())
        --last;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString name = lines[i].trimmed();
        if (name.isEmpty() && i < last)
            return fail(YoloReader::tr("%1 line %2: the name of class %3 is empty.").arg(file).arg(i + 1).arg(i));
        if (!name.isEmpty())
            names.insert(int(i), name);
    }
    return names;
}

// The images of one data.yaml entry: a folder, or a .txt list of image paths.
Result<QStringList> imagesOfEntry(const QString &root, const QString &entry, const QString &yaml)
{
    const QString path = QDir(root).filePath(entry);
    if (QFileInfo(path).isDir())
        return imagesUnder(path);
    if (QFileInfo(path).isFile() && path.endsWith(QLatin1String(".txt"))) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return fail(YoloReader::tr("Could not open %1: %2").arg(path, in.errorString()));
        QStringList files;
        for (const QByteArray &line : in.readAll().split('\n')) {
            const QString file = QString::fromUtf8(line).trimmed();
            if (!file.isEmpty())
                files.append(QFileInfo(QDir(root).filePath(file)).absoluteFilePath());
        }
        return files;
    }
    return fail(YoloReader::tr("%1: the image folder or list %2 does not exist under %3.").arg(yaml, entry, root));
}

} // namespace

YoloReader::YoloReader(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Result<ImportSummary> YoloReader::import(const QString &path, const ImportOptions &options, TaskContext *task)
{
    const QFileInfo input(path);
    const QString yaml = input.isFile() ? input.absoluteFilePath() : dataFileIn(path);
    QString root = input.isFile() ? input.absolutePath() : input.absoluteFilePath();
    QMap<int, QString> names;
    QStringList images;
    QHash<QString, QString> splitOf; // image file -> the data.yaml entry that lists it
    if (!yaml.isEmpty()) {
        QFile file(yaml);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Could not open %1: %2").arg(yaml, file.errorString()));
        auto data = YoloDataFile::parse(file.readAll(), yaml);
        if (!data)
            return fail(data.error());
        if (!data->path.isEmpty() && QFileInfo(QDir(root).filePath(data->path)).isDir())
            root = QFileInfo(QDir(root).filePath(data->path)).absoluteFilePath();
        if (!options.imagesFolder.isEmpty())
            root = QFileInfo(options.imagesFolder).absoluteFilePath();
        names = data->names;
        QSet<QString> seen;
        for (const auto &[split, entries] : {std::pair(QStringLiteral("train"), &data->train), std::pair(QStringLiteral("val"), &data->val),
                                             std::pair(QStringLiteral("test"), &data->test)}) {
            for (const QString &entry : *entries) {
                auto listed = imagesOfEntry(root, entry, yaml);
                if (!listed)
                    return fail(listed.error());
                for (const QString &image : *listed) {
                    if (!seen.contains(image))
                        images.append(image), seen.insert(image), splitOf.insert(image, split);
                }
            }
        }
    } else if (const QString classes = QDir(root).filePath(QStringLiteral("classes.txt")); QFileInfo::exists(classes)) {
        auto read = readClassesFile(classes);
        if (!read)
            return fail(read.error());
        names = *read;
        if (!options.imagesFolder.isEmpty())
            root = QFileInfo(options.imagesFolder).absoluteFilePath();
        const QString imagesFolder = QDir(root).filePath(QStringLiteral("images"));
        images = imagesUnder(QFileInfo(imagesFolder).isDir() ? imagesFolder : root);
    } else {
        return fail(tr("%1 has no data.yaml and no classes.txt: give the data.yaml of the YOLO dataset, or add a classes.txt "
                       "with one class name a line.").arg(path));
    }
    if (names.isEmpty())
        return fail(tr("%1 names no classes.").arg(yaml.isEmpty() ? path : yaml));

    DatasetImport import;
    for (auto it = names.cbegin(); it != names.cend(); ++it) // classes in index order, unused ones too
        import.label(it.value(), it.key());
    LabelParser parser(import, names);
    const QDir rootDir(root);
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (task) {
            task->setProgress(i, images.size(), tr("Reading %1").arg(QFileInfo(images[i]).fileName()));
            if (task->isCanceled())
                return fail(tr("The import of %1 was cancelled; nothing was changed.").arg(path));
        }
        auto size = DatasetImport::imageSize(images[i]);
        if (!size)
            return fail(size.error());
        ImportedImage image{rootDir.relativeFilePath(images[i]), size->width(), size->height(), {}, splitOf.value(images[i])};
        if (auto ok = parser.parse(labelFileOf(images[i]), image); !ok)
            return fail(ok.error());
        import.addImage(std::move(image));
    }
    return import.save(m_db, m_audit, options.datasetName, root, QStringLiteral("yolo"), yaml.isEmpty() ? path : yaml);
}

} // namespace atelier
