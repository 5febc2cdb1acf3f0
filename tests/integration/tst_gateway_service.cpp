// Tests GatewayService, a split's gateway process, between two real HTTP servers on 127.0.0.1: routing, control endpoint, metrics, new weights.
#include "core/serving/deployment_metrics.h"
#include "core/serving/gateway_service.h"
#include "core/serving/load_generator.h"
#include "core/serving/prometheus_histogram.h"
#include "core/serving/prometheus_text.h"
#include "tests/fixtures/http_test_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

std::int64_t sendRequests(const QString &url, std::int64_t requests)
{
    LoadSettings settings;
    settings.url = url;
    settings.concurrency = 4;
    settings.requests = requests;
    auto result = LoadGenerator::run(settings);
    return result ? result->requests - result->errors() : -1;
}

double counter(const PrometheusText &scrape, const QString &name, const QString &route)
{
    return scrape.sum(name, {{QStringLiteral("route"), route}}).value_or(-1);
}

} // namespace

class TestGatewayService : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_a{{QStringLiteral("--name"), QStringLiteral("a")}};
    HttpTestServer m_b{{QStringLiteral("--name"), QStringLiteral("b")}};
    GatewayService m_service;

    QString control(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_service.controlPort()).arg(path);
    }

    Result<PrometheusText> scrape() const
    {
        const HttpReply reply = httpRequest("GET", control(QStringLiteral("/metrics")));
        if (reply.status != 200)
            return fail(QStringLiteral("HTTP %1").arg(reply.status));
        return PrometheusText::parse(reply.body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_a.start());
        QVERIFY(m_b.start());
        const QList<GatewayRoute> routes{{QStringLiteral("7"), QStringLiteral("colour v1"), m_a.url(), 90},
                                         {QStringLiteral("8"), QStringLiteral("colour \"v2\""), m_b.url(), 10}};
        const Status started = m_service.start(routes, 0, 0);
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        QVERIFY(m_service.port() > 0);
        QVERIFY(m_service.controlPort() > 0);
    }

    void badRoutesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{oops") << "JSON array";
        QTest::newRow("empty") << QByteArray("[]") << "at least one";
        QTest::newRow("no key") << QByteArray("[{\"name\": \"a\", \"url\": \"http://127.0.0.1:1\", \"weight\": 1}]") << "key of its own";
        QTest::newRow("same key twice")
            << QByteArray("[{\"key\": \"1\", \"url\": \"http://127.0.0.1:1\", \"weight\": 1}, {\"key\": \"1\", \"url\": \"http://127.0.0.1:2\", \"weight\": 1}]")
            << "given twice";
    }

    void badRoutesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto routes = GatewayService::routesFromJson(json);
        QVERIFY(!routes);
        QVERIFY2(routes.error().message.contains(message), qPrintable(routes.error().message));
    }

    void routesRoundTrip()
    {
        const QList<GatewayRoute> routes{{QStringLiteral("3"), QStringLiteral("m v1"), QStringLiteral("http://127.0.0.1:9"), 5}};
        QCOMPARE(*GatewayService::routesFromJson(GatewayService::routesToJson(routes)), routes);
    }

    void answersProbes()
    {
        for (const char *path : {"/v2/health/live", "/v2/health/ready"})
            QCOMPARE(httpRequest("GET", control(QString::fromLatin1(path))).status, 200);
        QCOMPARE(httpRequest("GET", control(QStringLiteral("/nothing"))).status, 404);
    }

    void splitsAndCountsPerRoute()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/ok").arg(m_service.port());
        QCOMPARE(sendRequests(url, 1000), 1000);
        QCOMPARE(m_a.servedRequests(), 900);
        QCOMPARE(m_b.servedRequests(), 100);
        auto metrics = scrape();
        QVERIFY2(metrics, metrics ? "" : qPrintable(metrics.error().toString()));
        QCOMPARE(counter(*metrics, QStringLiteral("atelier_gateway_requests_total"), QStringLiteral("7")), 900.0);
        QCOMPARE(counter(*metrics, QStringLiteral("atelier_gateway_requests_total"), QStringLiteral("8")), 100.0);
        QCOMPARE(counter(*metrics, QStringLiteral("atelier_gateway_errors_total"), QStringLiteral("8")), 0.0);
        QCOMPARE(counter(*metrics, QStringLiteral("atelier_gateway_route_weight"), QStringLiteral("7")), 90.0);
        // The label escapes survive the parser; the histogram counts every answered request.
        QCOMPARE(metrics->sum(QStringLiteral("atelier_gateway_requests_total"), {{QStringLiteral("upstream"), QStringLiteral("colour \"v2\"")}}),
                 std::optional(100.0));
        auto latency = PrometheusHistogram::from(*metrics, QStringLiteral("atelier_gateway_request_duration_seconds"),
                                                 {{QStringLiteral("route"), QStringLiteral("7")}});
        QVERIFY(latency);
        QCOMPARE(latency->count, 900.0);
        QVERIFY(latency->quantile(0.5) > 0 && latency->quantile(0.99) < 10);
    }

    // What the supervisor reads from two scrapes: per route the interval's rate and latency.
    void scrapesBecomeRouteFigures()
    {
        DeploymentMetrics total({QStringLiteral("atelier_gateway_requests_total"), QStringLiteral("atelier_gateway_errors_total"),
                                 QStringLiteral("atelier_gateway_request_duration_seconds"), QStringLiteral("route"), {}});
        DeploymentMetrics canary({QStringLiteral("atelier_gateway_requests_total"), QStringLiteral("atelier_gateway_errors_total"),
                                  QStringLiteral("atelier_gateway_request_duration_seconds"), QStringLiteral("route"),
                                  QStringLiteral("8")});
        QVERIFY(total.add(1000, *scrape()).problems.isEmpty());
        QVERIFY(canary.add(1000, *scrape()).problems.isEmpty());
        QCOMPARE(sendRequests(QStringLiteral("http://127.0.0.1:%1/ok").arg(m_service.port()), 500), 500);
        const auto whole = total.add(2000, *scrape());
        const auto part = canary.add(2000, *scrape());
        auto figure = [](const DeploymentMetrics::Outcome &outcome, const char *name) {
            for (const DeploymentSample &sample : outcome.samples) {
                if (sample.name == QLatin1String(name))
                    return sample.value;
            }
            return -1.0;
        };
        QCOMPARE(figure(whole, "rps"), 500.0);
        QCOMPARE(figure(part, "rps"), 50.0);
        QCOMPARE(figure(part, "error_rate"), 0.0);
        QVERIFY(figure(part, "p99_ms") > 0);
    }

    void newWeightsWithoutRestart()
    {
        const std::int64_t a = m_a.servedRequests(), b = m_b.servedRequests();
        const HttpReply changed = httpRequest("POST", control(QStringLiteral("/routes")),
                                              "[{\"key\": \"7\", \"weight\": 1}, {\"key\": \"8\", \"weight\": 1}]", "application/json");
        QCOMPARE(changed.status, 200);
        QCOMPARE(QJsonDocument::fromJson(changed.body).array().at(1).toObject().value(QStringLiteral("weight")).toInt(), 1);
        QCOMPARE(sendRequests(QStringLiteral("http://127.0.0.1:%1/ok").arg(m_service.port()), 1000), 1000);
        QCOMPARE(m_a.servedRequests() - a, 500);
        QCOMPARE(m_b.servedRequests() - b, 500);
        QCOMPARE(counter(*scrape(), QStringLiteral("atelier_gateway_route_weight"), QStringLiteral("8")), 1.0);
    }

    void badWeightsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("a route left out") << QByteArray("[{\"key\": \"7\", \"weight\": 3}]");
        QTest::newRow("a route it lacks") << QByteArray("[{\"key\": \"7\", \"weight\": 3}, {\"key\": \"8\", \"weight\": 1}, {\"key\": \"9\", \"weight\": 1}]");
        QTest::newRow("all zero") << QByteArray("[{\"key\": \"7\", \"weight\": 0}, {\"key\": \"8\", \"weight\": 0}]");
        QTest::newRow("not an array") << QByteArray("{\"7\": 3}");
    }

    void badWeightsChangeNothing()
    {
        QFETCH(QByteArray, body);
        const HttpReply refused = httpRequest("POST", control(QStringLiteral("/routes")), body, "application/json");
        QCOMPARE(refused.status, 400);
        QVERIFY(!QJsonDocument::fromJson(refused.body).object().value(QStringLiteral("message")).toString().isEmpty());
        const QJsonArray routes = QJsonDocument::fromJson(httpRequest("GET", control(QStringLiteral("/routes"))).body).array();
        QCOMPARE(routes.at(0).toObject().value(QStringLiteral("weight")).toInt(), 1);
        QCOMPARE(routes.at(1).toObject().value(QStringLiteral("weight")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGatewayService)
#include "tst_gateway_service.moc"
