// Benchmark: importing a large COCO file (default 100,000 images, 1,000,000 polygons) beside Python's json.load.
// Run by hand: bench_coco_import [IMAGES ANNOTATIONS [FILE]]. Each figure is measured in its own child process.
#include "core/datasets/formats/coco_reader.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace atelier;

namespace {

// A deterministic COCO file: every annotation one 10-point polygon with its bbox and area.
void generate(const QString &path, int images, int annotations)
{
    std::FILE *out = std::fopen(QFile::encodeName(path).constData(), "wb");
    std::mt19937 random(12345);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::fputs("{\"info\":{\"description\":\"bench\"},\"images\":[", out);
    for (int i = 1; i <= images; ++i)
        std::fprintf(out, "%s{\"id\":%d,\"file_name\":\"%08d.jpg\",\"width\":640,\"height\":480}", i > 1 ? "," : "", i, i);
    std::fputs("],\"annotations\":[", out);
    for (int a = 1; a <= annotations; ++a) {
        const double cx = 50 + unit(random) * 540, cy = 50 + unit(random) * 380, r = 5 + unit(random) * 40;
        std::fprintf(out, "%s{\"id\":%d,\"image_id\":%d,\"category_id\":%d,\"iscrowd\":0,\"segmentation\":[[", a > 1 ? "," : "",
                     a, 1 + (a - 1) % images, 1 + a % 80);
        for (int k = 0; k < 10; ++k) {
            const double angle = k * 0.6283185307179586;
            std::fprintf(out, "%s%.2f,%.2f", k ? "," : "", cx + r * std::cos(angle), cy + r * std::sin(angle));
        }
        std::fprintf(out, "]],\"area\":%.3f,\"bbox\":[%.2f,%.2f,%.2f,%.2f]}", 2.9389 * r * r, cx - r, cy - r, 2 * r, 2 * r);
    }
    std::fputs("],\"categories\":[", out);
    for (int c = 1; c <= 80; ++c)
        std::fprintf(out, "%s{\"id\":%d,\"name\":\"class%d\",\"supercategory\":\"thing\"}", c > 1 ? "," : "", c, c);
    std::fputs("]}\n", out);
    std::fclose(out);
}

struct Figure
{
    double seconds = 0;
    long peakKiB = 0;
    int status = -1;
};

// Runs argv as a child and reads its peak resident size from wait4's rusage.
Figure measure(const std::vector<std::string> &args)
{
    std::vector<char *> argv;
    for (const std::string &arg : args)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {timer.nsecsElapsed() / 1e9, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

int importOnce(const QString &file, const QString &folder)
{
    auto project = Project::create(folder);
    if (!project)
        return std::fprintf(stderr, "%s\n", qPrintable(project.error().toString())), 1;
    QElapsedTimer timer;
    timer.start();
    auto summary = CocoReader((*project)->database(), (*project)->audit()).import(file, {QStringLiteral("bench")});
    if (!summary)
        return std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString())), 1;
    std::fprintf(stderr, "  (in-process import: %.2f s, %d images, %d annotations)\n", timer.nsecsElapsed() / 1e9,
                 summary->images, summary->annotations);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--child"))
        return importOnce(args[2], args[3]);

    const int images = args.size() > 2 ? args[1].toInt() : 100'000;
    const int annotations = args.size() > 2 ? args[2].toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString file = args.size() > 3 ? args[3] : dir.filePath(QStringLiteral("bench.json"));
    if (!QFileInfo::exists(file))
        generate(file, images, annotations);
    const double megabytes = QFileInfo(file).size() / 1e6;

    const QString projectFolder = dir.filePath(QStringLiteral("project"));
    const Figure atelier = measure({args[0].toStdString(), "--child", file.toStdString(), projectFolder.toStdString()});
    const std::string script = "import json; json.load(open('" + file.toStdString() + "'))";
    const Figure python = measure({"/usr/bin/python3", "-c", script});
    // What the store keeps: the database file and its write-ahead log, as the import left them.
    qint64 storeBytes = 0;
    for (const QString &name : {QStringLiteral("atelier.db"), QStringLiteral("atelier.db-wal")})
        storeBytes += QFileInfo(QDir(projectFolder).filePath(name)).size();
    std::printf("COCO file: %d images, %d polygon annotations, %.1f MB\n", images, annotations, megabytes);
    std::printf("atelier import into the store: %.2f s, peak RSS %.1f MB (%.2fx the file)%s\n", atelier.seconds,
                atelier.peakKiB / 1024.0, atelier.peakKiB * 1024.0 / 1e6 / megabytes, atelier.status == 0 ? "" : "  FAILED");
    std::printf("python3 json.load:             %.2f s, peak RSS %.1f MB (%.2fx the file)\n", python.seconds,
                python.peakKiB / 1024.0, python.peakKiB * 1024.0 / 1e6 / megabytes);
    std::printf("ratio atelier / python: time %.2f, memory %.2f\n", atelier.seconds / python.seconds,
                double(atelier.peakKiB) / double(python.peakKiB));
    std::printf("store on disk: %.1f MB, %.0f bytes a shape\n", storeBytes / 1e6, double(storeBytes) / std::max(annotations, 1));
    return atelier.status == 0 ? 0 : 1;
}
