// Tests LoadTestStore: a load test's record from its result, saved with or without a deployment, listed, audited.
#include "core/project/project.h"
#include "core/serving/load_generator.h"
#include "core/serving/load_test_store.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;
using namespace std::chrono_literals;

namespace {

LoadSettings openLoopSettings()
{
    LoadSettings settings;
    settings.url = QStringLiteral("http://127.0.0.1:8080/v2/models/demo/infer");
    settings.method = "POST";
    settings.bodies = {"{}", "{\"a\": 1}"};
    settings.headers = {"Authorization: Bearer s3cret-token", "Content-Type: application/json"};
    settings.concurrency = 8;
    settings.threads = 2;
    settings.duration = 5s;
    settings.rate = 250;
    return settings;
}

LoadResult someResult()
{
    LoadResult result;
    result.startedAt = QStringLiteral("2026-01-02T03:04:05.678Z");
    result.requests = 1250;
    result.httpErrors = 3;
    result.transportErrors = 2;
    result.errorKinds = {{QStringLiteral("http_503"), 3}, {QStringLiteral("timeout"), 2}};
    result.elapsed = 5s;
    for (int i = 1; i <= 1248; ++i) {
        result.latency.record(std::chrono::microseconds(1000 + i * 10));
        result.serviceTime.record(std::chrono::microseconds(900 + i));
    }
    return result;
}

} // namespace

class TestLoadTestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LoadTestStore> m_store;

    std::int64_t addDeployment(const QString &name)
    {
        Database &db = m_project->database();
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
        [&] {
            QVERIFY(db.execute("INSERT OR IGNORE INTO compute_target(name, kind) VALUES ('here', 'local')"));
            QVERIFY(db.execute("INSERT OR IGNORE INTO model(name, created_at) VALUES ('demo', ?)", at));
            QVERIFY(db.execute("INSERT OR IGNORE INTO model_version(model_id, version, source_path, sha256, size, created_at) "
                               "SELECT id, 1, 'model.onnx', 'ab', 1, ? FROM model WHERE name = 'demo'", at));
            QVERIFY(db.execute("INSERT INTO deployment(name, model_version_id, target_id, created_at) "
                               "SELECT ?, (SELECT id FROM model_version), (SELECT id FROM compute_target), ?",
                               name, at));
        }();
        return db.lastInsertId();
    }

