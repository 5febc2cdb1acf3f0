// Tests what a deployment dashboard shows: the health state machine (KServe semantics) and the figures computed from scrapes.
#include "core/serving/deployment_health.h"
#include "core/serving/deployment_metrics.h"
#include "core/serving/prometheus_text.h"

#include <QtTest>

using namespace atelier;

namespace {

// "200", "503": answered; "refused", "timeout", "failed": transport failures; "-": not run.
ProbeOutcome outcome(const QString &text)
{
    if (text == QLatin1String("-"))
        return {};
    if (text == QLatin1String("refused"))
        return {ProbeOutcome::Kind::Refused, 0, QStringLiteral("connection refused")};
    if (text == QLatin1String("timeout"))
        return {ProbeOutcome::Kind::TimedOut, 0, QStringLiteral("no answer within 1000 ms")};
    if (text == QLatin1String("failed"))
        return {ProbeOutcome::Kind::Failed, 0, QStringLiteral("connection reset")};
    return {ProbeOutcome::Kind::Answered, text.toInt(), {}};
}

QByteArray scrapeText(int inferOk, int inferBad, int errors, const QList<int> &buckets)
{
    // Buckets: cumulative counts of le 0.01, 0.1, +Inf.
    return QStringLiteral("# TYPE demo_requests_total counter\n"
                          "demo_requests_total{route=\"infer\",code=\"200\"} %1\n"
                          "demo_requests_total{route=\"infer\",code=\"400\"} %2\n"
                          "demo_requests_total{route=\"live\",code=\"200\"} 999\n"
                          "# TYPE demo_request_errors_total counter\n"
                          "demo_request_errors_total{route=\"infer\"} %3\n"
                          "# TYPE demo_request_duration_seconds histogram\n"
                          "demo_request_duration_seconds_bucket{route=\"infer\",le=\"0.01\"} %4\n"
                          "demo_request_duration_seconds_bucket{route=\"infer\",le=\"0.1\"} %5\n"
                          "demo_request_duration_seconds_bucket{route=\"infer\",le=\"+Inf\"} %6\n"
                          "demo_request_duration_seconds_sum{route=\"infer\"} 1\n"
                          "demo_request_duration_seconds_count{route=\"infer\"} %6\n")
        .arg(inferOk)
        .arg(inferBad)
        .arg(errors)
        .arg(buckets[0])
        .arg(buckets[1])
        .arg(buckets[2])
        .toUtf8();
}

double sample(const QList<DeploymentSample> &samples, const QString &name)
{
    for (const DeploymentSample &s : samples) {
        if (s.name == name)
            return s.value;
    }
    return -1;
}

} // namespace

class TestDeploymentHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assess_data()
    {
        QTest::addColumn<QString>("before");       // "fresh" or a state it resumes from
        QTest::addColumn<int>("process");          // ProcessSeen
        QTest::addColumn<int>("exitCode");         // -1: none
        QTest::addColumn<QString>("probes");       // live ready model
        QTest::addColumn<qint64>("sinceStartMs");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");

        const int running = int(ProcessSeen::Running);
        QTest::newRow("no process yet") << "fresh" << int(ProcessSeen::NotStarted) << -1 << "- - -" << 0LL << "starting"
                                        << "starting the server process";
        QTest::newRow("not listening yet") << "fresh" << running << -1 << "refused - -" << 1000LL << "starting"
                                           << "waiting for the server to accept connections";
        QTest::newRow("never listened") << "fresh" << running << -1 << "refused - -" << 70000LL << "down"
                                        << "did not accept connections within 60 s";
        QTest::newRow("stopped listening") << "ready" << running << -1 << "refused - -" << 1000LL << "down"
                                           << "stopped accepting connections: connection refused";
        QTest::newRow("live, not ready: loading") << "fresh" << running << -1 << "200 503 -" << 5000LL << "loading"
                                                  << "the model is loading (ready answers HTTP 503)";
        QTest::newRow("never ready") << "fresh" << running << -1 << "200 503 -" << 700000LL << "degraded"
                                     << "still not ready 700 s after its start";
        QTest::newRow("reloading after ready") << "ready" << running << -1 << "200 503 -" << 700000LL << "loading"
                                               << "the model is loading";
        QTest::newRow("ready") << "fresh" << running << -1 << "200 200 200" << 100LL << "ready" << "ready";
        QTest::newRow("model not ready yet") << "fresh" << running << -1 << "200 200 404" << 100LL << "loading"
                                             << "its model is loading (HTTP 404)";
        QTest::newRow("model gone after ready") << "ready" << running << -1 << "200 200 404" << 100LL << "degraded"
                                                << "ready but its model is not (HTTP 404)";
        QTest::newRow("live times out") << "ready" << running << -1 << "timeout - -" << 100LL << "degraded"
                                        << "the liveness probe failed: no answer within 1000 ms";
        QTest::newRow("hangs from the start") << "fresh" << running << -1 << "timeout - -" << 100LL << "degraded"
                                              << "liveness probe failed";
        QTest::newRow("live fails otherwise") << "ready" << running << -1 << "failed - -" << 100LL << "degraded"
                                              << "connection reset";
        QTest::newRow("live answers 500") << "ready" << running << -1 << "500 - -" << 100LL << "degraded"
                                          << "liveness probe answered HTTP 500";
        QTest::newRow("ready times out") << "ready" << running << -1 << "200 timeout -" << 100LL << "degraded"
                                         << "the readiness probe failed";
        QTest::newRow("model ready times out") << "ready" << running << -1 << "200 200 timeout" << 100LL << "degraded"
                                               << "the model's readiness probe failed";
        QTest::newRow("killed") << "ready" << int(ProcessSeen::Exited) << 137 << "- - -" << 100LL << "down"
                                << "killed by signal 9 (exit code 137)";
        QTest::newRow("exited with an error") << "loading" << int(ProcessSeen::Exited) << 3 << "- - -" << 100LL << "down"
                                              << "ended with exit code 3: bad model";
        QTest::newRow("vanished") << "ready" << int(ProcessSeen::Vanished) << -1 << "- - -" << 100LL << "down"
                                  << "gone without an exit code";
        QTest::newRow("target out of reach, server fine") << "ready" << int(ProcessSeen::Unknown) << -1 << "200 200 200"
                                                          << 100LL << "ready" << "ready";
        QTest::newRow("target out of reach, port closed") << "ready" << int(ProcessSeen::Unknown) << -1 << "refused - -"
                                                          << 100LL << "down" << "stopped accepting connections";
    }

    void assess()
    {
        QFETCH(QString, before);
        QFETCH(int, process);
        QFETCH(int, exitCode);
        QFETCH(QString, probes);
        QFETCH(qint64, sinceStartMs);
        QFETCH(QString, state);
        QFETCH(QString, reason);

        DeploymentHealth health(1000);
        if (before != QLatin1String("fresh"))
            health.resume(*deploymentStateFromName(before), 1000);
        const QStringList outcomes = probes.split(u' ');
        HealthObservation observation;
        observation.atMs = 1000 + sinceStartMs;
        observation.process = ProcessSeen(process);
        if (exitCode >= 0)
            observation.exitCode = exitCode;
        if (exitCode == 3)
            observation.lastError = QStringLiteral("bad model");
        observation.live = outcome(outcomes[0]);
        observation.ready = outcome(outcomes[1]);
        observation.modelReady = outcome(outcomes[2]);
        const HealthVerdict verdict = health.assess(observation);
        QCOMPARE(deploymentStateName(verdict.state), state);
        QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
        QCOMPARE(health.state(), verdict.state);
        QCOMPARE(verdict.changed, before != state && !(before == QLatin1String("fresh") && state == QLatin1String("starting")));
    }

    void stateNamesRoundTrip()
    {
        for (auto state : {DeploymentState::Starting, DeploymentState::Loading, DeploymentState::Ready,
                           DeploymentState::Degraded, DeploymentState::Down, DeploymentState::Stopped})
            QCOMPARE(deploymentStateFromName(deploymentStateName(state)), state);
        QVERIFY(!deploymentStateFromName(QStringLiteral("Ready")));
    }

    // A slow load is starting, then loading, then ready; a restart forgets that it was live.
    void followsAServerThroughItsLife()
    {
        DeploymentHealth health(0);
        auto look = [&](qint64 at, ProcessSeen process, const QString &probes) {
            const QStringList outcomes = probes.split(u' ');
            return health.assess({at, process, std::nullopt, {}, outcome(outcomes[0]), outcome(outcomes[1]),
                                  outcome(outcomes[2])});
        };
        QCOMPARE(look(100, ProcessSeen::NotStarted, QStringLiteral("- - -")).changed, false);
        QCOMPARE(look(200, ProcessSeen::Running, QStringLiteral("refused - -")).state, DeploymentState::Starting);
        const HealthVerdict loading = look(700, ProcessSeen::Running, QStringLiteral("200 503 -"));
        QCOMPARE(loading.state, DeploymentState::Loading);
        QVERIFY(loading.changed);
        QCOMPARE(look(1200, ProcessSeen::Running, QStringLiteral("200 503 -")).changed, false);
        QCOMPARE(look(1700, ProcessSeen::Running, QStringLiteral("200 200 200")).state, DeploymentState::Ready);
        QCOMPARE(look(2200, ProcessSeen::Running, QStringLiteral("refused - -")).state, DeploymentState::Down);
        health.restart(3000);
        QCOMPARE(health.state(), DeploymentState::Starting);
        QCOMPARE(look(3100, ProcessSeen::Running, QStringLiteral("refused - -")).state, DeploymentState::Starting);
    }

    void metricsBetweenScrapes()
    {
        DeploymentMetrics metrics;
        auto first = PrometheusText::parse(scrapeText(10, 0, 0, {10, 10, 10}));
        QVERIFY(first.has_value());
        const auto none = metrics.add(1000, *first);
        QVERIFY(none.samples.isEmpty());
        QVERIFY2(none.problems.isEmpty(), qPrintable(none.problems.join(u';')));

        // 2 s later: 18 more good and 2 bad inferences; of the 20, 8 took <= 10 ms, 10 more <= 100 ms.
        auto second = PrometheusText::parse(scrapeText(28, 2, 2, {18, 28, 30}));
        QVERIFY(second.has_value());
        const auto figures = metrics.add(3000, *second);
        QCOMPARE(sample(figures.samples, QStringLiteral("rps")), 10.0);
        QCOMPARE(sample(figures.samples, QStringLiteral("error_rate")), 0.1);
        // Rank 10 of 20: 2 into the (0.01, 0.1] bucket of 10 -> 0.01 + 0.09 * 0.2 s.
        QVERIFY(qAbs(sample(figures.samples, QStringLiteral("p50_ms")) - 28.0) < 1e-9);
        QVERIFY(qAbs(sample(figures.samples, QStringLiteral("p95_ms")) - 100.0) < 1e-9);
        QVERIFY(qAbs(sample(figures.samples, QStringLiteral("p99_ms")) - 100.0) < 1e-9);

        // The server restarted: its counters began again, so what they hold is the interval's.
        auto restarted = PrometheusText::parse(scrapeText(4, 0, 0, {4, 4, 4}));
        QVERIFY(restarted.has_value());
        const auto after = metrics.add(5000, *restarted);
        QCOMPARE(sample(after.samples, QStringLiteral("rps")), 2.0);
        QCOMPARE(sample(after.samples, QStringLiteral("error_rate")), 0.0);
        QVERIFY(sample(after.samples, QStringLiteral("p50_ms")) > 0);
    }

    void metricsWithoutTraffic()
    {
        DeploymentMetrics metrics;
        const QByteArray declared = "# TYPE demo_requests_total counter\n# TYPE demo_request_errors_total counter\n"
                                    "# TYPE demo_request_duration_seconds histogram\n";
        metrics.add(0, *PrometheusText::parse(declared));
        const auto figures = metrics.add(1000, *PrometheusText::parse(declared));
        QVERIFY(figures.problems.isEmpty());
        QCOMPARE(sample(figures.samples, QStringLiteral("rps")), 0.0);
        QCOMPARE(sample(figures.samples, QStringLiteral("error_rate")), 0.0);
        QCOMPARE(sample(figures.samples, QStringLiteral("p50_ms")), -1.0); // no requests, no percentile
    }

    void metricsOfAnotherServer()
    {
        const QJsonObject config{{QStringLiteral("metrics"),
                                  QJsonObject{{QStringLiteral("requests"), QStringLiteral("http_requests_total")},
                                              {QStringLiteral("errors"), QStringLiteral("http_errors_total")},
                                              {QStringLiteral("latency"), QStringLiteral("http_seconds")},
                                              {QStringLiteral("route"), QString()}}}};
        DeploymentMetrics metrics(MetricNames::fromConfig(config));
        metrics.add(0, *PrometheusText::parse("http_requests_total{path=\"/a\"} 1\nhttp_requests_total{path=\"/b\"} 1\n"
                                              "http_errors_total 0\n"));
        const auto figures = metrics.add(500, *PrometheusText::parse("http_requests_total{path=\"/a\"} 3\n"
                                                                     "http_requests_total{path=\"/b\"} 2\n"
                                                                     "http_errors_total 1\n"));
        QCOMPARE(sample(figures.samples, QStringLiteral("rps")), 6.0);
        QCOMPARE(sample(figures.samples, QStringLiteral("error_rate")), 1.0 / 3.0);
        QCOMPARE(figures.problems.size(), 1);
        QVERIFY2(figures.problems[0].contains(QStringLiteral("http_seconds")), qPrintable(figures.problems[0]));

        DeploymentMetrics demo;
        const auto missing = demo.add(0, *PrometheusText::parse("something_else 1\n"));
        QCOMPARE(missing.problems.size(), 3);
        QVERIFY(missing.problems[0].contains(QStringLiteral("no counter demo_requests_total")));
    }

    void probeFigures()
    {
        QVERIFY(DeploymentMetrics::probeSamples({}).isEmpty());
        const auto figures = DeploymentMetrics::probeSamples({4, 1, 100, 3, 2});
        QCOMPARE(sample(figures, QStringLiteral("probe_ms")), 22.0);
        QCOMPARE(sample(figures, QStringLiteral("probe_p50_ms")), 3.0);
        QCOMPARE(sample(figures, QStringLiteral("probe_p95_ms")), 100.0);
        QCOMPARE(sample(figures, QStringLiteral("probe_p99_ms")), 100.0);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentHealth)
#include "tst_deployment_health.moc"
