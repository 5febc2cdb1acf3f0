// Tests `atelier model register/list/stage` and `atelier lineage` as a user runs them: JSON on
// stdout, clear errors on stderr, exit codes 0 (done), 1 (failed) and 2 (misused).
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/tracking_store.h"
#include "core/tracking/tracking_types.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

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
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
}

QString sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

const QByteArray OnnxBytes = "onnx model bytes";

} // namespace

class TestModelCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registersFromARunByIdOrNumber();
    void registersALocalFile();
    void listsModelsWithTheirVersions();
    void movesAVersionToAStage();
    void printsTheLineageGraph();
    void badInputFailsWithAClearError_data();
    void badInputFailsWithAClearError();

private:
    QStringList withProject(const QStringList &words, const QStringList &rest) const
    {
        return words + QStringList{m_folder} + rest;
    }

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_runUuid;
    std::int64_t m_runRow = 0;
};

void TestModelCli::initTestCase()
{
    QVERIFY2(QFileInfo(qEnvironmentVariable("ATELIER_BINARY")).isExecutable(), "ATELIER_BINARY is not set");
    m_folder = m_dir.filePath(QStringLiteral("project"));
    auto project = Project::create(m_folder);
    QVERIFY(project);
    TrackingStore tracking((*project)->database(), (*project)->audit());
    RunCreate create;
    create.runName = QStringLiteral("train-detector");
    auto run = tracking.createRun(create);
    QVERIFY(run);
    m_runUuid = run->runId;
    m_runRow = tracking.runRowId(m_runUuid).value_or(0);
    LogBatch batch;
    batch.metrics = {{QStringLiteral("map50"), 0.71, 1000, 10}};
    QVERIFY(tracking.logBatch(m_runUuid, batch));
    ArtifactStore artifacts((*project)->database(), (*project)->blobs(), (*project)->audit());
    QVERIFY(artifacts.put(m_runRow, QStringLiteral("model/detector.onnx"), OnnxBytes));
}

void TestModelCli::registersFromARunByIdOrNumber()
{
    const Outcome first = runAtelier(withProject({QStringLiteral("model"), QStringLiteral("register")},
        {QStringLiteral("--run"), m_runUuid, QStringLiteral("--artifact"), QStringLiteral("model/detector.onnx"),
         QStringLiteral("--name"), QStringLiteral("detector"), QStringLiteral("--description"), QStringLiteral("baseline")}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QJsonObject json = first.json();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("detector"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("run_id")).toString(), m_runUuid);
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("model/detector.onnx"));
    QCOMPARE(json.value(QStringLiteral("sha256")).toString(), sha256Of(OnnxBytes));
    QCOMPARE(json.value(QStringLiteral("size")).toInteger(), OnnxBytes.size());
    QCOMPARE(json.value(QStringLiteral("framework")).toString(), QStringLiteral("onnx"));
    QCOMPARE(json.value(QStringLiteral("stage")).toString(), QStringLiteral("none"));
    QCOMPARE(json.value(QStringLiteral("description")).toString(), QStringLiteral("baseline"));
    QCOMPARE(json.value(QStringLiteral("metrics")).toObject(), (QJsonObject{{QStringLiteral("map50"), 0.71}}));
    QVERIFY(first.err.isEmpty());

    const Outcome second = runAtelier(withProject({QStringLiteral("model"), QStringLiteral("register")},
        {QStringLiteral("--run"), QString::number(m_runRow), QStringLiteral("--artifact"), QStringLiteral("model"),
         QStringLiteral("--name"), QStringLiteral("detector")}));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.json().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(second.json().value(QStringLiteral("content")).toString(), QStringLiteral("folder"));
    QCOMPARE(second.json().value(QStringLiteral("framework")).toString(), QStringLiteral("onnx"));
}

