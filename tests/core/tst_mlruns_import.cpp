// Tests MlrunsImport: an mlruns folder made by hand to MLflow's file-store layout, imported, grown and synced again; and FlatYaml.
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/flat_yaml.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/mlruns_import.h"
#include "core/tracking/tracking_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace atelier;

namespace {

const QString RunA = QStringLiteral("a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1");
const QString RunB = QStringLiteral("b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2");
const QString RunC = QStringLiteral("c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3");
const QString RunD = QStringLiteral("d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4");
const QString RunE = QStringLiteral("e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5");
const QString VisionId = QStringLiteral("271828182845904523");

bool writeFile(const QString &path, const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(mode) && file.write(content) == content.size();
}

bool appendFile(const QString &path, const QByteArray &content)
{
    return writeFile(path, content, QIODevice::WriteOnly | QIODevice::Append);
}

// A run's meta.yaml as MLflow's FileStore writes it (yaml.safe_dump of the RunInfo dict).
QByteArray runMeta(const QString &root, const QString &experiment, const QString &runId, const QByteArray &name,
                   int status, const QByteArray &endTime, const QByteArray &user, const QByteArray &stage)
{
    const QByteArray uri = "file://" + root.toUtf8() + '/' + experiment.toUtf8() + '/' + runId.toUtf8() + "/artifacts";
    return "artifact_uri: " + uri + "\nend_time: " + endTime + "\nentry_point_name: ''\nexperiment_id: '"
           + experiment.toUtf8() + "'\nlifecycle_stage: " + stage + "\nrun_id: " + runId.toUtf8()
           + "\nrun_name: " + name + "\nrun_uuid: " + runId.toUtf8()
           + "\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: 1700000000000\nstatus: "
           + QByteArray::number(status) + "\ntags: []\nuser_id: " + user + "\ndeleted_time: null\n";
}

} // namespace

class TestMlrunsImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<Project> m_project;

    Database &db() { return m_project->database(); }
    QString runFolder(const QString &experiment, const QString &runId) { return m_root + u'/' + experiment + u'/' + runId; }

    Result<MlrunsSyncCounts> sync()
    {
        return MlrunsImport(db(), m_project->audit(), m_project->blobs()).sync(m_root);
    }

    std::int64_t count(const char *sql) { return db().queryInt(sql).value(); }

    QList<MetricValue> history(const QString &runId, const QString &key)
    {
        TrackingStore tracking(db(), m_project->audit());
        const std::int64_t row = tracking.runRowId(runId).value();
        MetricStore metrics(db());
        const std::int64_t series = metrics.seriesId(row, key).value();
        return metrics.history(series, 1000).value();
    }

    // Two experiments: Default ("0") with run A, and "vision" with runs B and C (C deleted).
    void makeStore()
    {
        m_root = m_dir.filePath(QStringLiteral("mlruns"));
        QVERIFY(writeFile(m_root + QStringLiteral("/0/meta.yaml"),
                          "artifact_location: file://" + m_root.toUtf8()
                              + "/0\ncreation_time: 1700000000000\nexperiment_id: '0'\n"
                                "last_update_time: 1700000000000\nlifecycle_stage: active\nname: Default\n"));
        // A long value folded onto a continuation line, as PyYAML does past 80 columns.
        QVERIFY(writeFile(m_root + u'/' + VisionId + QStringLiteral("/meta.yaml"),
                          "artifact_location: file:///a/very/long/path/that/pyyaml/folds/onto/the/next/line/because/it\n"
                          "  is/long\ncreation_time: 1700000000000\nexperiment_id: '" + VisionId.toUtf8()
                              + "'\nlast_update_time: 1700000000000\nlifecycle_stage: active\nname: vision\n"));
        QVERIFY(writeFile(m_root + u'/' + VisionId + QStringLiteral("/tags/owner"), "ana"));
        QVERIFY(writeFile(m_root + QStringLiteral("/.trash/.keep"), ""));

        const QString a = runFolder(QStringLiteral("0"), RunA);
        QVERIFY(writeFile(a + QStringLiteral("/meta.yaml"),
                          runMeta(m_root, QStringLiteral("0"), RunA, "alpha", 1, "null", "alice", "active")));
        QVERIFY(writeFile(a + QStringLiteral("/params/lr"), "0.01"));
        QVERIFY(writeFile(a + QStringLiteral("/params/optim/name"), "adam"));
        QVERIFY(writeFile(a + QStringLiteral("/tags/mlflow.runName"), "alpha"));
        QVERIFY(writeFile(a + QStringLiteral("/tags/team/area"), "vision and language"));
        QVERIFY(writeFile(a + QStringLiteral("/metrics/loss"),
                          "1700000000000 0.9 0\n1700000000100 0.5 1\n1700000000200 nan 2\n"));
        QVERIFY(writeFile(a + QStringLiteral("/metrics/train/acc"), "1700000000000 0.25\n"));
        QVERIFY(writeFile(a + QStringLiteral("/artifacts/model.txt"), "weights"));
        QVERIFY(writeFile(a + QStringLiteral("/artifacts/plots/curve.csv"), "step,loss\n0,0.9\n"));

        const QString b = runFolder(VisionId, RunB);
        QVERIFY(writeFile(b + QStringLiteral("/meta.yaml"),
                          runMeta(m_root, VisionId, RunB, "'bob''s run'", 3, "1700000009000", "bob", "active")));
        QVERIFY(writeFile(b + QStringLiteral("/params/lr"), "0.1"));
        QVERIFY(writeFile(b + QStringLiteral("/metrics/acc"), "1700000000000 0.7 0\n1700000000500 inf 5\n"));

        const QString c = runFolder(VisionId, RunC);
        QVERIFY(writeFile(c + QStringLiteral("/meta.yaml"),
                          runMeta(m_root, VisionId, RunC, "gone", 4, "1700000001000", "carol", "deleted")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        makeStore();
    }

    void firstImport()
    {
        auto counts = sync();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().toString()));
        QCOMPARE(counts->experimentsCreated, 1); // "0" is the project's Default
        QCOMPARE(counts->runsCreated, 3);
        QCOMPARE(counts->runsUpdated, 0);
        QCOMPARE(counts->params, 3);
        QCOMPARE(counts->tags, 2);
        QCOMPARE(counts->metricPoints, 6);
        QCOMPARE(counts->artifacts, 2);
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'tracking.mlruns_sync'"), 1);

        TrackingStore tracking(db(), m_project->audit());
        auto vision = tracking.experimentByName(QStringLiteral("vision"));
        QVERIFY(vision);
        QCOMPARE(vision->tags, (QList<KeyValue>{{QStringLiteral("owner"), QStringLiteral("ana")}}));

        auto a = tracking.run(RunA);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
        QCOMPARE(a->info.runId, RunA);
        QCOMPARE(a->info.experimentId, 0);
        QCOMPARE(a->info.runName, QStringLiteral("alpha"));
        QCOMPARE(a->info.status, RunStatus::Running);
        QCOMPARE(a->info.startTime, std::optional<std::int64_t>(1700000000000));
        QCOMPARE(a->info.endTime, std::optional<std::int64_t>());
        QCOMPARE(a->info.user, QStringLiteral("alice"));
        QCOMPARE(a->info.stage, LifecycleStage::Active);
        QCOMPARE(a->params, (QList<KeyValue>{{QStringLiteral("lr"), QStringLiteral("0.01")},
                                             {QStringLiteral("optim/name"), QStringLiteral("adam")}}));
        QCOMPARE(a->tags, (QList<KeyValue>{{QStringLiteral("mlflow.runName"), QStringLiteral("alpha")},
                                           {QStringLiteral("team/area"), QStringLiteral("vision and language")}}));

        const QList<MetricValue> loss = history(RunA, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 3);
        QCOMPARE(loss[0].timestamp, 1700000000000);
        QCOMPARE(loss[0].value, 0.9);
        QCOMPARE(loss[1].step, 1);
        QCOMPARE(loss[1].value, 0.5);
        QCOMPARE(loss[2].step, 2);
        QVERIFY(std::isnan(loss[2].value));
        const QList<MetricValue> acc = history(RunA, QStringLiteral("train/acc"));
        QCOMPARE(acc.size(), 1);
        QCOMPARE(acc[0].step, 0); // the two-field form has no step
        QCOMPARE(acc[0].value, 0.25);

        auto b = tracking.run(RunB);
        QVERIFY(b);
        QCOMPARE(b->info.experimentId, vision->id);
        QCOMPARE(b->info.runName, QStringLiteral("bob's run"));
        QCOMPARE(b->info.status, RunStatus::Finished);
        QCOMPARE(b->info.endTime, std::optional<std::int64_t>(1700000009000));
        QCOMPARE(b->info.artifactUri, QStringLiteral("mlflow-artifacts:/%1/%2/artifacts").arg(vision->id).arg(RunB));
        const QList<MetricValue> bAcc = history(RunB, QStringLiteral("acc"));
        QCOMPARE(bAcc.size(), 2);
        QCOMPARE(bAcc[1].value, std::numeric_limits<double>::infinity());

        auto c = tracking.run(RunC);
        QVERIFY(c);
        QCOMPARE(c->info.status, RunStatus::Failed);
        QCOMPARE(c->info.stage, LifecycleStage::Deleted);
        QCOMPARE(c->info.user, QStringLiteral("carol"));

        ArtifactStore artifacts(db(), m_project->blobs(), m_project->audit());
        const QByteArray curve("step,loss\n0,0.9\n");
        auto stored = artifacts.find(tracking.runRowId(RunA).value(), QStringLiteral("plots/curve.csv"));
        QVERIFY(stored);
        QCOMPARE(stored->size, curve.size());
        QCOMPARE(stored->sha256, QString::fromLatin1(QCryptographicHash::hash(curve, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(m_project->blobs().get(stored->sha256).value(), curve);
    }

    void syncWithoutChangesWritesNothing()
    {
        const std::int64_t audits = count("SELECT count(*) FROM audit");
        auto counts = sync();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().toString()));
        QCOMPARE(counts->experimentsCreated + counts->runsCreated + counts->runsUpdated + counts->params
                     + counts->tags + counts->artifacts,
                 0);
        QCOMPARE(counts->metricPoints, 0);
        QCOMPARE(count("SELECT count(*) FROM audit"), audits);
    }

    void grownFolderAddsOnlyNewLines()
    {
        const QString a = runFolder(QStringLiteral("0"), RunA);
        // Two whole lines and one still being written.
        QVERIFY(appendFile(a + QStringLiteral("/metrics/loss"), "1700000000300 0.4 3\n1700000000400 0.3 4\n17000000005"));
        QVERIFY(writeFile(a + QStringLiteral("/params/batch"), "32"));
        QVERIFY(writeFile(a + QStringLiteral("/artifacts/plots/curve.csv"), "step,loss\n0,0.9\n1,0.5\n"));
        // Run A finished.
        QVERIFY(writeFile(a + QStringLiteral("/meta.yaml"),
                          runMeta(m_root, QStringLiteral("0"), RunA, "alpha", 3, "1700000002000", "alice", "active")));
        const QString d = runFolder(QStringLiteral("0"), RunD);
        QVERIFY(writeFile(d + QStringLiteral("/meta.yaml"),
                          runMeta(m_root, QStringLiteral("0"), RunD, "delta", 1, "null", "dan", "active")));
        QVERIFY(writeFile(d + QStringLiteral("/metrics/loss"), "1700000000000 1.5 0\n"));

        auto counts = sync();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().toString()));
        QCOMPARE(counts->experimentsCreated, 0);
        QCOMPARE(counts->runsCreated, 1);
        QCOMPARE(counts->runsUpdated, 1);
        QCOMPARE(counts->params, 1);
        QCOMPARE(counts->tags, 0);
        QCOMPARE(counts->metricPoints, 3); // two lines of A, one of D
        QCOMPARE(counts->artifacts, 1);

        QList<MetricValue> loss = history(RunA, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 5);
        QCOMPARE(loss[3].value, 0.4);
        QCOMPARE(loss[4].step, 4);
        TrackingStore tracking(db(), m_project->audit());
        QCOMPARE(tracking.run(RunA)->info.status, RunStatus::Finished);
        QCOMPARE(tracking.run(RunA)->info.endTime, std::optional<std::int64_t>(1700000002000));
        QCOMPARE(count("SELECT count(*) FROM run"), 4);

        // The partial line completes: only it is read.
        QVERIFY(appendFile(a + QStringLiteral("/metrics/loss"), "00 0.2 5\n"));
        counts = sync();
        QVERIFY(counts);
        QCOMPARE(counts->metricPoints, 1);
        loss = history(RunA, QStringLiteral("loss"));
        QCOMPARE(loss.size(), 6);
        QCOMPARE(loss[5].timestamp, 1700000000500);
        QCOMPARE(loss[5].value, 0.2);
        QCOMPARE(loss[5].step, 5);
        QCOMPARE(count("SELECT count(*) FROM metric_point"), 6 + 1 + 2 + 1);
    }

    void malformedLineLeavesStoreUnchanged()
    {
        const QString b = runFolder(VisionId, RunB);
        const QString e = runFolder(VisionId, RunE);
        QVERIFY(writeFile(e + QStringLiteral("/meta.yaml"),
                          runMeta(m_root, VisionId, RunE, "eps", 1, "null", "eve", "active")));
        QVERIFY(writeFile(e + QStringLiteral("/params/lr"), "0.5"));
        QVERIFY(appendFile(b + QStringLiteral("/metrics/acc"), "1700000000600 0.8 6\n1700000000700 high 7\n"));
        const std::int64_t points = count("SELECT count(*) FROM metric_point");
        const std::int64_t runs = count("SELECT count(*) FROM run");
        const std::int64_t params = count("SELECT count(*) FROM param");

        auto counts = sync();
        QVERIFY(!counts);
        const QString file = QDir::toNativeSeparators(b + QStringLiteral("/metrics/acc"));
        QVERIFY2(counts.error().message.contains(file + QStringLiteral(":4: malformed metric line \"1700000000700 high 7\"")),
                 qPrintable(counts.error().message));
        QCOMPARE(count("SELECT count(*) FROM metric_point"), points);
        QCOMPARE(count("SELECT count(*) FROM run"), runs);
        QCOMPARE(count("SELECT count(*) FROM param"), params);

        // Fixed, the same lines import once.
        QVERIFY(writeFile(b + QStringLiteral("/metrics/acc"),
                          "1700000000000 0.7 0\n1700000000500 inf 5\n1700000000600 0.8 6\n1700000000700 0.85 7\n"));
        counts = sync();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().toString()));
        QCOMPARE(counts->runsCreated, 1);
        QCOMPARE(counts->metricPoints, 2);
        QCOMPARE(history(RunB, QStringLiteral("acc")).size(), 4);
    }

    void badMetaNamesTheFile()
    {
        const QString f = runFolder(VisionId, QStringLiteral("f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6"));
        QVERIFY(writeFile(f + QStringLiteral("/meta.yaml"), "run_id: f6\nstatus: 9\n"));
        auto counts = sync();
        QVERIFY(!counts);
        QVERIFY2(counts.error().message.contains(QDir::toNativeSeparators(f + QStringLiteral("/meta.yaml"))
                                                 + QStringLiteral(": unknown run status \"9\"")),
                 qPrintable(counts.error().message));
        QVERIFY(QDir(f).removeRecursively());
    }

    void notAFolder()
    {
        auto counts = MlrunsImport(db(), m_project->audit(), m_project->blobs()).sync(m_dir.filePath(QStringLiteral("nope")));
        QVERIFY(!counts);
        QVERIFY(counts.error().message.contains(QStringLiteral("is not a folder")));
    }

    void flatYaml_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isNull");
        QTest::newRow("plain") << QByteArray("a: 1\nname: my run\n") << "name" << "my run" << false;
        QTest::newRow("single quotes") << QByteArray("name: 'it''s: here'\n") << "name" << "it's: here" << false;
        QTest::newRow("double quotes") << QByteArray("name: \"a\\\"b\\nc\"\n") << "name" << "a\"b\nc" << false;
        QTest::newRow("empty quotes") << QByteArray("entry_point_name: ''\n") << "entry_point_name" << "" << false;
        QTest::newRow("null") << QByteArray("end_time: null\n") << "end_time" << "" << true;
        QTest::newRow("folded plain") << QByteArray("uri: file:///x\n  y\nnext: 1\n") << "uri" << "file:///x y" << false;
        QTest::newRow("folded quoted") << QByteArray("uri: 'a b\n  c'\n") << "uri" << "a b c" << false;
        QTest::newRow("nested list skipped") << QByteArray("tags:\n- key: x\n  value: y\nuser_id: u\n") << "user_id"
                                             << "u" << false;
        QTest::newRow("CRLF") << QByteArray("status: 3\r\n") << "status" << "3" << false;
    }

    void flatYaml()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, isNull);
        auto yaml = FlatYaml::parse(text, QStringLiteral("meta.yaml"));
        QVERIFY2(yaml, qPrintable(yaml ? QString() : yaml.error().toString()));
        QVERIFY(yaml->contains(key));
        QCOMPARE(yaml->text(key), value);
        QCOMPARE(yaml->integer(key).has_value(), !isNull && value.toLongLong() != 0);
    }

    void flatYamlErrors()
    {
        auto unterminated = FlatYaml::parse("a: 1\nname: 'open\n", QStringLiteral("m.yaml"));
        QVERIFY(!unterminated);
        QVERIFY2(unterminated.error().message.startsWith(QStringLiteral("m.yaml:2: the quoted value of \"name\" does not end")),
                 qPrintable(unterminated.error().message));
        auto noColon = FlatYaml::parse("a: 1\njust words\n", QStringLiteral("m.yaml"));
        QVERIFY(!noColon);
        QVERIFY2(noColon.error().message.startsWith(QStringLiteral("m.yaml:2: expected \"key: value\", found \"just words\"")),
                 qPrintable(noColon.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMlrunsImport)
#include "tst_mlruns_import.moc"
