// Benchmark: indexing a folder of 100,000 small images into a project, beside listing it and reading each header.
// Run by hand: bench_folder_index [IMAGES [FOLDER]]. FOLDER (default: a temporary one) keeps the generated
// images between runs. Peers in the same run: `find DIR -type f | wc -l`, and a plain QDirIterator
// listing with QImageReader::size() of each file (the physical floor of the work the import does).
#include "core/datasets/folder_import.h"
#include "core/project/project.h"
#include "core/tasks/task_context.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

namespace {

QByteArray encoded(int seed, const char *format)
{
    QImage image(16 + seed % 7, 12 + seed % 5, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 180, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 80);
    return bytes;
}

// IMAGES files in folders of 1,000, half PNG and half JPEG, a few hundred bytes each.
bool generate(const QString &root, int images)
{
    const QString marker = root + QStringLiteral("/.generated-%1").arg(images);
    if (QFile::exists(marker))
        return true;
    QList<QByteArray> samples;
    for (int i = 0; i < 8; ++i)
        samples.append(encoded(i, i % 2 ? "jpeg" : "png"));
    for (int i = 0; i < images; ++i) {
        const QString folder = root + QStringLiteral("/d%1").arg(i / 1000, 3, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(folder);
        QFile file(folder + QStringLiteral("/img%1.%2").arg(i, 6, 10, QLatin1Char('0')).arg(i % 2 ? QStringLiteral("jpg") : QStringLiteral("png")));
        if (!file.open(QIODevice::WriteOnly) || file.write(samples[i % 8]) < 0)
            return false;
    }
    QFile done(marker);
    return done.open(QIODevice::WriteOnly);
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
    const int images = args.size() > 1 ? args[1].toInt() : 100'000;
    QTemporaryDir temp;
    const QString root = args.size() > 2 ? args[2] : temp.filePath(QStringLiteral("images"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(root, images))
        return std::fprintf(stderr, "could not write the images under %s\n", qPrintable(root)), 1;
    std::printf("%d images under %s (generated or found in %.1f s)\n", images, qPrintable(root), seconds(timer));

    // find, also warming the directory cache for the figures that follow.
    timer.restart();
    QProcess find;
    find.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("find \"$1\" -type f | wc -l"), QStringLiteral("sh"), root});
    find.waitForFinished(-1);
    const double findSeconds = seconds(timer);
    std::printf("find DIR -type f | wc -l:           %.2f s (%s files)\n", findSeconds, find.readAllStandardOutput().trimmed().constData());

    timer.restart();
    qint64 pixels = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QSize size = QImageReader(it.next()).size();
        pixels += qint64(size.width()) * size.height();
    }
    const double floorSeconds = seconds(timer);
    std::printf("QDirIterator + QImageReader::size(): %.2f s (the floor)\n", floorSeconds);

    auto project = Project::create(temp.filePath(QStringLiteral("project")));
    if (!project)
        return std::fprintf(stderr, "%s\n", qPrintable(project.error().toString())), 1;
    timer.restart();
    TaskContext context;
    auto result = FolderImport((*project)->database(), (*project)->audit()).importFolder(root, QStringLiteral("bench"), context);
    const double importSeconds = seconds(timer);
    if (!result)
        return std::fprintf(stderr, "%s\n", qPrintable(result.error().toString())), 1;
    std::printf("atelier folder import (listed, probed, stored, indexed): %.2f s, %d images added\n", importSeconds, result->added);
    std::printf("ratio import / floor: %.2fx; import / find: %.1fx\n", importSeconds / floorSeconds, importSeconds / findSeconds);
    return pixels > 0 ? 0 : 1;
}
