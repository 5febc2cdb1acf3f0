// Benchmark: points per second through the tracking server's REST log-batch, beside bare HTTP servers.
//
// Usage: bench_mlflow_rest [requests]   (default 300 requests of 1000 metrics each)
// One python3 process (/usr/bin/python3, http.client with keep-alive, as MLflow's client sends
// through requests) posts the same log-batch bodies, one request after another, to:
//   - Atelier's MlflowServer, which parses and stores every point (one transaction a request);
//   - a bare Qt HttpServer on its own thread that reads each body and answers {} (the floor of
//     the HTTP layer the tracking server is built on);
//   - Python's http.server answering {} (what a trivial Python server costs).
// The client builds its bodies before it starts the clock and prints requests/s and points/s.
// The same requests from Qt's QNetworkAccessManager (a C++ client that writes headers and body
// separately, with Nagle's algorithm on) go to the first two servers: the tracking server
// acknowledges every arrival at once, the bare one shows what a delayed ACK costs such a client.
#include "core/project/project.h"
#include "core/tracking/mlflow_server.h"
#include "core/tracking/tracking_store.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace atelier;

namespace {

constexpr int PointsPerRequest = 1000;
const QString Python = QStringLiteral("/usr/bin/python3");

// argv: base url, run id, requests, points a request. Prints one JSON object.
const char *ClientScript = R"(import http.client, json, math, sys, time, urllib.parse
base, run_id, requests, per = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
bodies = []
for r in range(requests):
    metrics = []
    for i in range(per):
        step = r * (per // 4) + i // 4
        metrics.append({"key": "m%d" % (i % 4), "value": math.sin(step * 0.01),
                        "timestamp": 1700000000000 + step, "step": step})
    bodies.append(json.dumps({"run_id": run_id, "metrics": metrics}).encode())
url = urllib.parse.urlsplit(base)
connection = http.client.HTTPConnection(url.hostname, url.port)
start = time.perf_counter()
for body in bodies:
    connection.request("POST", "/api/2.0/mlflow/runs/log-batch", body=body,
                       headers={"Content-Type": "application/json"})
    reply = connection.getresponse()
    reply.read()
    if reply.status != 200:
        sys.exit("status %d" % reply.status)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "points": requests * per}))
)";

// A trivial HTTP/1.1 server answering {} to every POST after reading its body; prints its port.
const char *PythonServerScript = R"(import http.server, sys
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # its headers and body are two writes, as Qt's are
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
)";

// The bare peer: Qt HttpServer with the same socket option as the tracking server, no parsing.
class EchoServer : public QAbstractHttpServer
{
protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        makeResponder(request, socket).write(QByteArrayLiteral("{}"),
                                             {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                                             QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

struct Figure
{
    double seconds = 0;
    double points = 0;
    double pointsPerSecond() const { return seconds > 0 ? points / seconds : 0; }
};

// Runs the client against `baseUrl`; an empty result when it failed.
std::optional<Figure> runClient(const QString &baseUrl, const QString &runId, int requests)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(Python, {QStringLiteral("-c"), QString::fromUtf8(ClientScript), baseUrl, runId,
                          QString::number(requests), QString::number(PointsPerRequest)});
    if (!client.waitForFinished(600'000) || client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0) {
        std::fprintf(stderr, "the client against %s failed\n", qPrintable(baseUrl));
        return std::nullopt;
    }
    const QJsonObject result = QJsonDocument::fromJson(client.readAllStandardOutput()).object();
    return Figure{result.value(QStringLiteral("seconds")).toDouble(), result.value(QStringLiteral("points")).toDouble()};
}

// The same bodies as the Python client's, posted one after another by QNetworkAccessManager.
std::optional<Figure> runQtClient(const QString &baseUrl, const QString &runId, int requests)
{
    QList<QByteArray> bodies;
    for (int r = 0; r < requests; ++r) {
        QJsonArray metrics;
        for (int i = 0; i < PointsPerRequest; ++i) {
            const int step = r * (PointsPerRequest / 4) + i / 4;
            metrics.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("m%1").arg(i % 4)},
                                       {QStringLiteral("value"), std::sin(step * 0.01)},
                                       {QStringLiteral("timestamp"), qint64(1'700'000'000'000) + step},
                                       {QStringLiteral("step"), step}});
        }
        bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("run_id"), runId}, {QStringLiteral("metrics"), metrics}})
                          .toJson(QJsonDocument::Compact));
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/api/2.0/mlflow/runs/log-batch")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        QNetworkReply *reply = manager.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 200) {
            std::fprintf(stderr, "QNetworkAccessManager against %s: status %d\n", qPrintable(baseUrl), status);
            return std::nullopt;
        }
    }
    return Figure{double(timer.nsecsElapsed()) / 1e9, double(requests) * PointsPerRequest};
}

