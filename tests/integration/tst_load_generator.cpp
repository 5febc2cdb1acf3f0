// Tests LoadGenerator against a real HTTP server on 127.0.0.1: exact counts, errors by kind, open-loop rate, coordinated omission, cancel.
#include "core/serving/load_generator.h"
#include "core/tasks/task_context.h"
#include "tests/fixtures/http_test_server.h"

#include <QJsonObject>
#include <QtTest>

#include <future>

using namespace atelier;
using namespace atelier::testing;
using namespace std::chrono_literals;

namespace {

LoadSettings countSettings(const QString &url, int concurrency, int threads, std::int64_t requests)
{
    LoadSettings settings;
    settings.url = url;
    settings.concurrency = concurrency;
    settings.threads = threads;
    settings.requests = requests;
    return settings;
}

// Empty when the server started, else why it did not (QCOMPARE shows it).
QString startFailure(HttpTestServer &server)
{
    const Status started = server.start();
    return started ? QString() : started.error().toString();
}

QString describe(const Result<LoadResult> &result)
{
    return result ? QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact))
                  : result.error().toString();
}

} // namespace

class TestLoadGenerator : public QObject
{
    Q_OBJECT

private:
    HttpTestServer m_server{{QStringLiteral("--name"), QStringLiteral("plain")}};

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(startFailure(m_server), QString());
    }

    void countModeSendsExactlyThatMany_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("requests");
        QTest::newRow("one connection") << 1 << 1 << 50;
        QTest::newRow("fewer requests than connections") << 8 << 2 << 3;
        QTest::newRow("4 connections, 2 threads") << 4 << 2 << 500;
        QTest::newRow("uneven split") << 7 << 3 << 1001;
    }

    void countModeSendsExactlyThatMany()
    {
        QFETCH(int, concurrency);
        QFETCH(int, threads);
        QFETCH(int, requests);
        const std::int64_t before = m_server.servedRequests();
        const auto result = LoadGenerator::run(countSettings(m_server.url(QStringLiteral("/ok")), concurrency, threads, requests));
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->requests, std::int64_t(requests));
        QCOMPARE(result->errors(), std::int64_t{0});
        QCOMPARE(result->latency.count(), std::int64_t(requests));
        QCOMPARE(m_server.servedRequests() - before, std::int64_t(requests));
        QVERIFY(result->elapsed > 0ns);
        QVERIFY(result->requestsPerSecond() > 0);
        QVERIFY(result->latency.percentileMs(50) <= result->latency.percentileMs(99));
    }

    void httpErrorsAreCountedByStatus()
    {
        const auto failing = LoadGenerator::run(countSettings(m_server.url(QStringLiteral("/status/500")), 4, 1, 120));
        QVERIFY2(failing, qPrintable(describe(failing)));
        QCOMPARE(failing->requests, std::int64_t{120});
        QCOMPARE(failing->httpErrors, std::int64_t{120});
        QCOMPARE(failing->transportErrors, std::int64_t{0});
        QCOMPARE(failing->errorKinds.value(QStringLiteral("http_500")), std::int64_t{120});
        // Answered errors still have a latency.
        QCOMPARE(failing->latency.count(), std::int64_t{120});

        const auto fine = LoadGenerator::run(countSettings(m_server.url(QStringLiteral("/status/204")), 2, 1, 10));
        QVERIFY2(fine, qPrintable(describe(fine)));
        QCOMPARE(fine->errors(), std::int64_t{0});
    }

    void refusedConnectionsAreTransportErrors()
    {
        HttpTestServer gone;
        QCOMPARE(startFailure(gone), QString());
        const QString url = gone.url(QStringLiteral("/ok"));
        gone.stop();
        const auto result = LoadGenerator::run(countSettings(url, 2, 1, 20));
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->requests, std::int64_t{20});
        QCOMPARE(result->transportErrors, std::int64_t{20});
        QCOMPARE(result->httpErrors, std::int64_t{0});
        QCOMPARE(result->errorKinds.value(QStringLiteral("connect")), std::int64_t{20});
        QCOMPARE(result->latency.count(), std::int64_t{0});
        QCOMPARE(result->toJson().value(QLatin1String("errors")).toInteger(), qint64{20});
    }

    void bodiesAreSentInTurn()
    {
        LoadSettings settings = countSettings(m_server.url(QStringLiteral("/echo")), 3, 1, 90);
        settings.method = "POST";
        settings.bodies = {"first", "second", "third"};
        settings.headers = {"Content-Type: text/plain"};
        const QJsonObject before = m_server.counters().value(QLatin1String("bodies")).toObject();
        const auto result = LoadGenerator::run(settings);
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->errors(), std::int64_t{0});
        const QJsonObject after = m_server.counters().value(QLatin1String("bodies")).toObject();
        for (const char *body : {"first", "second", "third"}) {
            const QString key = QString::fromLatin1(body);
            QCOMPARE(after.value(key).toInt() - before.value(key).toInt(), 30);
        }
    }

    void durationModeLastsItsDuration()
    {
        LoadSettings settings = countSettings(m_server.url(QStringLiteral("/ok")), 4, 2, 0);
        settings.requests.reset();
        settings.duration = 1000ms;
        const auto started = std::chrono::steady_clock::now();
        const auto result = LoadGenerator::run(settings);
        const auto took = std::chrono::steady_clock::now() - started;
        QVERIFY2(result, qPrintable(describe(result)));
        QVERIFY(result->elapsed == 1000ms);
        QVERIFY(took >= 1000ms && took < 3s);
        QVERIFY(result->requests > 10);
        QCOMPARE(result->errors(), std::int64_t{0});
    }

    void openLoopKeepsItsRate()
    {
        LoadSettings settings = countSettings(m_server.url(QStringLiteral("/ok")), 4, 2, 0);
        settings.requests.reset();
        settings.duration = 2000ms;
        settings.rate = 200;
        const auto result = LoadGenerator::run(settings);
        QVERIFY2(result, qPrintable(describe(result)));
        // 400 requests are due; all but the last few are answered within the two seconds.
        QVERIFY2(result->requests >= 380 && result->requests <= 400, qPrintable(describe(result)));
        QVERIFY2(std::abs(result->requestsPerSecond() - 200) <= 10, qPrintable(describe(result)));
        QCOMPARE(result->errors(), std::int64_t{0});
    }

    void openLoopCountModeSendsExactly()
    {
        LoadSettings settings = countSettings(m_server.url(QStringLiteral("/ok")), 3, 3, 100);
        settings.rate = 500;
        const auto result = LoadGenerator::run(settings);
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->requests, std::int64_t{100});
        // The last request is due at 99/500 s: the test cannot end much sooner.
        QVERIFY2(result->elapsed >= 190ms, qPrintable(describe(result)));
    }

    // A server that stops for a second: requests due during the stall wait for a connection, and
    // measured from when they were due they show the stall; timed from their actual send (what a
    // client that waits before sending would report) only the few in flight show it.
    void openLoopShowsAStall()
    {
        HttpTestServer stalling({QStringLiteral("--stall-at"), QStringLiteral("200"), QStringLiteral("--stall-ms"),
                                 QStringLiteral("1000")});
        QCOMPARE(startFailure(stalling), QString());
        LoadSettings settings = countSettings(stalling.url(QStringLiteral("/ok")), 4, 1, 0);
        settings.requests.reset();
        settings.duration = 4000ms;
        settings.rate = 200;
        const auto result = LoadGenerator::run(settings);
        QVERIFY2(result, qPrintable(describe(result)));
        QCOMPARE(result->errors(), std::int64_t{0});
        QVERIFY2(result->latency.percentileMs(99) >= 500, qPrintable(describe(result)));
        QVERIFY2(result->latency.maxMs() >= 900, qPrintable(describe(result)));
        QVERIFY2(result->serviceTime.percentileMs(99) < 250, qPrintable(describe(result)));
        QVERIFY2(result->serviceTime.maxMs() >= 900, qPrintable(describe(result)));
    }

    void cancelStopsSoonWithTheResultSoFar()
    {
        std::atomic<std::int64_t> lastTotal{0};
        TaskContext context([&](std::int64_t, std::int64_t total, const QString &) { lastTotal = total; });
        LoadSettings settings = countSettings(m_server.url(QStringLiteral("/ok")), 2, 2, 0);
        settings.requests.reset();
        settings.duration = 30s;
        auto running = std::async(std::launch::async, [&] { return LoadGenerator::run(settings, &context); });
        QTest::qWait(400);
        const auto canceledAt = std::chrono::steady_clock::now();
        context.cancel();
        QVERIFY(running.wait_for(5s) == std::future_status::ready);
        QVERIFY(std::chrono::steady_clock::now() - canceledAt < 1s);
        const auto result = running.get();
        QVERIFY2(result, qPrintable(describe(result)));
        QVERIFY(result->canceled);
        QVERIFY(result->requests > 0);
        QVERIFY(result->elapsed < 5s);
        QCOMPARE(lastTotal.load(), std::int64_t{30'000});
        QCOMPARE(result->toJson().value(QLatin1String("canceled")).toBool(), true);
    }

    void badSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("both");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("message");
        const QString ok = QStringLiteral("http://127.0.0.1:9/");
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:9/") << 1 << 1 << false << 0.0 << QByteArray("GET") << QStringLiteral("not an HTTP URL");
        QTest::newRow("ftp") << QStringLiteral("ftp://host/") << 1 << 1 << false << 0.0 << QByteArray("GET") << QStringLiteral("not an HTTP URL");
        QTest::newRow("no connection") << ok << 0 << 1 << false << 0.0 << QByteArray("GET") << QStringLiteral("concurrency");
        QTest::newRow("threads over connections") << ok << 2 << 3 << false << 0.0 << QByteArray("GET") << QStringLiteral("threads");
        QTest::newRow("duration and count") << ok << 1 << 1 << true << 0.0 << QByteArray("GET") << QStringLiteral("not both");
        QTest::newRow("negative rate") << ok << 1 << 1 << false << -5.0 << QByteArray("GET") << QStringLiteral("rate");
        QTest::newRow("method with a space") << ok << 1 << 1 << false << 0.0 << QByteArray("GET /") << QStringLiteral("HTTP method");
    }

    void badSettingsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(int, concurrency);
        QFETCH(int, threads);
        QFETCH(bool, both);
        QFETCH(double, rate);
        QFETCH(QByteArray, method);
        QFETCH(QString, message);
        LoadSettings settings = countSettings(url, concurrency, threads, 10);
        if (both)
            settings.duration = 1s;
        if (rate != 0)
            settings.rate = rate;
        settings.method = method;
        const auto result = LoadGenerator::run(settings);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_load_generator.moc"
