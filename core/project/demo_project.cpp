// DemoProject: draw the images, write the ground truth, and record the dataset in the store.
#include "core/project/demo_project.h"

#include "core/datasets/dataset_store.h"
#include "core/project/demo_image_painter.h"
#include "core/project/demo_training.h"
#include "core/project/project.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <map>

namespace atelier {

namespace {

constexpr std::uint32_t Seed = 20261125;
constexpr int JpegQuality = 92;

const std::map<QString, QString> &labelColours()
{
    static const std::map<QString, QString> colours = {
        {QStringLiteral("circle"), QStringLiteral("#3b82f6")},
        {QStringLiteral("square"), QStringLiteral("#f59e0b")},
        {QStringLiteral("triangle"), QStringLiteral("#10b981")},
    };
    return colours;
}

QJsonArray flatPoints(const QPolygonF &polygon)
{
    QJsonArray points;
    for (const QPointF &p : polygon)
        points << p.x() << p.y();
    return points;
}

QJsonObject groundTruthOf(const QString &file, const DemoImage &demo)
{
    QJsonArray objects;
    for (const DemoObject &object : demo.objects) {
        const QRectF box = object.outline.boundingRect();
        objects << QJsonObject{{QStringLiteral("label"), object.label},
                               {QStringLiteral("box"), QJsonArray{box.x(), box.y(), box.width(), box.height()}},
                               {QStringLiteral("polygon"), flatPoints(object.outline)}};
    }
    return {{QStringLiteral("file"), file},
            {QStringLiteral("width"), demo.image.width()},
            {QStringLiteral("height"), demo.image.height()},
            {QStringLiteral("objects"), objects}};
}

Status writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("DemoProject", "Could not write %1: %2")
                        .arg(path, file.errorString()));
    return {};
}

} // namespace

QString DemoProject::defaultFolder()
{
    // GenericDataLocation: ~/.local/share/Atelier/demo, not .../Atelier/Atelier/demo as the
    // organisation-and-application AppLocalDataLocation would make it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Atelier/demo");
}

Result<std::unique_ptr<Project>> DemoProject::create(const QString &folder, TaskContext &context)
{
    auto project = Project::create(folder);
    if (!project)
        return fail(project.error());
    const QDir projectDir((*project)->folder());
    if (!projectDir.mkpath(QStringLiteral("images")))
        return fail(tr("Could not create the folder %1.").arg(projectDir.filePath(QStringLiteral("images"))));

    DatasetStore datasets((*project)->database(), (*project)->audit());
    auto datasetId = datasets.createDataset(
        datasetName(), QStringLiteral("images"),
        tr("Synthetic circles, squares and triangles on noisy backgrounds, drawn by Atelier."));
    if (!datasetId)
        return fail(datasetId.error());
    std::map<QString, std::int64_t> labelIds;
    for (const auto &[label, colour] : labelColours()) {
        auto id = datasets.addLabelClass(*datasetId, label, colour);
        if (!id)
            return fail(id.error());
        labelIds[label] = *id;
    }

    QList<NewImage> images;
    QJsonArray groundTruth;
    for (int i = 0; i < ImageCount; ++i) {
        if (context.isCanceled())
            return fail(tr("Creating the demo project was canceled."));
        context.setProgress(i, ImageCount, tr("Drawing image %1 of %2").arg(i + 1).arg(ImageCount));
        const DemoImage demo = DemoImagePainter::paint(Seed + std::uint32_t(i), ImageWidth, ImageHeight);
        const QString relative = QStringLiteral("shape_%1.jpg").arg(i + 1, 4, 10, QLatin1Char('0'));
        const QString path = projectDir.filePath(QStringLiteral("images/") + relative);
        if (!demo.image.save(path, "JPEG", JpegQuality))
            return fail(tr("Could not write the demo image %1. Check the free space on its disk.").arg(path));
        groundTruth << groundTruthOf(QStringLiteral("images/") + relative, demo);

        const QFileInfo written(path);
        NewImage image{relative, ImageWidth, ImageHeight, written.size(),
                       written.lastModified().toMSecsSinceEpoch(), QStringLiteral("new"), {}};
        if (i < LabelledCount) {
            image.status = QStringLiteral("done");
            for (const DemoObject &object : demo.objects)
                image.shapes.append({labelIds.at(object.label), QStringLiteral("polygon"), flatPoints(object.outline)});
        }
        images.append(std::move(image));
    }

    if (auto ok = writeJson(projectDir.filePath(QStringLiteral("ground_truth.json")),
                            {{QStringLiteral("images"), groundTruth}});
        !ok)
        return fail(ok.error());
    if (auto added = datasets.addImages(*datasetId, images); !added)
        return fail(added.error());
    // The script that `atelier demo pipeline` (or a job of the user's) trains the demo model with.
    if (auto script = DemoTraining::writeScript(projectDir.path()); !script)
        return fail(script.error());
    context.setProgress(ImageCount, ImageCount);
    return std::move(*project);
}

} // namespace atelier