void printFigure(const char *title, const Figure &figure, int requests, const Figure &tracking)
{
    std::printf("  %-34s %9.0f points/s  %7.1f requests/s  %6.2f ms a request  (tracking server / this: %.2f)\n",
                title, figure.pointsPerSecond(), requests / figure.seconds, figure.seconds * 1e3 / requests,
                tracking.pointsPerSecond() / figure.pointsPerSecond());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 300;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    auto project = Project::create(dir.filePath(QStringLiteral("project")));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    TrackingStore tracking((*project)->database(), (*project)->audit());
    auto run = tracking.createRun({});
    auto qtRun = tracking.createRun({});
    if (!run || !qtRun)
        return 1;
    MlflowServer server;
    if (auto port = server.start((*project)->folder()); !port) {
        std::fprintf(stderr, "%s\n", qPrintable(port.error().toString()));
        return 1;
    }
    const auto trackingFigure = runClient(server.url(), run->runId, requests);
    const auto trackingQtFigure = runQtClient(server.url(), qtRun->runId, requests);
    server.stop();

    QThread echoThread;
    auto *echo = new EchoServer;
    echo->moveToThread(&echoThread);
    QObject::connect(&echoThread, &QThread::finished, echo, &QObject::deleteLater);
    echoThread.start();
    quint16 echoPort = 0;
    QMetaObject::invokeMethod(echo, [&] { echoPort = echo->listen(QHostAddress::LocalHost); },
                              Qt::BlockingQueuedConnection);
    const QString echoUrl = QStringLiteral("http://127.0.0.1:%1").arg(echoPort);
    const auto echoFigure = runClient(echoUrl, run->runId, requests);
    const auto echoQtFigure = runQtClient(echoUrl, qtRun->runId, requests);
    echoThread.quit();
    echoThread.wait();

    QProcess pythonServer;
    pythonServer.start(Python, {QStringLiteral("-c"), QString::fromUtf8(PythonServerScript)});
    std::optional<Figure> pythonFigure;
    if (pythonServer.waitForReadyRead(30'000)) {
        const int port = pythonServer.readLine().trimmed().toInt();
        pythonFigure = runClient(QStringLiteral("http://127.0.0.1:%1").arg(port), run->runId, requests);
    }
    pythonServer.kill();
    pythonServer.waitForFinished();

    if (!trackingFigure || !echoFigure || !pythonFigure || !trackingQtFigure || !echoQtFigure)
        return 1;
    std::printf("REST log-batch of %d metrics, %d requests from one python3 http.client (keep-alive):\n",
                PointsPerRequest, requests);
    printFigure("Atelier tracking server (stored)", *trackingFigure, requests, *trackingFigure);
    printFigure("bare Qt HttpServer answering {}", *echoFigure, requests, *trackingFigure);
    printFigure("python3 http.server answering {}", *pythonFigure, requests, *trackingFigure);
    std::printf("the same from Qt's QNetworkAccessManager (headers and body in two writes, Nagle on):\n");
    printFigure("Atelier tracking server (stored)", *trackingQtFigure, requests, *trackingQtFigure);
    printFigure("bare Qt HttpServer answering {}", *echoQtFigure, requests, *trackingQtFigure);
    std::printf("target: at least 100,000 points/s through the tracking server\n");
    return 0;
}
