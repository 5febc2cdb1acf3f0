// Tests deployments end to end: the demo inference server started for real on 127.0.0.1, probed, scraped, killed, restarted, rolled, stopped; and servers that misbehave.
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/models/model_registry.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/serving/http_probe.h"
#include "core/store/database.h"
#include "core/tasks/task_manager.h"
#include "tests/fixtures/process_tree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace atelier;
using atelier::testing::childOf;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

// Answers 200 to every health route and garbage at /metrics.
const QByteArray BadMetricsServer =
    "import sys\n"
    "from http.server import BaseHTTPRequestHandler, HTTPServer\n"
    "class H(BaseHTTPRequestHandler):\n"
    "    def log_message(self, *a): pass\n"
    "    def do_GET(self):\n"
    "        body = b\"this is { not prometheus\\n\" if self.path == \"/metrics\" else b\"{}\"\n"
    "        self.send_response(200); self.send_header(\"Content-Length\", str(len(body))); self.end_headers()\n"
    "        self.wfile.write(body)\n"
    "HTTPServer((\"127.0.0.1\", int(sys.argv[1])), H).serve_forever()\n";

// Accepts connections and never answers.
const QByteArray HangingServer =
    "import socket, sys\n"
    "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
    "s.bind((\"127.0.0.1\", int(sys.argv[1]))); s.listen(64)\n"
    "held = []\n"
    "while True:\n"
    "    held.append(s.accept()[0])\n";

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Outcome runAtelier(const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("ATELIER_BINARY"), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<DeploymentSupervisor> m_supervisor;
    std::unique_ptr<DeploymentStore> m_store;
    std::unique_ptr<JobStore> m_jobs;
    std::int64_t m_v1 = 0, m_v2 = 0, m_broken = 0;
    std::int64_t m_demo = 0; // the deployment the first tests follow through its life
    QList<std::pair<std::int64_t, DeploymentState>> m_seen;

    DeploymentState state(std::int64_t id) { return m_store->deployment(id).value_or(DeploymentRecord{}).state; }

    bool sawState(std::int64_t id, DeploymentState wanted) const
    {
        return m_seen.contains(std::pair{id, wanted});
    }

    std::int64_t registerModel(const QString &model, const QString &file, const QByteArray &content)
    {
        const QString path = m_dir.filePath(file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        ModelRegistry registry(m_project->database(), m_project->blobs(), m_project->audit());
        auto version = registry.registerLocal(model, path);
        if (!version)
            qFatal("%s", qPrintable(version.error().toString()));
        return version->id;
    }

    std::int64_t deploy(DeploymentRequest request)
    {
        request.target = QStringLiteral("here");
        auto id = m_supervisor->deploy(request);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    QString script(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    bool hasEvent(std::int64_t id, const QString &kind, const QString &detail)
    {
        for (const DeploymentEvent &event : m_store->events(id).value_or(QList<DeploymentEvent>{})) {
            if (event.kind == kind && event.detail.contains(detail))
                return true;
        }
        return false;
    }

    QString url(std::int64_t id) { return m_supervisor->status(id).value_or(DeploymentStatus{}).url; }

    QJsonObject infer(std::int64_t id, const QList<std::array<double, 3>> &rows, int *status = nullptr)
    {
        HttpProbe http;
        auto reply = http.post(url(id) + QStringLiteral("/v2/models/dominant-colour/infer"), DemoServing::inferRequest(rows));
        if (!reply)
            return {};
        if (status)
            *status = reply->status;
        return QJsonDocument::fromJson(reply->body).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY2(project.has_value(), qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        QVERIFY(TargetStore(m_project->database(), m_project->audit()).add(QStringLiteral("here"), QStringLiteral("local")));
        m_v1 = registerModel(DemoServing::modelName(), DemoServing::modelFileName(), DemoServing::modelJson());
        QJsonObject second = QJsonDocument::fromJson(DemoServing::modelJson()).object();
        QJsonArray classes = second.value(QStringLiteral("classes")).toArray();
        QJsonArray centroids = second.value(QStringLiteral("centroids")).toArray();
        classes.append(QStringLiteral("white"));
        centroids.append(QJsonArray{245, 245, 245});
        second.insert(QStringLiteral("classes"), classes);
        second.insert(QStringLiteral("centroids"), centroids);
        m_v2 = registerModel(DemoServing::modelName(), QStringLiteral("demo_model_v2.json"), QJsonDocument(second).toJson());
        m_broken = registerModel(QStringLiteral("broken"), QStringLiteral("broken.json"), "{\"format\": \"atelier-demo-model\",\n  oops");

        m_store = std::make_unique<DeploymentStore>(m_project->database(), m_project->audit());
        m_jobs = std::make_unique<JobStore>(m_project->database(), m_project->audit());
        m_tasks = std::make_unique<TaskManager>();
        m_supervisor = std::make_unique<DeploymentSupervisor>(*m_project, *m_tasks);
        m_supervisor->setScrapeInterval(1000);
        m_supervisor->setStopGrace(3000);
        connect(m_supervisor.get(), &DeploymentSupervisor::stateChanged, this,
                [this](std::int64_t id, DeploymentState state) { m_seen.append({id, state}); });
        connect(m_supervisor.get(), &DeploymentSupervisor::errorOccurred, this,
                [](std::int64_t id, const QString &message) { qWarning("deployment %lld: %s", qlonglong(id), qPrintable(message)); });
        m_supervisor->start();
    }

    void cleanupTestCase()
    {
        if (!m_supervisor)
            return;
        for (const DeploymentRecord &record : m_store->deployments().value_or(QList<DeploymentRecord>{})) {
            if (record.state != DeploymentState::Stopped && m_supervisor->stopDeployment(record.id))
                QTRY_COMPARE_WITH_TIMEOUT(state(record.id), DeploymentState::Stopped, 15000);
        }
        m_supervisor.reset();
        m_tasks->waitForAll();
    }

    void loadsThenServesAndIsScraped()
    {
        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.command = DemoServing::defaultCommand() + QStringList{QStringLiteral("--load-seconds"), QStringLiteral("1.5")};
        m_demo = deploy(request);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_demo), DeploymentState::Ready, 20000);
        QVERIFY2(sawState(m_demo, DeploymentState::Loading), "a slow load shows as loading first");
        QCOMPARE(m_store->deployment(m_demo)->name, QStringLiteral("dominant-colour-v1"));

        const DeploymentStatus status = *m_supervisor->status(m_demo);
        QVERIFY(status.url.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(status.probeMs.has_value());
        QVERIFY(status.processStartedMs > 0);

        HttpProbe http;
        auto metadata = http.get(status.url + QStringLiteral("/v2/models/dominant-colour"));
        QVERIFY(metadata.has_value());
        QCOMPARE(metadata->status, 200);
        const QJsonObject model = QJsonDocument::fromJson(metadata->body).object();
        QCOMPARE(model.value(QStringLiteral("name")).toString(), QStringLiteral("dominant-colour"));
        QCOMPARE(model.value(QStringLiteral("inputs")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 DemoServing::inputName());

        for (int i = 0; i < 5; ++i) {
            const QJsonObject answer = infer(m_demo, {{230, 20, 20}, {20, 40, 230}});
            const QJsonArray labels = answer.value(QStringLiteral("outputs")).toArray().at(0).toObject().value(QStringLiteral("data")).toArray();
            QCOMPARE(labels, (QJsonArray{QStringLiteral("red"), QStringLiteral("blue")}));
        }
        auto bad = http.post(status.url + QStringLiteral("/v2/models/dominant-colour/infer"), "{\"inputs\": [{\"name\": \"x\"}]}");
        QVERIFY(bad.has_value());
        QCOMPARE(bad->status, 400);
        QVERIFY(bad->body.contains("no input named"));

        // Traffic until a scrape interval held some: rates, error rate and latency percentiles are recorded.
        auto anyPositive = [&](const QString &name) {
            const auto points = m_store->samples(m_demo, name).value_or(QList<std::pair<qint64, double>>{});
            return std::any_of(points.begin(), points.end(), [](const auto &point) { return point.second > 0; });
        };
        QElapsedTimer traffic;
        traffic.start();
        while (!(anyPositive(QStringLiteral("p99_ms")) && anyPositive(QStringLiteral("rps"))
                 && anyPositive(QStringLiteral("error_rate")))
               && !traffic.hasExpired(10000)) {
            infer(m_demo, {{120, 120, 130}});
            QVERIFY(http.post(status.url + QStringLiteral("/v2/models/dominant-colour/infer"), "not json").has_value());
            QTest::qWait(200);
        }
        QVERIFY(anyPositive(QStringLiteral("p99_ms")));
        QVERIFY(anyPositive(QStringLiteral("rps")));
        QVERIFY(anyPositive(QStringLiteral("error_rate")));
        QVERIFY(!m_store->samples(m_demo, QStringLiteral("probe_ms"))->isEmpty());
        QVERIFY(hasEvent(m_demo, DeploymentEventKind::State, QStringLiteral("ready")));

        const DeploymentRecord record = *m_store->deployment(m_demo);
        const JobRecord job = *m_jobs->job(*record.jobId);
        QCOMPARE(job.state, JobState::Running);
        QFile log(job.folder + QStringLiteral("/stdout"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("loaded, ready"));
    }

    void killedServerIsDownWithin2s()
    {
        const DeploymentRecord record = *m_store->deployment(m_demo);
        const JobRecord job = *m_jobs->job(*record.jobId);
        QFile pidFile(job.folder + QStringLiteral("/pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 server = childOf(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(server > 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(server), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_demo), DeploymentState::Down, 2000);
        QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(hasEvent(m_demo, DeploymentEventKind::State, QStringLiteral("killed by signal 9")));
        QTRY_COMPARE_WITH_TIMEOUT(m_jobs->job(job.id)->state, JobState::Failed, 2000);
        QCOMPARE(m_jobs->job(job.id)->exitCode.value_or(-1), 137);
    }

    void restartsToReady()
    {
        const std::int64_t oldJob = *m_store->deployment(m_demo)->jobId;
        QVERIFY(m_supervisor->restartDeployment(m_demo));
        QTRY_VERIFY_WITH_TIMEOUT(*m_store->deployment(m_demo)->jobId != oldJob, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_demo), DeploymentState::Ready, 20000);
        QVERIFY(hasEvent(m_demo, DeploymentEventKind::Restart, QStringLiteral("restarted by")));
        QCOMPARE(infer(m_demo, {{230, 20, 20}}).value(QStringLiteral("model_name")).toString(), DemoServing::modelName());
    }

    void rollsToAnotherVersion()
    {
        QVERIFY(m_supervisor->rollDeployment(m_demo, m_v2));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->deployment(m_demo)->modelVersion, std::int64_t(2), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(state(m_demo), DeploymentState::Ready, 20000);
        QVERIFY(hasEvent(m_demo, DeploymentEventKind::Rollout, QStringLiteral("version 1 to dominant-colour version 2")));
        const QJsonObject answer = infer(m_demo, {{250, 250, 250}});
        QCOMPARE(answer.value(QStringLiteral("outputs")).toArray().at(0).toObject().value(QStringLiteral("data")).toArray(),
                 QJsonArray{QStringLiteral("white")});
        QVERIFY(!m_supervisor->rollDeployment(m_demo, m_v2)); // serves it already
    }

    void stops()
    {
        const QString base = url(m_demo);
        const std::int64_t job = *m_store->deployment(m_demo)->jobId;
        QVERIFY(m_supervisor->stopDeployment(m_demo));
        QTRY_COMPARE_WITH_TIMEOUT(state(m_demo), DeploymentState::Stopped, 10000);
        QVERIFY(hasEvent(m_demo, DeploymentEventKind::Stop, QStringLiteral("stopped by")));
        QCOMPARE(m_jobs->job(job)->state, JobState::Cancelled);
        auto gone = HttpProbe().get(base + QStringLiteral("/v2/health/live"));
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code, HttpFailure::Refused);
        QVERIFY(!m_supervisor->stopDeployment(m_demo));
    }

    void refusesATakenPort()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const int before = int(m_store->deployments()->size());
        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.target = QStringLiteral("here");
        request.port = squatter.serverPort();
        auto refused = m_supervisor->deploy(request);
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message.contains(QStringLiteral("port %1 on 127.0.0.1 is already in use")
                                                      .arg(squatter.serverPort())),
                 qPrintable(refused.error().message));
        QCOMPARE(int(m_store->deployments()->size()), before);

        request.port.reset();
        request.command = {QStringLiteral("python3"), QStringLiteral("serve.py")};
        auto noPort = m_supervisor->deploy(request);
        QVERIFY(!noPort.has_value());
        QVERIFY(noPort.error().message.contains(QStringLiteral("has no {port}")));
    }

    void badModelFileIsDown()
    {
        DeploymentRequest request;
        request.modelVersionId = m_broken;
        const std::int64_t id = deploy(request);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), DeploymentState::Down, 15000);
        QVERIFY(hasEvent(id, DeploymentEventKind::State, QStringLiteral("exit code 3")));
        QVERIFY(hasEvent(id, DeploymentEventKind::State, QStringLiteral("is not JSON at line 2")));
    }

    void malformedMetricsAreReported()
    {
        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.name = QStringLiteral("bad-metrics");
        request.command = {Python, script(QStringLiteral("bad_metrics.py"), BadMetricsServer), QStringLiteral("{port}")};
        const std::int64_t id = deploy(request);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), DeploymentState::Ready, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(id, DeploymentEventKind::Probe, QStringLiteral("line 1:")), 5000);
        QVERIFY(hasEvent(id, DeploymentEventKind::Probe, QStringLiteral("not in the Prometheus text format")));
        QCOMPARE(state(id), DeploymentState::Ready);
        // Recorded once, not once per scrape.
        QTest::qWait(2500);
        int count = 0;
        const QList<DeploymentEvent> events = m_store->events(id).value_or(QList<DeploymentEvent>{});
        for (const DeploymentEvent &event : events)
            count += event.kind == DeploymentEventKind::Probe ? 1 : 0;
        QCOMPARE(count, 1);
    }

    void hangingServerIsDegradedWithoutBlocking()
    {
        // The GUI thread's event loop keeps turning while probes wait for their timeout (a probe on
        // it would stall it for the whole 1000 ms).
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.name = QStringLiteral("hanging");
        request.command = {Python, script(QStringLiteral("hang.py"), HangingServer), QStringLiteral("{port}")};
        QElapsedTimer timer;
        timer.start();
        sinceTick.start();
        ticker.start(20);
        const std::int64_t id = deploy(request);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), DeploymentState::Degraded, 5000);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(hasEvent(id, DeploymentEventKind::State, QStringLiteral("sent no answer")));
        QTest::qWait(1500);
        QCOMPARE(state(id), DeploymentState::Degraded);
        ticker.stop();
        QVERIFY2(longestGap < 800, qPrintable(QString::number(longestGap)));
    }

    void commandLine()
    {
        const QString folder = m_project->folder();
        const Outcome started = runAtelier({QStringLiteral("deploy"), QStringLiteral("start"), folder,
                                            QStringLiteral("--model"), DemoServing::modelName(), QStringLiteral("--version"),
                                            QStringLiteral("1"), QStringLiteral("--target"), QStringLiteral("here"),
                                            QStringLiteral("--name"), QStringLiteral("from-cli")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(started.json().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QVERIFY(started.json().value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));

        const Outcome status = runAtelier({QStringLiteral("deploy"), QStringLiteral("status"), folder, QStringLiteral("from-cli")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.json().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QVERIFY(status.json().value(QStringLiteral("probe_ms")).toDouble() > 0);
        QVERIFY(!status.json().value(QStringLiteral("events")).toArray().isEmpty());

        const int port = started.json().value(QStringLiteral("port")).toInt();
        const Outcome taken = runAtelier({QStringLiteral("deploy"), QStringLiteral("start"), folder, QStringLiteral("--model"),
                                          DemoServing::modelName(), QStringLiteral("--version"), QStringLiteral("1"),
                                          QStringLiteral("--target"), QStringLiteral("here"), QStringLiteral("--port"),
                                          QString::number(port)});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains("already in use"), taken.err.constData());
        QVERIFY(taken.out.isEmpty());

        const Outcome stopped = runAtelier({QStringLiteral("deploy"), QStringLiteral("stop"), folder, QStringLiteral("from-cli")});
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
        QCOMPARE(stopped.json().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));

        const Outcome misuse = runAtelier({QStringLiteral("deploy"), QStringLiteral("start"), folder});
        QCOMPARE(misuse.exitCode, 2);
        const Outcome unknown = runAtelier({QStringLiteral("deploy"), QStringLiteral("status"), folder, QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no deployment named \"nope\""));
    }
};

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
