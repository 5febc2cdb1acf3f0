// Benchmark: Atelier's load generator beside wrk, against nginx serving a small file on 127.0.0.1.
//
// Usage: bench_loadgen [seconds]   (default 5 s a client)
// nginx (/usr/sbin/nginx, one worker, no access log) runs from a generated configuration in a
// temporary folder, its logs, pid and temporary paths inside it, and serves a 612-byte page. wrk
// (-t1 -c8 --latency) runs first, then LoadGenerator with the same thread and connections for
// the same time; each prints requests/s and p99, then the ratio (target: Atelier >= 0.8 of wrk).
// One client thread on purpose: with two on a 2-core machine, client and nginx fight for CPU.
// nginx is stopped on every path, and dies with this process (PR_SET_PDEATHSIG) if it is killed.
// Exit code 77 (a skip for CTest) when nginx or wrk is not installed.
#include "core/serving/load_generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <optional>

#include <sys/prctl.h>

using namespace atelier;

namespace {

constexpr int Threads = 1;
constexpr int Connections = 8;
constexpr int SkipExitCode = 77;
const QString NginxProgram = QStringLiteral("/usr/sbin/nginx");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// nginx as a child process that ends with this object (and with this process).
class Nginx
{
public:
    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Writes the configuration and the page, starts nginx and waits until it accepts connections.
    std::optional<QString> start()
    {
        const QString prefix = m_dir.path();
        m_port = freePort();
        QDir(prefix).mkpath(QStringLiteral("html"));
        QDir(prefix).mkpath(QStringLiteral("temp"));
        const QByteArray page = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body>"
                                + QByteArray(534, 'x') + "</body></html>\n";
        const QString config = QStringLiteral(
            "worker_processes 1;\n"
            "error_log %1/error.log warn;\n"
            "pid %1/nginx.pid;\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            "  access_log off;\n"
            "  client_body_temp_path %1/temp/body;\n"
            "  proxy_temp_path %1/temp/proxy;\n"
            "  fastcgi_temp_path %1/temp/fastcgi;\n"
            "  uwsgi_temp_path %1/temp/uwsgi;\n"
            "  scgi_temp_path %1/temp/scgi;\n"
            "  server {\n"
            "    listen 127.0.0.1:%2;\n"
            "    root %1/html;\n"
            "  }\n"
            "}\n").arg(prefix).arg(m_port);
        if (!writeFile(prefix + QStringLiteral("/html/index.html"), page)
            || !writeFile(prefix + QStringLiteral("/nginx.conf"), config.toUtf8()))
            return QStringLiteral("could not write nginx's files in %1").arg(prefix);

        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(NginxProgram, {QStringLiteral("-p"), prefix, QStringLiteral("-c"), prefix + QStringLiteral("/nginx.conf"),
                                       QStringLiteral("-e"), prefix + QStringLiteral("/error.log"), QStringLiteral("-g"),
                                       QStringLiteral("daemon off; master_process off;")});
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 5000) {
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("nginx stopped at once: %1 %2").arg(QString::fromLocal8Bit(m_process.readAll()), log());
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return std::nullopt;
            QThread::msleep(50);
        }
        return QStringLiteral("nginx did not listen on port %1 within 5 s: %2").arg(m_port).arg(log());
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/index.html").arg(m_port); }

private:
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("error.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

struct Figures
{
    double rps = 0;
    double p99Ms = 0;
};

// wrk's "Requests/sec:" and the 99% line of --latency ("99%  1.23ms").
std::optional<Figures> parseWrk(const QString &output)
{
    const QRegularExpressionMatch rps = QRegularExpression(QStringLiteral(R"(Requests/sec:\s+([\d.]+))")).match(output);
    const QRegularExpressionMatch p99 = QRegularExpression(QStringLiteral(R"(^\s*99%\s+([\d.]+)(us|ms|s)\s*$)"),
                                                           QRegularExpression::MultilineOption).match(output);
    if (!rps.hasMatch() || !p99.hasMatch())
        return std::nullopt;
    const QString unit = p99.captured(2);
    const double scale = unit == QLatin1String("us") ? 0.001 : unit == QLatin1String("s") ? 1000.0 : 1.0;
    return Figures{rps.captured(1).toDouble(), p99.captured(1).toDouble() * scale};
}

std::optional<Figures> runWrk(const QString &wrk, const QString &url, int seconds)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(wrk, {QStringLiteral("-t%1").arg(Threads), QStringLiteral("-c%1").arg(Connections),
                        QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--latency"), url});
    if (!process.waitForFinished((seconds + 20) * 1000)) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "wrk did not finish\n");
        return std::nullopt;
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    const auto figures = parseWrk(output);
    if (!figures || output.contains(QLatin1String("Non-2xx")) || output.contains(QLatin1String("Socket errors")))
        std::fprintf(stderr, "wrk reported:\n%s\n", qPrintable(output));
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty() || !QFileInfo(NginxProgram).isExecutable()) {
        std::fprintf(stderr, "skipped: needs wrk and nginx (Debian packages wrk, nginx)\n");
        return SkipExitCode;
    }

    Nginx nginx;
    if (const auto failure = nginx.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(*failure));
        return 1;
    }
    std::printf("nginx serving a 612-byte page at %s; %d thread, %d connections, %d s each\n", qPrintable(nginx.url()),
                Threads, Connections, seconds);

    const auto peer = runWrk(wrk, nginx.url(), seconds);
    if (!peer)
        return 1;

    LoadSettings settings;
    settings.url = nginx.url();
    settings.threads = Threads;
    settings.concurrency = Connections;
    settings.duration = std::chrono::seconds(seconds);
    const auto ours = LoadGenerator::run(settings);
    if (!ours) {
        std::fprintf(stderr, "%s\n", qPrintable(ours.error().toString()));
        return 1;
    }
    if (ours->errors() > 0) {
        std::fprintf(stderr, "the load generator saw errors: %s\n",
                     QJsonDocument(ours->toJson()).toJson(QJsonDocument::Compact).constData());
        return 1;
    }

    const double rps = ours->requestsPerSecond();
    const double p99 = ours->latency.percentileMs(99);
    std::printf("wrk:                   %10.0f requests/s   p99 %7.3f ms\n", peer->rps, peer->p99Ms);
    std::printf("Atelier LoadGenerator: %10.0f requests/s   p99 %7.3f ms   (%lld requests)\n", rps, p99,
                static_cast<long long>(ours->requests));
    std::printf("ratio: %.2f of wrk's rate (target >= 0.80); p99 %.2fx wrk's\n", rps / std::max(peer->rps, 1.0),
                p99 / std::max(peer->p99Ms, 0.001));
    return 0;
}
