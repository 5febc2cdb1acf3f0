// DatasetImport: one transaction that creates the dataset, its label classes, images and shapes.
#include "core/datasets/formats/dataset_import.h"

#include "core/datasets/dataset_store.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QSet>

namespace atelier {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject ImportSummary::toJson() const
{
    return {{QStringLiteral("images"), images},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("shapes"), shapes},
            {QStringLiteral("report"), report.toJson()}};
}

QString DatasetImport::labelColor(qsizetype n)
{
    static const char *const Palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    return QString::fromLatin1(Palette[n % 10]);
}

Result<QSize> DatasetImport::imageSize(const QString &path)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid())
        return fail(tr("Could not read the size of the image %1: %2. Check that the file exists and is an image.")
                        .arg(path, reader.errorString()));
    return size;
}

bool DatasetImport::isImageFile(const QString &fileName)
{
    static const QStringList suffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"),
                                      QStringLiteral("webp"), QStringLiteral("gif")};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

int DatasetImport::label(const QString &name, std::optional<std::int64_t> externalId)
{
    const auto found = m_labelIndex.constFind(name);
    if (found != m_labelIndex.cend())
        return *found;
    m_labels.append(name);
    m_externalIds.append(externalId);
    m_labelIndex.insert(name, int(m_labels.size() - 1));
    return int(m_labels.size() - 1);
}

bool DatasetImport::leavesFolder(std::string_view path)
{
    if (!path.empty() && (path.front() == '/' || path.front() == '\\'))
        return true;
    int depth = 0;
    while (!path.empty()) {
        const std::size_t end = path.find_first_of("/\\");
        const std::string_view part = path.substr(0, end);
        if (part == "..")
            --depth;
        else if (!part.empty() && part != ".")
            ++depth;
        if (depth < 0)
            return true;
        path = end == std::string_view::npos ? std::string_view() : path.substr(end + 1);
    }
    return false;
}

Result<ImportSummary> DatasetImport::save(Database &db, AuditLog &audit, const QString &datasetName,
                                          const QString &rootPath, const QString &format, const QString &source)
{
    QSet<QString> paths;
    for (const ImportedImage &image : m_images) {
        if (leavesFolder(image.path.toStdString()))
            return fail(tr("%1 cannot be imported: the image path \"%2\" leads outside the images folder %3. Keep the "
                           "images inside that folder, or name the folder that holds them (--images).")
                            .arg(source, image.path, rootPath));
        if (paths.contains(image.path))
            return fail(tr("%1 cannot be imported: the image %2 is annotated twice.").arg(source, image.path));
        paths.insert(image.path);
    }
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    DatasetStore datasets(db, audit);
    auto datasetId = datasets.createDataset(datasetName, rootPath);
    if (!datasetId)
        return fail(datasetId.error());

    auto insertLabel = db.statement("INSERT INTO label_class(dataset_id, name, color, external_id) VALUES (?, ?, ?, ?)");
    auto insertImage = db.statement("INSERT INTO image(dataset_id, path, width, height, split) VALUES (?, ?, ?, ?, ?)");
    auto insertShape = db.statement("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto *statement : {&insertLabel, &insertImage, &insertShape}) {
        if (!*statement)
            return fail(statement->error());
    }
    QList<std::int64_t> labelRows;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        (*insertLabel)->reset();
        (*insertLabel)->bindAll(*datasetId, m_labels[i], labelColor(i), m_externalIds[i]);
        if (auto ok = (*insertLabel)->run(); !ok)
            return fail(withContext(tr("Could not add the label \"%1\"").arg(m_labels[i]), ok.error()));
        labelRows.append(db.lastInsertId());
    }
    ImportSummary summary;
    for (const ImportedImage &image : m_images) {
        (*insertImage)->reset();
        (*insertImage)->bindAll(*datasetId, image.path, image.width, image.height,
                                image.split.isEmpty() ? std::nullopt : std::optional(image.split));
        if (auto ok = (*insertImage)->run(); !ok)
            return fail(withContext(tr("Could not add the image %1").arg(image.path), ok.error()));
        const std::int64_t imageRow = db.lastInsertId();
        int z = 0;
        for (const ImportedShape &shape : image.shapes) {
            (*insertShape)->reset();
            (*insertShape)->bindAll(imageRow, labelRows.at(shape.label), shape.kind, compact(shape.geometry),
                                    compact(shape.attributes), z++, shape.groupId);
            if (auto ok = (*insertShape)->run(); !ok)
                return fail(withContext(tr("Could not add a shape to the image %1").arg(image.path), ok.error()));
        }
        summary.shapes += z;
    }
    summary.datasetId = *datasetId;
    summary.images = int(m_images.size());
    summary.labels = int(m_labels.size());
    summary.report = m_report;
    if (auto ok = audit.record(QStringLiteral("dataset.import"), QStringLiteral("dataset"), QString::number(*datasetId),
                               {{QStringLiteral("format"), format},
                                {QStringLiteral("file"), source},
                                {QStringLiteral("images"), summary.images},
                                {QStringLiteral("shapes"), summary.shapes},
                                {QStringLiteral("converted"), summary.report.count(QStringLiteral("converted"))},
                                {QStringLiteral("skipped"), summary.report.count(QStringLiteral("skipped"))}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return summary;
}

} // namespace atelier
