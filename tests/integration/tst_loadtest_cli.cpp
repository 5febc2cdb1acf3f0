// Tests `atelier loadtest` as a user runs it against a real HTTP server: JSON out, errors, storage with a deployment.
#include "core/project/project.h"
#include "core/serving/load_test_store.h"
#include "core/store/database.h"
#include "tests/fixtures/http_test_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Outcome runAtelier(const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("ATELIER_BINARY"), args);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class TestLoadTestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HttpTestServer m_server;

    QString newProject(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        const Outcome init = runAtelier({QStringLiteral("project"), QStringLiteral("init"), folder});
        return init.exitCode == 0 ? folder : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("ATELIER_BINARY")).isExecutable(), "ATELIER_BINARY is not set");
        const Status started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void countModePrintsTheFigures()
    {
        const Outcome run = runAtelier({QStringLiteral("loadtest"), m_server.url(QStringLiteral("/ok")),
                                        QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("--threads"),
                                        QStringLiteral("2"), QStringLiteral("--requests"), QStringLiteral("200")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("requests")).toInteger(), qint64{200});
        QCOMPARE(json.value(QLatin1String("errors")).toInteger(), qint64{0});
        QVERIFY(json.value(QLatin1String("rps")).toDouble() > 0);
        const double p50 = json.value(QLatin1String("p50")).toDouble(-1);
        const double p95 = json.value(QLatin1String("p95")).toDouble(-1);
        const double p99 = json.value(QLatin1String("p99")).toDouble(-1);
        const double max = json.value(QLatin1String("max")).toDouble(-1);
        QVERIFY(0 < p50 && p50 <= p95 && p95 <= p99 && p99 <= max);
        QCOMPARE(json.value(QLatin1String("settings")).toObject().value(QLatin1String("mode")).toString(),
                 QStringLiteral("closed"));
        QVERIFY(!json.contains(QLatin1String("load_test_id")));
        QVERIFY(run.err.isEmpty());
    }

    void serverErrorsAreCounted()
    {
        const Outcome run = runAtelier({QStringLiteral("loadtest"), m_server.url(QStringLiteral("/status/500")),
                                        QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--requests"),
                                        QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("errors")).toInteger(), qint64{30});
        QCOMPARE(run.json().value(QLatin1String("errors_by_kind")).toObject().value(QLatin1String("http_500")).toInteger(),
                 qint64{30});
    }

    void openLoopAtARate()
    {
        const Outcome run = runAtelier({QStringLiteral("loadtest"), m_server.url(QStringLiteral("/ok")),
                                        QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--rate"),
                                        QStringLiteral("100"), QStringLiteral("--duration"), QStringLiteral("1.5")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QVERIFY2(std::abs(json.value(QLatin1String("requests")).toInteger() - 150) <= 8, run.out.constData());
        QCOMPARE(json.value(QLatin1String("settings")).toObject().value(QLatin1String("rate")).toDouble(), 100.0);
    }

    void bodiesAndHeadersAreSent()
    {
        const QString bodyFile = m_dir.filePath(QStringLiteral("body.json"));
        QFile file(bodyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"inputs": [1, 2, 3]})");
        file.close();
        const int before = m_server.counters().value(QLatin1String("bodies")).toObject()
                               .value(QLatin1String(R"({"inputs": [1, 2, 3]})")).toInt();
        const Outcome run = runAtelier({QStringLiteral("loadtest"), m_server.url(QStringLiteral("/echo")),
                                        QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--requests"),
                                        QStringLiteral("7"), QStringLiteral("--body"), bodyFile, QStringLiteral("--header"),
                                        QStringLiteral("Content-Type: application/json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QLatin1String("settings")).toObject().value(QLatin1String("method")).toString(),
                 QStringLiteral("POST"));
        const int after = m_server.counters().value(QLatin1String("bodies")).toObject()
                              .value(QLatin1String(R"({"inputs": [1, 2, 3]})")).toInt();
        QCOMPARE(after - before, 7);
    }

    void resultIsKeptWithTheDeployment()
    {
        const QString folder = newProject(QStringLiteral("kept"));
        QVERIFY(!folder.isEmpty());
        std::int64_t deploymentId = 0;
        {
            auto project = Project::open(folder);
            QVERIFY(project);
            Database &db = (*project)->database();
            QVERIFY(db.execute("INSERT INTO compute_target(name, kind) VALUES ('here', 'local')"));
            QVERIFY(db.execute("INSERT INTO model(name, created_at) VALUES ('demo', '2026-01-01T00:00:00Z')"));
            QVERIFY(db.execute("INSERT INTO model_version(model_id, version, source_path, sha256, size, created_at) "
                               "VALUES (1, 1, 'm.onnx', 'ab', 1, '2026-01-01T00:00:00Z')"));
            QVERIFY(db.execute("INSERT INTO deployment(name, model_version_id, target_id, created_at) "
                               "VALUES ('demo-prod', 1, 1, '2026-01-01T00:00:00Z')"));
            deploymentId = db.lastInsertId();
        }
        const Outcome run = runAtelier({QStringLiteral("loadtest"), m_server.url(QStringLiteral("/ok")),
                                        QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--requests"),
                                        QStringLiteral("40"), QStringLiteral("--project"), folder,
                                        QStringLiteral("--deployment"), QStringLiteral("demo-prod")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const qint64 id = run.json().value(QLatin1String("load_test_id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(run.json().value(QLatin1String("deployment_id")).toInteger(), qint64(deploymentId));

        auto project = Project::open(folder);
        QVERIFY(project);
        LoadTestStore store((*project)->database(), (*project)->audit());
        auto tests = store.list(deploymentId);
        QVERIFY(tests);
        QCOMPARE(tests->size(), 1);
        QCOMPARE(tests->constFirst().id, id);
        QCOMPARE(tests->constFirst().requests, std::int64_t{40});
        QCOMPARE(tests->constFirst().p99Ms, std::optional<double>(run.json().value(QLatin1String("p99")).toDouble()));
        QCOMPARE(tests->constFirst().url, m_server.url(QStringLiteral("/ok")));
    }

    void unknownDeploymentStoresNothing()
    {
        const QString folder = newProject(QStringLiteral("unknown"));
        QVERIFY(!folder.isEmpty());
        const Outcome run = runAtelier({QStringLiteral("loadtest"), m_server.url(QStringLiteral("/ok")),
                                        QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--requests"),
                                        QStringLiteral("5"), QStringLiteral("--project"), folder,
                                        QStringLiteral("--deployment"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("nope")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        auto project = Project::open(folder);
        QVERIFY(project);
        QCOMPARE((*project)->database().queryInt("SELECT count(*) FROM load_test").value_or(-1), std::int64_t{0});
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString url = QStringLiteral("http://127.0.0.1:9/");
        const QString c = QStringLiteral("--concurrency");
        const QString n = QStringLiteral("--requests");
        QTest::newRow("no end") << QStringList{url, c, QStringLiteral("2")} << 2 << QStringLiteral("Usage");
        QTest::newRow("two ends") << QStringList{url, c, QStringLiteral("2"), n, QStringLiteral("5"), QStringLiteral("--duration"),
                                                 QStringLiteral("1")} << 2 << QStringLiteral("Usage");
        QTest::newRow("no concurrency") << QStringList{url, n, QStringLiteral("5")} << 2 << QStringLiteral("Usage");
        QTest::newRow("deployment without project")
            << QStringList{url, c, QStringLiteral("1"), n, QStringLiteral("5"), QStringLiteral("--deployment"), QStringLiteral("1")}
            << 2 << QStringLiteral("Usage");
        QTest::newRow("zero connections") << QStringList{url, c, QStringLiteral("0"), n, QStringLiteral("5")} << 2
                                          << QStringLiteral("--concurrency takes a whole number");
        QTest::newRow("rate not a number") << QStringList{url, c, QStringLiteral("1"), n, QStringLiteral("5"),
                                                          QStringLiteral("--rate"), QStringLiteral("fast")}
                                           << 2 << QStringLiteral("--rate takes a number");
        QTest::newRow("not a URL") << QStringList{QStringLiteral("localhost:80"), c, QStringLiteral("1"), n, QStringLiteral("5")}
                                   << 2 << QStringLiteral("not an HTTP URL");
        QTest::newRow("header without colon") << QStringList{url, c, QStringLiteral("1"), n, QStringLiteral("5"),
                                                             QStringLiteral("--header"), QStringLiteral("Bearer x")}
                                              << 2 << QStringLiteral("Name: value");
        QTest::newRow("missing body file") << QStringList{url, c, QStringLiteral("1"), n, QStringLiteral("5"),
                                                          QStringLiteral("--body"), QStringLiteral("/nonexistent/body.bin")}
                                           << 1 << QStringLiteral("/nonexistent/body.bin");
    }

    void badInputIsExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome run = runAtelier(QStringList{QStringLiteral("loadtest")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoadTestCli)
#include "tst_loadtest_cli.moc"
