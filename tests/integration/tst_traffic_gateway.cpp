// Tests TrafficGateway between two real HTTP servers on 127.0.0.1: a 90/10 split under load, forwarding, errors, timeouts.
#include "core/serving/load_generator.h"
#include "core/serving/traffic_gateway.h"
#include "core/serving/weighted_round_robin.h"
#include "tests/fixtures/http_test_server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <numeric>

Q_DECLARE_METATYPE(QList<atelier::GatewayUpstream>)

using namespace atelier;
using namespace atelier::testing;
using namespace std::chrono_literals;

namespace {

QStringList named(const QString &name)
{
    return {QStringLiteral("--name"), name};
}

// Empty when the server started, else why it did not (QCOMPARE shows it).
QString startFailure(HttpTestServer &server)
{
    const Status started = server.start();
    return started ? QString() : started.error().toString();
}

LoadResult load(const QString &url, std::int64_t requests, int concurrency)
{
    LoadSettings settings;
    settings.url = url;
    settings.concurrency = concurrency;
    settings.requests = requests;
    auto result = LoadGenerator::run(settings);
    return result ? *result : LoadResult{};
}

} // namespace

class TestTrafficGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundRobinKeepsTheWeights_data()
    {
        QTest::addColumn<QList<int>>("weights");
        QTest::newRow("90/10") << QList<int>{90, 10};
        QTest::newRow("even") << QList<int>{1, 1, 1};
        QTest::newRow("one off") << QList<int>{0, 5};
        QTest::newRow("uneven") << QList<int>{3, 0, 1};
        QTest::newRow("coprime") << QList<int>{7, 3};
        QTest::newRow("none") << QList<int>{0, 0};
    }

    void roundRobinKeepsTheWeights()
    {
        QFETCH(QList<int>, weights);
        WeightedRoundRobin chooser(weights);
        const int total = std::accumulate(weights.cbegin(), weights.cend(), 0);
        if (total == 0) {
            QCOMPARE(chooser.pick(), -1);
            return;
        }
        // Every window of `total` picks holds each choice exactly `weight` times.
        for (int round = 0; round < 5; ++round) {
            QList<int> counts(weights.size(), 0);
            for (int i = 0; i < total; ++i)
                ++counts[chooser.pick()];
            QCOMPARE(counts, weights);
        }
    }

    void minorityIsSpreadOut()
    {
        WeightedRoundRobin chooser({90, 10});
        int sinceLastB = 0;
        for (int i = 0; i < 1000; ++i) {
            if (chooser.pick() == 1) {
                QVERIFY(i < 10 || sinceLastB == 9);
                sinceLastB = 0;
            } else {
                ++sinceLastB;
            }
        }
    }

    void splitsNinetyTen()
    {
        HttpTestServer a(named(QStringLiteral("a"))), b(named(QStringLiteral("b")));
        QCOMPARE(startFailure(a), QString());
        QCOMPARE(startFailure(b), QString());
        TrafficGateway gateway;
        auto port = gateway.start({{QStringLiteral("v1"), a.url(), 90}, {QStringLiteral("v2"), b.url(), 10}});
        QVERIFY2(port, qPrintable(port ? QString() : port.error().toString()));
        QCOMPARE(gateway.url(), QStringLiteral("http://127.0.0.1:%1").arg(*port));

        const LoadResult result = load(gateway.url() + QStringLiteral("/ok"), 2000, 8);
        QCOMPARE(result.requests, std::int64_t{2000});
        QCOMPARE(result.errors(), std::int64_t{0});

        const QList<UpstreamStatistics> statistics = gateway.statistics();
        QCOMPARE(statistics.size(), 2);
        QCOMPARE(statistics[0].upstream.name, QStringLiteral("v1"));
        QCOMPARE(statistics[0].requests + statistics[1].requests, std::int64_t{2000});
        const double share = double(statistics[0].requests) / 2000.0;
        QVERIFY2(std::abs(share - 0.9) <= 0.03, qPrintable(QString::number(share)));
        // What the upstreams themselves served agrees with the gateway's counts.
        QCOMPARE(a.servedRequests(), statistics[0].requests);
        QCOMPARE(b.servedRequests(), statistics[1].requests);
        for (const UpstreamStatistics &upstream : statistics) {
            QCOMPARE(upstream.errors, std::int64_t{0});
            QCOMPARE(upstream.latency.count(), upstream.requests);
            QVERIFY(upstream.latency.percentileMs(99) > 0);
        }
    }

    void forwardsMethodPathQueryTypeAndBody()
    {
        HttpTestServer a(named(QStringLiteral("a")));
        QCOMPARE(startFailure(a), QString());
        TrafficGateway gateway;
        QVERIFY(gateway.start({{QStringLiteral("only"), a.url(QStringLiteral("/prefix/")), 1}}));

        const QByteArray body = R"({"inputs": [{"name": "x", "data": [1, 2, 3]}]})";
        const HttpReply reply = httpRequest("PUT", gateway.url() + QStringLiteral("/v2/echo?model=demo&q=a%20b"), body,
                                            "application/json");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        const QJsonObject echo = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/prefix/v2/echo?model=demo&q=a%20b"));
        QCOMPARE(echo.value(QLatin1String("content_type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(echo.value(QLatin1String("body")).toString().toUtf8(), body);
    }

    void upstreamStatusesPassThrough()
    {
        HttpTestServer a(named(QStringLiteral("a")));
        QCOMPARE(startFailure(a), QString());
        TrafficGateway gateway;
        QVERIFY(gateway.start({{QStringLiteral("only"), a.url(), 1}}));
        QCOMPARE(httpRequest("GET", gateway.url() + QStringLiteral("/status/404")).status, 404);
        QCOMPARE(httpRequest("GET", gateway.url() + QStringLiteral("/status/503")).status, 503);
        const UpstreamStatistics statistics = gateway.statistics().constFirst();
        QCOMPARE(statistics.requests, std::int64_t{2});
        QCOMPARE(statistics.errors, std::int64_t{1}); // the 503; a 404 is the client's mistake
    }

    void downUpstreamGivesBadGateway()
    {
        HttpTestServer a(named(QStringLiteral("a"))), b(named(QStringLiteral("b")));
        QCOMPARE(startFailure(a), QString());
        QCOMPARE(startFailure(b), QString());
        TrafficGateway gateway;
        QVERIFY(gateway.start({{QStringLiteral("v1"), a.url(), 1}, {QStringLiteral("v2"), b.url(), 1}}));
        b.stop();

        const LoadResult result = load(gateway.url() + QStringLiteral("/ok"), 40, 2);
        QCOMPARE(result.requests, std::int64_t{40});
        QCOMPARE(result.errorKinds.value(QStringLiteral("http_502")), std::int64_t{20});
        QCOMPARE(result.transportErrors, std::int64_t{0});

        // Round-robin sends the next request to v1, the one after to v2.
        QCOMPARE(httpRequest("GET", gateway.url() + QStringLiteral("/ok")).status, 200);
        const HttpReply reply = httpRequest("GET", gateway.url() + QStringLiteral("/ok"));
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        const QJsonObject error = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(error.value(QLatin1String("error_code")).toString(), QStringLiteral("BAD_GATEWAY"));
        QCOMPARE(error.value(QLatin1String("upstream")).toString(), QStringLiteral("v2"));
        QVERIFY(error.value(QLatin1String("message")).toString().contains(b.url()));

        const QList<UpstreamStatistics> statistics = gateway.statistics();
        QCOMPARE(statistics[0].requests, std::int64_t{21});
        QCOMPARE(statistics[0].errors, std::int64_t{0});
        QCOMPARE(statistics[1].requests, std::int64_t{21});
        QCOMPARE(statistics[1].errors, std::int64_t{21});
        QCOMPARE(statistics[1].latency.count(), std::int64_t{0});
    }

    void hangingUpstreamTimesOut()
    {
        HttpTestServer slow({QStringLiteral("--stall-at"), QStringLiteral("1"), QStringLiteral("--stall-ms"),
                             QStringLiteral("3000")});
        QCOMPARE(startFailure(slow), QString());
        TrafficGateway gateway;
        gateway.setUpstreamTimeout(300ms);
        QVERIFY(gateway.start({{QStringLiteral("slow"), slow.url(), 1}}));
        QElapsedTimer timer;
        timer.start();
        const HttpReply reply = httpRequest("GET", gateway.url() + QStringLiteral("/ok"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply.status, 504);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("error_code")).toString(),
                 QStringLiteral("GATEWAY_TIMEOUT"));
        QCOMPARE(gateway.statistics().constFirst().errors, std::int64_t{1});
    }

    void badUpstreamsAreRefused_data()
    {
        QTest::addColumn<QList<GatewayUpstream>>("upstreams");
        QTest::addColumn<QString>("message");
        const QString ok = QStringLiteral("http://127.0.0.1:9");
        QTest::newRow("none") << QList<GatewayUpstream>{} << QStringLiteral("at least one upstream");
        QTest::newRow("no URL") << QList<GatewayUpstream>{{QStringLiteral("a"), QStringLiteral("127.0.0.1:9"), 1}}
                                << QStringLiteral("no HTTP base URL");
        QTest::newRow("negative") << QList<GatewayUpstream>{{QStringLiteral("a"), ok, -1}} << QStringLiteral("0 or more");
        QTest::newRow("all zero") << QList<GatewayUpstream>{{QStringLiteral("a"), ok, 0}, {QStringLiteral("b"), ok, 0}}
                                  << QStringLiteral("weight above 0");
        QTest::newRow("newline in name") << QList<GatewayUpstream>{{QStringLiteral("a\r\nX-Evil: 1"), ok, 1}}
                                         << QStringLiteral("control characters");
    }

    void badUpstreamsAreRefused()
    {
        QFETCH(QList<GatewayUpstream>, upstreams);
        QFETCH(QString, message);
        TrafficGateway gateway;
        auto port = gateway.start(upstreams);
        QVERIFY(!port);
        QVERIFY2(port.error().message.contains(message), qPrintable(port.error().message));
        QVERIFY(!gateway.isRunning());
    }

    void takenPortIsReported()
    {
        TrafficGateway first, second;
        auto port = first.start({{QStringLiteral("a"), QStringLiteral("http://127.0.0.1:9"), 1}});
        QVERIFY(port);
        auto again = second.start({{QStringLiteral("a"), QStringLiteral("http://127.0.0.1:9"), 1}}, *port);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QString::number(*port)), qPrintable(again.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTrafficGateway)
#include "tst_traffic_gateway.moc"
