// Benchmark: DatasetStatistics of 100,000 images / 1,000,000 shapes, from the working copy beside a bare scan of the shape rows, and from a version beside reading its manifest chunks alone.
// Run: bench_dataset_statistics [IMAGES] [SHAPES_PER_IMAGE]. It builds its project in a temporary folder (about a minute).
#include "core/datasets/dataset_statistics.h"
#include "core/datasets/dataset_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/datasets/version_manifest.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

namespace {

template<typename T>
T orDie(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return std::move(*result);
}

// Image i has `perImage` shapes: boxes and 8-point polygons of varied sizes and labels.
void fill(Project &project, int images, int perImage)
{
    DatasetStore store(project.database(), project.audit());
    const std::int64_t dataset = orDie(store.createDataset(QStringLiteral("big"), QStringLiteral("images")));
    QList<std::int64_t> labels;
    for (int l = 0; l < 20; ++l)
        labels.append(orDie(store.addLabelClass(dataset, QStringLiteral("label%1").arg(l), QStringLiteral("#336699"))));
    const int batch = 10000;
    for (int first = 0; first < images; first += batch) {
        QList<NewImage> rows;
        for (int i = first; i < std::min(images, first + batch); ++i) {
            NewImage image{QStringLiteral("images/%1.jpg").arg(i, 7, 10, QLatin1Char('0')), 1280, 960, 0, 0,
                           QStringLiteral("new"), {}};
            for (int s = 0; s < perImage; ++s) {
                const double x = (i * 7 + s * 13) % 1000;
                const double y = (i * 11 + s * 5) % 800;
                const double w = 2 + (i * 31 + s * 17) % 300;
                const double h = 2 + (i * 19 + s * 23) % 200;
                const std::int64_t label = labels.at((i + s) % labels.size());
                if (s % 2 == 0)
                    image.shapes.append({label, QStringLiteral("box"), QJsonArray{x, y, x + w, y + h}});
                else
                    image.shapes.append({label, QStringLiteral("polygon"),
                                         QJsonArray{x, y, x + w / 2, y, x + w, y + h / 3, x + w, y + h / 2, x + w / 2,
                                                    y + h, x, y + h, x - 1.5, y + h / 2, x, y + h / 4}});
            }
            rows.append(image);
        }
        if (auto added = store.addImages(dataset, rows); !added)
            qFatal("%s", qPrintable(added.error().toString()));
    }
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int images = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int perImage = args.size() > 2 ? args.at(2).toInt() : 10;
    QTemporaryDir dir;
    auto project = orDie(Project::create(dir.filePath(QStringLiteral("p"))));
    QElapsedTimer timer;
    timer.start();
    fill(*project, images, perImage);
    std::printf("made %d images / %d shapes in %.1f s\n", images, images * perImage, seconds(timer));
    Database &db = project->database();
    const std::int64_t dataset = 1;

    timer.restart();
    auto scan = orDie(db.statement("SELECT s.label_class_id, s.kind, s.geometry FROM image i "
                                   "JOIN shape s ON s.image_id = i.id WHERE i.dataset_id = ?"));
    scan->bindAll(dataset);
    qint64 bytes = 0;
    if (auto ok = scan->forEachRow([&](const Statement &r) { bytes += r.blob(2).size(); }); !ok)
        qFatal("%s", qPrintable(ok.error().toString()));
    const double bare = seconds(timer);
    timer.restart();
    const DatasetStatistics working = orDie(DatasetStatistics::ofWorkingCopy(db, dataset));
    const double statistics = seconds(timer);
    std::printf("working copy: statistics %.3f s, bare scan of the shape rows %.3f s (ratio %.2f); %lld shapes\n",
                statistics, bare, statistics / bare, static_cast<long long>(working.shapes));

    DatasetVersions versions(db, project->audit(), project->blobs());
    const VersionInfo version = orDie(versions.create(dataset, QStringLiteral("bench")));
    timer.restart();
    const QJsonObject root = orDie(VersionManifest::readRoot(project->blobs(), version.manifestSha256));
    qint64 entries = 0;
    for (const QString &chunk : VersionManifest::chunkHashes(root))
        entries += orDie(VersionManifest::readChunk(project->blobs(), chunk)).size();
    const double read = seconds(timer);
    timer.restart();
    const DatasetStatistics frozen = orDie(DatasetStatistics::ofVersion(db, project->blobs(), dataset, version.number));
    const double fromVersion = seconds(timer);
    std::printf("version: statistics %.3f s, reading its chunks alone %.3f s (ratio %.2f); %lld images, equal: %s\n",
                fromVersion, read, fromVersion / read, static_cast<long long>(entries),
                frozen == working ? "yes" : "NO");
    return frozen == working ? 0 : 1;
}