void TestModelCli::registersALocalFile()
{
    const QString path = m_dir.filePath(QStringLiteral("classifier.safetensors"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("tensors");
    file.close();
    const Outcome outcome = runAtelier(withProject({QStringLiteral("model"), QStringLiteral("register")},
        {QStringLiteral("--file"), path, QStringLiteral("--name"), QStringLiteral("classifier")}));
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(outcome.json().value(QStringLiteral("framework")).toString(), QStringLiteral("safetensors"));
    QCOMPARE(outcome.json().value(QStringLiteral("sha256")).toString(), sha256Of("tensors"));
    QCOMPARE(outcome.json().value(QStringLiteral("run_id")).toString(), QString());
}

void TestModelCli::listsModelsWithTheirVersions()
{
    const Outcome outcome = runAtelier(withProject({QStringLiteral("model"), QStringLiteral("list")}, {}));
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QJsonArray models = outcome.json().value(QStringLiteral("models")).toArray();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models[0][QStringLiteral("name")].toString(), QStringLiteral("classifier"));
    const QJsonObject detector = models[1].toObject();
    QCOMPARE(detector.value(QStringLiteral("name")).toString(), QStringLiteral("detector"));
    QCOMPARE(detector.value(QStringLiteral("latest_version")).toInt(), 2);
    const QJsonArray versions = detector.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0][QStringLiteral("version")].toInt(), 2);
    QCOMPARE(versions[1][QStringLiteral("version")].toInt(), 1);

    const Outcome one = runAtelier(withProject({QStringLiteral("model"), QStringLiteral("list")},
                                               {QStringLiteral("--name"), QStringLiteral("classifier")}));
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.json().value(QStringLiteral("models")).toArray().size(), 1);
}

void TestModelCli::movesAVersionToAStage()
{
    const QStringList words{QStringLiteral("model"), QStringLiteral("stage")};
    QCOMPARE(runAtelier(withProject(words, {QStringLiteral("--name"), QStringLiteral("detector"), QStringLiteral("--version"),
                                            QStringLiteral("1"), QStringLiteral("--stage"), QStringLiteral("production")}))
                 .exitCode,
             0);
    const Outcome outcome = runAtelier(withProject(words,
        {QStringLiteral("--name"), QStringLiteral("detector"), QStringLiteral("--version"), QStringLiteral("2"),
         QStringLiteral("--stage"), QStringLiteral("Production"), QStringLiteral("--archive-existing"),
         QStringLiteral("--comment"), QStringLiteral("folder model")}));
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(outcome.json().value(QStringLiteral("stage")).toString(), QStringLiteral("production"));
    const QJsonArray history = outcome.json().value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0][QStringLiteral("stage")].toString(), QStringLiteral("none"));
    QCOMPARE(history[1][QStringLiteral("stage")].toString(), QStringLiteral("production"));
    QCOMPARE(history[1][QStringLiteral("comment")].toString(), QStringLiteral("folder model"));
    const QJsonArray models = runAtelier(withProject({QStringLiteral("model"), QStringLiteral("list")},
                                                     {QStringLiteral("--name"), QStringLiteral("detector")}))
                                  .json().value(QStringLiteral("models")).toArray();
    QCOMPARE(models[0][QStringLiteral("versions")][1][QStringLiteral("stage")].toString(), QStringLiteral("archived"));
}

void TestModelCli::printsTheLineageGraph()
{
    {
        auto db = Database::open(m_folder + QStringLiteral("/atelier.db"), Database::OpenMode::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->execute("INSERT INTO deployment(name, model_version_id, target_id, created_at) "
                               "SELECT 'detector-api', v.id, (SELECT id FROM compute_target WHERE name = 'local'), "
                               "'2024-01-15T10:00:00.000Z' FROM model_version v "
                               "JOIN model m ON m.id = v.model_id WHERE m.name = 'detector' AND v.version = 2"));
    }
    const Outcome outcome = runAtelier(withProject({QStringLiteral("lineage")},
        {QStringLiteral("--of"), QStringLiteral("deployment:detector-api"), QStringLiteral("--direction"), QStringLiteral("up")}));
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    const QJsonObject json = outcome.json();
    QCOMPARE(json.value(QStringLiteral("direction")).toString(), QStringLiteral("up"));
    QStringList nodes;
    for (const QJsonValue &node : json.value(QStringLiteral("nodes")).toArray())
        nodes.append(node[QStringLiteral("kind")].toString() + u'=' + node[QStringLiteral("label")].toString());
    QCOMPARE(nodes, (QStringList{QStringLiteral("run=train-detector"), QStringLiteral("model=detector"),
                                 QStringLiteral("model_version=detector v2"), QStringLiteral("deployment=detector-api")}));
    QStringList edges;
    for (const QJsonValue &edge : json.value(QStringLiteral("edges")).toArray())
        edges.append(edge[QStringLiteral("relation")].toString());
    QCOMPARE(edges, (QStringList{QStringLiteral("output"), QStringLiteral("version"), QStringLiteral("deployment")}));
    QCOMPARE(json.value(QStringLiteral("root")).toString(), json.value(QStringLiteral("nodes")).toArray().last()[QStringLiteral("id")].toString());

    const Outcome down = runAtelier(withProject({QStringLiteral("lineage")},
                                                {QStringLiteral("--of"), QStringLiteral("run:") + m_runUuid}));
    QCOMPARE(down.exitCode, 0);
    QCOMPARE(down.json().value(QStringLiteral("direction")).toString(), QStringLiteral("both"));
    QCOMPARE(down.json().value(QStringLiteral("edges")).toArray().size(), 3); // two versions, one deployment
}