private Q_SLOTS:
    void init()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        m_store = std::make_unique<LoadTestStore>(m_project->database(), m_project->audit());
    }

    void cleanup()
    {
        m_store.reset();
        m_project.reset();
    }

    void recordTakesTheResult()
    {
        const LoadResult result = someResult();
        const LoadTestRecord record = LoadTestRecord::from(openLoopSettings(), result, 7);
        QCOMPARE(record.deploymentId, std::optional<std::int64_t>(7));
        QCOMPARE(record.url, openLoopSettings().url);
        QCOMPARE(record.startedAt, result.startedAt);
        QCOMPARE(record.requests, std::int64_t{1250});
        QCOMPARE(record.errors, std::int64_t{5});
        QCOMPARE(record.durationMs, std::int64_t{5000});
        QCOMPARE(*record.p50Ms, std::round(result.latency.percentileMs(50) * 1000) / 1000);
        QCOMPARE(*record.p99Ms, std::round(result.latency.percentileMs(99) * 1000) / 1000);
        QCOMPARE(*record.maxMs, result.latency.maxMs());
        QCOMPARE(record.histogram, result.latency.toJson());
        QCOMPARE(record.settings.value(QLatin1String("mode")).toString(), QStringLiteral("open"));
        QCOMPARE(record.settings.value(QLatin1String("rate")).toDouble(), 250.0);
        QCOMPARE(record.settings.value(QLatin1String("concurrency")).toInt(), 8);
        QCOMPARE(record.settings.value(QLatin1String("duration_s")).toDouble(), 5.0);
        const QJsonObject outcome = record.settings.value(QLatin1String("outcome")).toObject();
        QCOMPARE(outcome.value(QLatin1String("errors_by_kind")).toObject().value(QLatin1String("http_503")).toInt(), 3);
        QCOMPARE(outcome.value(QLatin1String("rps")).toDouble(), 250.0);
        // Header values may be secrets: only their names are kept.
        const QString settingsText = QString::fromUtf8(QJsonDocument(record.settings).toJson());
        QVERIFY(!settingsText.contains(QLatin1String("s3cret")));
        QCOMPARE(record.settings.value(QLatin1String("headers")).toArray(),
                 QJsonArray({QStringLiteral("Authorization"), QStringLiteral("Content-Type")}));
    }

    void noAnswerMeansNoPercentiles()
    {
        LoadResult refused;
        refused.requests = 4;
        refused.transportErrors = 4;
        const LoadTestRecord record = LoadTestRecord::from(openLoopSettings(), refused);
        QVERIFY(!record.p50Ms && !record.p99Ms && !record.maxMs);
        auto id = m_store->save(record);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        auto listed = m_store->list();
        QVERIFY(listed);
        QVERIFY(!listed->constFirst().p99Ms);
        QCOMPARE(listed->constFirst().errors, std::int64_t{4});
    }

    void savedTestsListPerDeployment()
    {
        const std::int64_t first = addDeployment(QStringLiteral("first"));
        const std::int64_t second = addDeployment(QStringLiteral("second"));
        const LoadResult result = someResult();
        auto a = m_store->save(LoadTestRecord::from(openLoopSettings(), result, first));
        auto b = m_store->save(LoadTestRecord::from(openLoopSettings(), result, second));
        auto c = m_store->save(LoadTestRecord::from(openLoopSettings(), result, first));
        auto bare = m_store->save(LoadTestRecord::from(openLoopSettings(), result));
        QVERIFY(a && b && c && bare);

        auto ofFirst = m_store->list(first);
        QVERIFY(ofFirst);
        QCOMPARE(ofFirst->size(), 2);
        QCOMPARE(ofFirst->at(0).id, *c); // newest first
        QCOMPARE(ofFirst->at(1).id, *a);
        const LoadTestRecord &stored = ofFirst->at(0);
        const LoadTestRecord expected = LoadTestRecord::from(openLoopSettings(), result, first);
        QCOMPARE(stored.deploymentId, std::optional<std::int64_t>(first));
        QCOMPARE(stored.settings, expected.settings);
        QCOMPARE(stored.histogram, expected.histogram);
        QCOMPARE(stored.p95Ms, expected.p95Ms);
        QCOMPARE(stored.durationMs, expected.durationMs);
        auto histogram = LatencyHistogram::fromJson(stored.histogram);
        QVERIFY(histogram);
        QCOMPARE(histogram->count(), result.latency.count());

        QCOMPARE(m_store->list(second)->size(), 1);
        auto all = m_store->list();
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        QVERIFY(!all->constFirst().deploymentId);
    }

    void eachSaveIsAudited()
    {
        const std::int64_t deployment = addDeployment(QStringLiteral("audited"));
        auto id = m_store->save(LoadTestRecord::from(openLoopSettings(), someResult(), deployment));
        QVERIFY(id);
        auto entries = m_project->audit().entries(10, QStringLiteral("load_test"), QString::number(*id));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().action, QStringLiteral("load_test.save"));
        QCOMPARE(entries->constFirst().detail.value(QLatin1String("deployment")).toInteger(), qint64(deployment));
        QCOMPARE(entries->constFirst().detail.value(QLatin1String("requests")).toInteger(), qint64{1250});
    }

    void unknownDeploymentIsRefused()
    {
        auto id = m_store->save(LoadTestRecord::from(openLoopSettings(), someResult(), 999));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QLatin1String("no deployment 999")), qPrintable(id.error().message));
        QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM load_test").value_or(-1), std::int64_t{0});
        QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM audit WHERE object_kind = 'load_test'").value_or(-1),
                 std::int64_t{0});
    }

    void deletingTheDeploymentDeletesItsTests()
    {
        const std::int64_t deployment = addDeployment(QStringLiteral("gone"));
        QVERIFY(m_store->save(LoadTestRecord::from(openLoopSettings(), someResult(), deployment)));
        QVERIFY(m_project->database().execute("DELETE FROM deployment WHERE id = ?", deployment));
        QCOMPARE(m_store->list(deployment)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoadTestStore)
#include "tst_load_test_store.moc"
