// bench_startup: time from process start to the main window shown with the demo project's catalog
// loaded (`atelier --quit-when-ready`), beside a bare Qt window started the same way.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int Runs = 9;

// Milliseconds from QProcess::start to exit, or -1 when the program failed.
double timeOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    const bool finished = process.waitForFinished(60000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: %s failed:\n%s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    return ms;
}

struct Figures
{
    double median = 0, min = 0, max = 0;
};

std::optional<Figures> measure(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    if (timeOnce(program, args, env) < 0) // warm-up: page cache, font cache
        return std::nullopt;
    std::vector<double> times;
    for (int i = 0; i < Runs; ++i) {
        const double ms = timeOnce(program, args, env);
        if (ms < 0)
            return std::nullopt;
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return Figures{times[times.size() / 2], times.front(), times.back()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_startup ATELIER BARE_WINDOW\n");
        return 2;
    }
    const QString atelier = args.at(1);
    const QString bare = args.at(2);

    // A home of its own, so the benchmark neither reads nor writes the user's settings.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const QString demo = home.filePath(QStringLiteral("demo"));
    QProcess create;
    create.setProcessEnvironment(env);
    create.start(atelier, {QStringLiteral("demo"), QStringLiteral("create"), demo});
    if (!create.waitForFinished(120000) || create.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: could not create the demo project: %s\n",
                     create.readAllStandardError().constData());
        return 1;
    }

    const auto workbench = measure(atelier, {QStringLiteral("--project"), demo, QStringLiteral("--quit-when-ready")}, env);
    const auto baseline = measure(bare, {}, env);
    if (!workbench || !baseline) {
        std::fprintf(stderr, "bench_startup: a program failed to start or to quit by itself\n");
        return 1;
    }
    std::printf("startup, process start to main window ready on the demo project (%s, median of %d):\n",
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))), Runs);
    std::printf("  atelier     %7.1f ms  (min %.1f, max %.1f)   target < 1000 ms\n", workbench->median,
                workbench->min, workbench->max);
    std::printf("  bare Qt     %7.1f ms  (min %.1f, max %.1f)   QMainWindow + tree + tabs\n", baseline->median,
                baseline->min, baseline->max);
    std::printf("  ratio       %7.2f x the bare Qt window\n", workbench->median / baseline->median);
    return 0;
}