void TestModelCli::badInputFailsWithAClearError_data()
{
    QTest::addColumn<QStringList>("args"); // DIR stands for the project folder, RUN for the run's MLflow id
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    const QString dir = QStringLiteral("DIR");
    QTest::newRow("unknown run") << QStringList{QStringLiteral("model"), QStringLiteral("register"), dir,
        QStringLiteral("--run"), QStringLiteral("ffffffffffffffffffffffffffffffff"), QStringLiteral("--artifact"),
        QStringLiteral("model"), QStringLiteral("--name"), QStringLiteral("x")} << 1 << "ffffffffffffffffffffffffffffffff";
    QTest::newRow("artifact not in the run") << QStringList{QStringLiteral("model"), QStringLiteral("register"), dir,
        QStringLiteral("--run"), QStringLiteral("RUN"), QStringLiteral("--artifact"), QStringLiteral("best.pt"),
        QStringLiteral("--name"), QStringLiteral("x")} << 1 << "best.pt";
    QTest::newRow("missing file") << QStringList{QStringLiteral("model"), QStringLiteral("register"), dir,
        QStringLiteral("--file"), QStringLiteral("/nonexistent/m.onnx"), QStringLiteral("--name"), QStringLiteral("x")}
                                  << 1 << "/nonexistent/m.onnx";
    QTest::newRow("run without artifact") << QStringList{QStringLiteral("model"), QStringLiteral("register"), dir,
        QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("x")} << 2 << "Usage";
    QTest::newRow("bad stage") << QStringList{QStringLiteral("model"), QStringLiteral("stage"), dir, QStringLiteral("--name"),
        QStringLiteral("detector"), QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--stage"),
        QStringLiteral("prod")} << 2 << "prod";
    QTest::newRow("unknown version") << QStringList{QStringLiteral("model"), QStringLiteral("stage"), dir,
        QStringLiteral("--name"), QStringLiteral("detector"), QStringLiteral("--version"), QStringLiteral("9"),
        QStringLiteral("--stage"), QStringLiteral("staging")} << 1 << "version=9";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("model"), QStringLiteral("list"), dir,
        QStringLiteral("--all")} << 2 << "--all";
    QTest::newRow("bad node kind") << QStringList{QStringLiteral("lineage"), dir, QStringLiteral("--of"),
        QStringLiteral("experiment:1")} << 1 << "deployment";
    QTest::newRow("bad direction") << QStringList{QStringLiteral("lineage"), dir, QStringLiteral("--of"),
        QStringLiteral("run:1"), QStringLiteral("--direction"), QStringLiteral("sideways")} << 2 << "sideways";
    QTest::newRow("not a project") << QStringList{QStringLiteral("model"), QStringLiteral("list"),
        QStringLiteral("/nonexistent-project")} << 1 << "/nonexistent-project";
}

void TestModelCli::badInputFailsWithAClearError()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^DIR$")), m_folder);
    args.replaceInStrings(QRegularExpression(QStringLiteral("^RUN$")), m_runUuid);
    auto db = Database::open(m_folder + QStringLiteral("/atelier.db"), Database::OpenMode::ReadOnly);
    QVERIFY(db);
    const std::int64_t audits = (*db)->queryInt("SELECT count(*) FROM audit").value_or(-1);
    const Outcome outcome = runAtelier(args);
    QCOMPARE(outcome.exitCode, exitCode);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(messagePart), qPrintable(outcome.err));
    QCOMPARE((*db)->queryInt("SELECT count(*) FROM audit").value_or(-1), audits);
}

QTEST_GUILESS_MAIN(TestModelCli)
#include "tst_model_cli.moc"
