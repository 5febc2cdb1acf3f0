// Tests traffic splits through DeploymentSupervisor: two demo servers and the gateway process on 127.0.0.1, shares, new weights, faults.
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/models/model_registry.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/serving/http_probe.h"
#include "core/serving/load_generator.h"
#include "core/serving/prometheus_text.h"
#include "core/tasks/task_manager.h"
#include "tests/fixtures/process_tree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <future>
#include <numeric>

using namespace atelier;
using atelier::testing::childOf;

namespace {

// Inference requests answered by one demo server so far (its own counter).
double served(const QString &baseUrl)
{
    auto reply = HttpProbe().get(baseUrl + QStringLiteral("/metrics"));
    if (!reply)
        return -1;
    auto scrape = PrometheusText::parse(reply->body);
    return scrape ? scrape->sum(QStringLiteral("demo_requests_total"), {{QStringLiteral("route"), QStringLiteral("infer")}}).value_or(0)
                  : -1;
}

} // namespace

class TestTrafficSplit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<DeploymentSupervisor> m_supervisor;
    std::unique_ptr<DeploymentStore> m_store;
    std::unique_ptr<JobStore> m_jobs;
    std::int64_t m_v1 = 0, m_v2 = 0;
    std::int64_t m_split = 0;

    DeploymentRecord record() { return m_store->deployment(m_split).value_or(DeploymentRecord{}); }
    DeploymentState state() { return record().state; }

    std::int64_t registerModel(const QString &file, const QByteArray &content)
    {
        const QString path = m_dir.filePath(file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        ModelRegistry registry(m_project->database(), m_project->blobs(), m_project->audit());
        auto version = registry.registerLocal(DemoServing::modelName(), path);
        if (!version)
            qFatal("%s", qPrintable(version.error().toString()));
        return version->id;
    }

    QString routeUrl(std::int64_t modelVersionId)
    {
        for (const DeploymentRoute &route : record().routes) {
            if (route.modelVersionId == modelVersionId && route.port)
                return QStringLiteral("http://127.0.0.1:%1").arg(*route.port);
        }
        return {};
    }

    // `requests` inference requests through the deployment's port; how many were answered 200.
    std::int64_t infer(std::int64_t requests)
    {
        LoadSettings settings;
        settings.url = QStringLiteral("http://127.0.0.1:%1/v2/models/dominant-colour/infer").arg(*record().port);
        settings.method = QByteArrayLiteral("POST");
        settings.headers = {QByteArrayLiteral("Content-Type: application/json")};
        settings.bodies = {DemoServing::inferRequest({{200, 40, 40}})};
        settings.concurrency = 8;
        settings.requests = requests;
        // On a thread of its own: the supervisor goes on probing and scraping meanwhile, as it
        // would while real clients send requests.
        auto running = std::async(std::launch::async, [settings] { return LoadGenerator::run(settings); });
        while (running.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
            QTest::qWait(20);
        const auto result = running.get();
        return result ? result->requests - result->errors() : -1;
    }

    qint64 serverOf(std::int64_t jobId)
    {
        QFile pid(m_jobs->job(jobId)->folder + QStringLiteral("/pid"));
        return pid.open(QIODevice::ReadOnly) ? childOf(pid.readAll().trimmed().toLongLong()) : 0;
    }

    bool hasEvent(const QString &kind, const QString &detail)
    {
        for (const DeploymentEvent &event : m_store->events(m_split).value_or(QList<DeploymentEvent>{})) {
            if (event.kind == kind && event.detail.contains(detail))
                return true;
        }
        return false;
    }

    // The values of a figure recorded at or after `sinceMs`, oldest first.
    QList<double> values(const QString &name, qint64 sinceMs)
    {
        QList<double> list;
        for (const auto &[at, value] : m_store->samples(m_split, name, sinceMs).value_or(QList<std::pair<qint64, double>>{}))
            list.append(value);
        return list;
    }

    double highest(const QString &name, qint64 sinceMs)
    {
        const QList<double> list = values(name, sinceMs);
        return list.isEmpty() ? -1 : *std::max_element(list.cbegin(), list.cend());
    }

    // A route's share of the requests since `sinceMs`, from the per-interval rates of the samples.
    double shareOf(std::int64_t modelVersionId, qint64 sinceMs)
    {
        const QList<double> part = values(QStringLiteral("route.%1.rps").arg(modelVersionId), sinceMs);
        const QList<double> whole = values(QStringLiteral("rps"), sinceMs);
        const double total = std::accumulate(whole.cbegin(), whole.cend(), 0.0);
        return total > 0 ? std::accumulate(part.cbegin(), part.cend(), 0.0) / total : -1;
    }

    bool finishes(const QString &action, const std::function<Status()> &start)
    {
        QSignalSpy finished(m_supervisor.get(), &DeploymentSupervisor::actionFinished);
        const Status started = start();
        if (!started) {
            qWarning("%s", qPrintable(started.error().toString()));
            return false;
        }
        for (int waited = 0; waited < 30; ++waited) {
            for (const QList<QVariant> &call : std::as_const(finished)) {
                if (call.at(1).toString() == action)
                    return call.at(2).toBool();
            }
            finished.wait(1000);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariable("ATELIER_BINARY").isEmpty());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY(project.has_value());
        m_project = std::move(*project);
        QVERIFY(TargetStore(m_project->database(), m_project->audit()).add(QStringLiteral("here"), QStringLiteral("local")));
        QVERIFY(TargetStore(m_project->database(), m_project->audit())
                    .add(QStringLiteral("far"), QStringLiteral("ssh"), {{QStringLiteral("host"), QStringLiteral("example.org")}}));
        m_v1 = registerModel(DemoServing::modelFileName(), DemoServing::modelJson());
        QJsonObject second = QJsonDocument::fromJson(DemoServing::modelJson()).object();
        second.insert(QStringLiteral("description"), QStringLiteral("the second version"));
        m_v2 = registerModel(QStringLiteral("demo_model_v2.json"), QJsonDocument(second).toJson());

        m_store = std::make_unique<DeploymentStore>(m_project->database(), m_project->audit());
        m_jobs = std::make_unique<JobStore>(m_project->database(), m_project->audit());
        m_tasks = std::make_unique<TaskManager>();
        m_supervisor = std::make_unique<DeploymentSupervisor>(*m_project, *m_tasks);
        m_supervisor->setGatewayProgram({qEnvironmentVariable("ATELIER_BINARY"), QStringLiteral("deploy"), QStringLiteral("gateway")});
        m_supervisor->setScrapeInterval(1000);
        m_supervisor->setStopGrace(3000);
        connect(m_supervisor.get(), &DeploymentSupervisor::errorOccurred, this, [](std::int64_t id, const QString &message) {
            qWarning("deployment %lld: %s", qlonglong(id), qPrintable(message));
        });
        m_supervisor->start();
    }

    void cleanupTestCase()
    {
        if (!m_supervisor)
            return;
        if (m_split && state() != DeploymentState::Stopped && m_supervisor->stopDeployment(m_split))
            QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Stopped, 15000);
        m_supervisor.reset();
        m_tasks->waitForAll();
    }

    void deploysASplit()
    {
        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.target = QStringLiteral("here");
        request.routes = {{m_v1, 90}, {m_v2, 10}};
        auto id = m_supervisor->deploy(request);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        m_split = *id;
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Ready, 20000);
        const DeploymentRecord deployed = record();
        QVERIFY(deployed.isSplit());
        QCOMPARE(deployed.routes.at(0).weight, 90);
        QVERIFY(deployed.gatewayControlPort().has_value());
        QVERIFY(deployed.routes.at(0).port != deployed.routes.at(1).port);
        QVERIFY(deployed.routes.at(0).port != deployed.port);
        QVERIFY(*deployed.routes.at(0).jobId != *deployed.jobId && *deployed.routes.at(1).jobId != *deployed.jobId);
        QCOMPARE(m_jobs->job(*deployed.jobId)->spec.command.at(1), QStringLiteral("deploy"));
        const DeploymentStatus status = *m_supervisor->status(m_split);
        QCOMPARE(status.routes.size(), 2);
        for (const RouteStatus &route : status.routes)
            QCOMPARE(route.state, DeploymentState::Ready);
        QCOMPARE(status.url, QStringLiteral("http://127.0.0.1:%1").arg(*deployed.port));
        auto answer = HttpProbe().post(status.url + QStringLiteral("/v2/models/dominant-colour/infer"),
                                       DemoServing::inferRequest({{20, 40, 230}}));
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(answer->body.contains("\"blue\""));
    }

    void sharesFollowTheWeights()
    {
        // Rates need two scrapes of the gateway: the first after its start only counts.
        QTRY_VERIFY_WITH_TIMEOUT(!values(QStringLiteral("rps"), 0).isEmpty(), 5000);
        const double before1 = served(routeUrl(m_v1)), before2 = served(routeUrl(m_v2));
        const qint64 since = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(infer(2000), 2000);
        QCOMPARE(served(routeUrl(m_v1)) - before1, 1800.0);
        QCOMPARE(served(routeUrl(m_v2)) - before2, 200.0);
        // The supervisor's figures, from the gateway's counters of each route: every interval
        // with requests has its shares, and over the whole load they are the weights.
        const QString v1 = QStringLiteral("route.%1.").arg(m_v1), v2 = QStringLiteral("route.%1.").arg(m_v2);
        QTRY_VERIFY_WITH_TIMEOUT(!values(v2 + QStringLiteral("share"), since).isEmpty()
                                     && values(QStringLiteral("rps"), since).constLast() == 0,
                                 6000);
        QVERIFY2(qAbs(shareOf(m_v1, since) - 0.9) <= 0.03, qPrintable(QString::number(shareOf(m_v1, since))));
        QVERIFY2(qAbs(shareOf(m_v2, since) - 0.1) <= 0.03, qPrintable(QString::number(shareOf(m_v2, since))));
        for (const double share : values(v2 + QStringLiteral("share"), since))
            QVERIFY(share >= 0 && share <= 1);
        for (const QString &figure : {QStringLiteral("rps"), QStringLiteral("p50_ms"), QStringLiteral("p99_ms")}) {
            QVERIFY2(highest(v1 + figure, since) > 0, qPrintable(figure));
            QVERIFY2(highest(v2 + figure, since) > 0, qPrintable(figure));
            QVERIFY2(highest(figure, since) > 0, qPrintable(figure)); // the deployment's, through the gateway
        }
        QCOMPARE(highest(v2 + QStringLiteral("error_rate"), since), 0.0);
        QVERIFY(highest(v1 + QStringLiteral("server_rps"), since) > 0);
        QVERIFY(highest(v2 + QStringLiteral("server_p99_ms"), since) > 0);
    }

    void newWeightsReachTheRunningGateway()
    {
        const DeploymentRecord before = record();
        QVERIFY(finishes(DeploymentEventKind::Split, [&] { return m_supervisor->setSplit(m_split, {{m_v1, 1}, {m_v2, 1}}); }));
        const DeploymentRecord after = record();
        QCOMPARE(after.jobId, before.jobId); // the same gateway, the same servers
        QCOMPARE(after.routes.at(0).jobId, before.routes.at(0).jobId);
        QCOMPARE(after.state, DeploymentState::Ready);
        QVERIFY(hasEvent(DeploymentEventKind::Split, QStringLiteral("dominant-colour v1 50 %, v2 50 % (before: dominant-colour v1 90 %, v2 10 %)")));
        const double before1 = served(routeUrl(m_v1)), before2 = served(routeUrl(m_v2));
        QCOMPARE(infer(1000), 1000);
        QCOMPARE(served(routeUrl(m_v1)) - before1, 500.0);
        QCOMPARE(served(routeUrl(m_v2)) - before2, 500.0);
    }

    void badSplitsChangeNothing_data()
    {
        QTest::addColumn<int>("case_");
        QTest::addColumn<QString>("message");
        QTest::newRow("twice") << 0 << "given twice";
        QTest::newRow("all zero") << 1 << "Every weight";
        QTest::newRow("negative") << 2 << "0 or more";
        QTest::newRow("unknown version") << 3 << "missing from the project";
        QTest::newRow("none") << 4 << "at least one";
    }

    void badSplitsChangeNothing()
    {
        QFETCH(int, case_);
        QFETCH(QString, message);
        const QList<QList<RouteWeight>> cases{{{m_v1, 5}, {m_v1, 5}}, {{m_v1, 0}, {m_v2, 0}}, {{m_v1, -1}, {m_v2, 5}},
                                              {{m_v1, 5}, {9999, 5}}, {}};
        const Status refused = m_supervisor->setSplit(m_split, cases.at(case_));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QCOMPARE(record().routes.at(0).weight, 1);
    }

    void splitNeedsALocalTarget()
    {
        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.target = QStringLiteral("far");
        request.port = 8555;
        request.routes = {{m_v1, 90}, {m_v2, 10}};
        auto refused = m_supervisor->deploy(request);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("local target only")), qPrintable(refused.error().message));
    }

    void killedRouteDegradesWithin2s()
    {
        const qint64 server = serverOf(*record().routes.at(1).jobId);
        QVERIFY(server > 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(server), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Degraded, 2000);
        QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
        // Its port refusing connections, or its process seen ended, whichever the probes saw first.
        QVERIFY(hasEvent(DeploymentEventKind::State, QStringLiteral("dominant-colour v2 is down: the server")));
        const DeploymentStatus status = *m_supervisor->status(m_split);
        QCOMPARE(status.routes.at(0).state, DeploymentState::Ready);
        QCOMPARE(status.routes.at(1).state, DeploymentState::Down);
    }

    void killedGatewayIsDownWithin2s()
    {
        const qint64 gateway = serverOf(*record().jobId);
        QVERIFY(gateway > 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(gateway), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Down, 2000);
        QVERIFY(hasEvent(DeploymentEventKind::State, QStringLiteral("traffic gateway is down")));
    }

    void restartBringsEveryServerBack()
    {
        const std::int64_t oldGateway = *record().jobId;
        QVERIFY(finishes(DeploymentEventKind::Restart, [&] { return m_supervisor->restartDeployment(m_split); }));
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Ready, 20000);
        QVERIFY(*record().jobId != oldGateway);
        QCOMPARE(m_jobs->job(oldGateway)->state, JobState::Failed); // killed: it ended before the restart
        QCOMPARE(infer(100), 100);
    }

    void oneVersionAgainDropsTheGateway()
    {
        const DeploymentRecord before = record();
        QVERIFY(finishes(DeploymentEventKind::Split, [&] { return m_supervisor->setSplit(m_split, {{m_v2, 100}}); }));
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Ready, 20000);
        const DeploymentRecord after = record();
        QVERIFY(!after.isSplit());
        QCOMPARE(after.modelVersionId, m_v2);
        QCOMPARE(*after.port, *before.port);
        QVERIFY(!after.gatewayControlPort());
        QCOMPARE(m_jobs->job(*before.jobId)->state, JobState::Cancelled); // the gateway stopped
        QCOMPARE(m_jobs->job(*before.routes.at(0).jobId)->state, JobState::Cancelled);
        // The version's own server answers on the deployment's port now.
        QCOMPARE(served(QStringLiteral("http://127.0.0.1:%1").arg(*after.port)), 0.0);
        QCOMPARE(infer(10), 10);
    }

    void stopsEveryServer()
    {
        QVERIFY(finishes(DeploymentEventKind::Split, [&] { return m_supervisor->setSplit(m_split, {{m_v1, 3}, {m_v2, 1}}); }));
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeploymentState::Ready, 20000);
        const DeploymentRecord running = record();
        QCOMPARE(running.modelVersionId, m_v1); // the heaviest
        QVERIFY(finishes(DeploymentEventKind::Stop, [&] { return m_supervisor->stopDeployment(m_split); }));
        QCOMPARE(state(), DeploymentState::Stopped);
        QCOMPARE(m_jobs->job(*running.jobId)->state, JobState::Cancelled);
        for (const DeploymentRoute &route : running.routes)
            QCOMPARE(m_jobs->job(*route.jobId)->state, JobState::Cancelled);
        auto gone = HttpProbe().get(QStringLiteral("http://127.0.0.1:%1/v2/health/live").arg(*running.port));
        QVERIFY(!gone);
    }
};

QTEST_GUILESS_MAIN(TestTrafficSplit)
#include "tst_traffic_split.moc"
