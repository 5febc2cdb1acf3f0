// Tests ModelRegistry and ModelCatalog: versions from a run's artifacts (files and MLflow model
// folders) and from local files, framework and signature detection, metrics at registration,
// stages with history, aliases, and bad input that leaves the store as it was.
#include "core/models/model_catalog.h"
#include "core/models/model_registry.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/tracking_store.h"
#include "core/tracking/tracking_types.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

QString sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// An MLmodel as MLflow 2.x writes it for scikit-learn: the signature's inputs are long enough
// that PyYAML folds the quoted JSON onto a second line.
const QByteArray Mlmodel =
    "artifact_path: model\n"
    "flavors:\n"
    "  python_function:\n"
    "    env:\n"
    "      conda: conda.yaml\n"
    "      virtualenv: python_env.yaml\n"
    "    loader_module: mlflow.sklearn\n"
    "    model_path: model.pkl\n"
    "    predict_fn: predict\n"
    "    python_version: 3.11.2\n"
    "  sklearn:\n"
    "    code: null\n"
    "    pickled_model: model.pkl\n"
    "    serialization_format: cloudpickle\n"
    "    sklearn_version: 1.2.1\n"
    "mlflow_version: 2.9.2\n"
    "model_size_bytes: 1234\n"
    "model_uuid: 0f6d3c1e8b9a4b7e9c7d2a1b3c4d5e6f\n"
    "run_id: 5a8c1f0e2d3b4c6a9e7f1d2c3b4a5e6f\n"
    "signature:\n"
    "  inputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float64\", \"shape\": [-1,\n"
    "    4]}}]'\n"
    "  outputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1]}}]'\n"
    "  params: null\n"
    "utc_time_created: '2024-01-15 10:00:00.000000'\n";

} // namespace

class TestModelRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registersAFileArtifact_data();
    void registersAFileArtifact();
    void registersAnMlflowModelFolder();
    void versionsCountUpUnderOneModel();
    void registersALocalFile();
    void stagesKeepTheirHistory();
    void archiveExistingOnlyArchivesTheTargetStage();
    void latestVersionsFollowMlflowsStageOrder();
    void aliasesNameOneVersion();
    void reservedAliasesAreRefused_data();
    void reservedAliasesAreRefused();
    void badInputLeavesTheStoreAsItWas_data();
    void badInputLeavesTheStoreAsItWas();
    void unknownModelsAndVersionsAreNotFound();
    void duplicateModelNamesAreRefused();
    void findsRunsByMlflowIdOrNumber();
    void namePatternsFollowLike();
    void deleteModelIsRefusedWhileDeployed();
    void missingBlobIsReported();

private:
    std::int64_t count(const char *sql) { return m_project->database().queryInt(sql).value_or(-1); }
    void putArtifact(const QString &path, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TrackingStore> m_tracking;
    std::unique_ptr<ArtifactStore> m_artifacts;
    std::unique_ptr<ModelRegistry> m_registry;
    QString m_runUuid;
    std::int64_t m_run = 0;
};

void TestModelRegistry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("project")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    m_project = std::move(*project);
    m_tracking = std::make_unique<TrackingStore>(m_project->database(), m_project->audit());
    m_artifacts = std::make_unique<ArtifactStore>(m_project->database(), m_project->blobs(), m_project->audit());
    m_registry = std::make_unique<ModelRegistry>(m_project->database(), m_project->blobs(), m_project->audit());

    RunCreate create;
    create.runName = QStringLiteral("train-1");
    auto run = m_tracking->createRun(create);
    QVERIFY(run);
    m_runUuid = run->runId;
    m_run = m_tracking->runRowId(m_runUuid).value_or(0);
    LogBatch batch;
    batch.metrics = {{QStringLiteral("loss"), 0.5, 1000, 0}, {QStringLiteral("loss"), 0.25, 2000, 1},
                     {QStringLiteral("accuracy"), 0.9, 2000, 1}, {QStringLiteral("system/gpu_utilization"), 80, 2000, 1}};
    QVERIFY(m_tracking->logBatch(m_runUuid, batch));
}

void TestModelRegistry::cleanup()
{
    m_registry.reset();
    m_artifacts.reset();
    m_tracking.reset();
    m_project.reset();
    m_dir.reset();
}

void TestModelRegistry::putArtifact(const QString &path, const QByteArray &content)
{
    auto stored = m_artifacts->put(m_run, path, content);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
}

void TestModelRegistry::registersAFileArtifact_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("framework");
    QTest::newRow("onnx") << "model/detector.onnx" << "onnx";
    QTest::newRow("pt") << "weights/best.pt" << "pytorch";
    QTest::newRow("pth") << "net.PTH" << "pytorch";
    QTest::newRow("pkl") << "clf.pkl" << "pickle";
    QTest::newRow("joblib") << "clf.joblib" << "joblib";
    QTest::newRow("safetensors") << "model.safetensors" << "safetensors";
    QTest::newRow("json") << "booster.json" << "json";
    QTest::newRow("unknown") << "weights.bin" << "";
}

void TestModelRegistry::registersAFileArtifact()
{
    QFETCH(QString, path);
    QFETCH(QString, framework);
    const QByteArray content = "model bytes of " + path.toUtf8();
    putArtifact(path, content);

    auto version = m_registry->registerFromRun(QStringLiteral("detector"), m_run, path, QStringLiteral("first try"));
    QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
    QCOMPARE(version->modelName, QStringLiteral("detector"));
    QCOMPARE(version->version, 1);
    QCOMPARE(version->sha256, sha256Of(content));
    QCOMPARE(version->size, content.size());
    QCOMPARE(version->content, ModelContent::File);
    QCOMPARE(version->framework, framework);
    QCOMPARE(version->sourcePath, path);
    QCOMPARE(version->runUuid, m_runUuid);
    QCOMPARE(version->runRowId, m_run);
    QCOMPARE(version->stage, ModelStage::None);
    QCOMPARE(version->description, QStringLiteral("first try"));
    QCOMPARE(version->createdBy, m_project->audit().actor());
    QVERIFY(version->signature.isEmpty());
    // The latest value of each of the model's metrics; system metrics are not the model's.
    QCOMPARE(version->metrics, (QJsonObject{{QStringLiteral("accuracy"), 0.9}, {QStringLiteral("loss"), 0.25}}));
    QVERIFY(QFileInfo::exists(m_project->blobs().pathOf(version->sha256)));

    const QString out = m_dir->filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(out));
    auto exported = m_registry->exportVersion(*version, out);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QCOMPARE(*exported, out + u'/' + QFileInfo(path).fileName());
    QFile file(*exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestModelRegistry::registersAnMlflowModelFolder()
{
    const QByteArray pickle = QByteArray(3000, 'p');
    const QByteArray conda = "name: mlflow-env\n";
    putArtifact(QStringLiteral("model/MLmodel"), Mlmodel);
    putArtifact(QStringLiteral("model/model.pkl"), pickle);
    putArtifact(QStringLiteral("model/conda.yaml"), conda);
    putArtifact(QStringLiteral("model_card.md"), "not part of the folder");

    auto version = m_registry->registerFromRun(QStringLiteral("iris"), m_run, QStringLiteral("model"));
    QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
    QCOMPARE(version->content, ModelContent::Folder);
    QCOMPARE(version->framework, QStringLiteral("sklearn"));
    QCOMPARE(version->size, Mlmodel.size() + pickle.size() + conda.size());
    const QJsonArray inputs = version->signature.value(QStringLiteral("inputs")).toArray();
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs[0][QStringLiteral("tensor-spec")][QStringLiteral("shape")].toArray(), (QJsonArray{-1, 4}));
    QCOMPARE(inputs[0][QStringLiteral("tensor-spec")][QStringLiteral("dtype")].toString(), QStringLiteral("float64"));
    QCOMPARE(version->signature.value(QStringLiteral("outputs")).toArray()[0][QStringLiteral("tensor-spec")]
                 [QStringLiteral("dtype")].toString(),
             QStringLiteral("int64"));
    QVERIFY(!version->signature.contains(QStringLiteral("params")));

    // The folder comes back whole, file for file.
    const QString out = m_dir->filePath(QStringLiteral("export"));
    QVERIFY(QDir().mkpath(out));
    auto exported = m_registry->exportVersion(*version, out);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QCOMPARE(*exported, out + QStringLiteral("/model"));
    QCOMPARE(QDir(*exported).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"), QStringLiteral("model.pkl")}));
    QFile file(*exported + QStringLiteral("/model.pkl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pickle);
    QVERIFY(!m_registry->exportVersion(*version, out)); // never over an existing folder
}

void TestModelRegistry::versionsCountUpUnderOneModel()
{
    putArtifact(QStringLiteral("model.onnx"), "v");
    const std::int64_t auditBefore = count("SELECT count(*) FROM audit");
    for (int expected = 1; expected <= 3; ++expected) {
        auto version = m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx"));
        QVERIFY(version);
        QCOMPARE(version->version, expected);
    }
    QCOMPARE(count("SELECT count(*) FROM model"), 1);
    QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'model.create'"), 1);
    QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'model_version.create'"), 3);
    QCOMPARE(count("SELECT count(*) FROM audit"), auditBefore + 4);
    auto model = m_registry->catalog().model(QStringLiteral("detector"));
    QVERIFY(model);
    QCOMPARE(model->versionCount, 3);
    QCOMPARE(model->latestVersion, 3);
    auto versions = m_registry->catalog().versions({QStringLiteral("detector"), {}, false, {}});
    QVERIFY(versions);
    QCOMPARE(versions->size(), 3);
    QCOMPARE(versions->constFirst().version, 3); // newest first
}

void TestModelRegistry::registersALocalFile()
{
    const QString path = m_dir->filePath(QStringLiteral("exported.onnx"));
    QByteArray content(2 * 1024 * 1024 + 5, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 31 % 251);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    auto version = m_registry->registerLocal(QStringLiteral("imported"), path);
    QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
    QCOMPARE(version->sha256, sha256Of(content));
    QCOMPARE(version->size, content.size());
    QCOMPARE(version->framework, QStringLiteral("onnx"));
    QCOMPARE(version->sourcePath, QFileInfo(path).absoluteFilePath());
    QVERIFY(!version->runRowId);
    QVERIFY(version->runUuid.isEmpty());
    QVERIFY(version->metrics.isEmpty());
    auto stored = m_project->blobs().get(version->sha256);
    QVERIFY(stored);
    QCOMPARE(*stored, content);
}

void TestModelRegistry::stagesKeepTheirHistory()
{
    putArtifact(QStringLiteral("model.onnx"), "v");
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx")));
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 1, ModelStage::Production));
    auto moved = m_registry->transitionStage(QStringLiteral("detector"), 2, ModelStage::Production, true,
                                             QStringLiteral("better mAP"));
    QVERIFY(moved);
    QCOMPARE(moved->stage, ModelStage::Production);
    QCOMPARE(m_registry->catalog().version(QStringLiteral("detector"), 1)->stage, ModelStage::Archived);

    auto first = m_registry->catalog().stageHistory(QStringLiteral("detector"), 1);
    QVERIFY(first);
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).stage, ModelStage::None);
    QCOMPARE(first->at(0).comment, QStringLiteral("registered"));
    QCOMPARE(first->at(1).stage, ModelStage::Production);
    QCOMPARE(first->at(2).stage, ModelStage::Archived);
    QCOMPARE(first->at(2).actor, m_project->audit().actor());
    QVERIFY(first->at(2).comment.contains(QStringLiteral("version 2")));
    auto second = m_registry->catalog().stageHistory(QStringLiteral("detector"), 2);
    QVERIFY(second);
    QCOMPARE(second->size(), 2);
    QCOMPARE(second->at(1).comment, QStringLiteral("better mAP"));
    QVERIFY(!second->at(1).at.isEmpty());
    QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'model_version.stage'"), 2);
    auto audit = m_project->audit().entries(1, QStringLiteral("model_version"));
    QVERIFY(audit);
    QCOMPARE(audit->constFirst().detail.value(QStringLiteral("archived")).toArray(), QJsonArray{1});
}

void TestModelRegistry::archiveExistingOnlyArchivesTheTargetStage()
{
    putArtifact(QStringLiteral("model.onnx"), "v");
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx")));
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 1, ModelStage::Staging));
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 2, ModelStage::Production));
    // Archiving version 3 with archive_existing moves nobody else: only staging and production do.
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 3, ModelStage::Archived, true));
    QCOMPARE(m_registry->catalog().version(QStringLiteral("detector"), 1)->stage, ModelStage::Staging);
    QCOMPARE(m_registry->catalog().version(QStringLiteral("detector"), 2)->stage, ModelStage::Production);
    // Without archive_existing two versions may share a stage.
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 3, ModelStage::Staging, false));
    QCOMPARE(m_registry->catalog().version(QStringLiteral("detector"), 1)->stage, ModelStage::Staging);
}

void TestModelRegistry::latestVersionsFollowMlflowsStageOrder()
{
    putArtifact(QStringLiteral("model.onnx"), "v");
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx")));
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 1, ModelStage::Production));
    QVERIFY(m_registry->transitionStage(QStringLiteral("detector"), 2, ModelStage::Staging));
    auto latest = m_registry->catalog().latestVersions(QStringLiteral("detector"));
    QVERIFY(latest);
    QCOMPARE(latest->size(), 3);
    QCOMPARE(latest->at(0).version, 4); // None
    QCOMPARE(latest->at(1).version, 2); // Staging
    QCOMPARE(latest->at(2).version, 1); // Production
    auto production = m_registry->catalog().latestVersions(QStringLiteral("detector"), {ModelStage::Production,
                                                                                         ModelStage::Archived});
    QVERIFY(production);
    QCOMPARE(production->size(), 1);
    QCOMPARE(production->constFirst().version, 1);
}

void TestModelRegistry::aliasesNameOneVersion()
{
    putArtifact(QStringLiteral("model.onnx"), "v");
    for (int i = 0; i < 2; ++i)
        QVERIFY(m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx")));
    QVERIFY(m_registry->setAlias(QStringLiteral("detector"), QStringLiteral("champion"), 1));
    QVERIFY(m_registry->setAlias(QStringLiteral("detector"), QStringLiteral("challenger"), 2));
    QCOMPARE(m_registry->catalog().versionByAlias(QStringLiteral("detector"), QStringLiteral("champion"))->version, 1);
    QVERIFY(m_registry->setAlias(QStringLiteral("detector"), QStringLiteral("champion"), 2)); // moves it
    auto champion = m_registry->catalog().versionByAlias(QStringLiteral("detector"), QStringLiteral("champion"));
    QVERIFY(champion);
    QCOMPARE(champion->version, 2);
    QCOMPARE(champion->aliases, (QStringList{QStringLiteral("challenger"), QStringLiteral("champion")}));
    QVERIFY(m_registry->catalog().version(QStringLiteral("detector"), 1)->aliases.isEmpty());
    QCOMPARE(m_registry->catalog().model(QStringLiteral("detector"))->aliases,
             (QList<ModelAlias>{{QStringLiteral("challenger"), 2}, {QStringLiteral("champion"), 2}}));

    QVERIFY(m_registry->deleteAlias(QStringLiteral("detector"), QStringLiteral("champion")));
    auto gone = m_registry->catalog().versionByAlias(QStringLiteral("detector"), QStringLiteral("champion"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, TrackingError::ResourceDoesNotExist);
    const std::int64_t audits = count("SELECT count(*) FROM audit");
    QVERIFY(m_registry->deleteAlias(QStringLiteral("detector"), QStringLiteral("champion"))); // as MLflow: no error
    QCOMPARE(count("SELECT count(*) FROM audit"), audits);
    QCOMPARE(count("SELECT count(*) FROM audit WHERE action LIKE 'model.alias.%'"), 4);
    QVERIFY(!m_registry->setAlias(QStringLiteral("detector"), QStringLiteral("next"), 7));
}

void TestModelRegistry::reservedAliasesAreRefused_data()
{
    QTest::addColumn<QString>("alias");
    QTest::newRow("latest") << "latest";
    QTest::newRow("Latest") << "Latest";
    QTest::newRow("v3") << "v3";
    QTest::newRow("V12") << "V12";
    QTest::newRow("empty") << "";
    QTest::newRow("too long") << QString(256, u'a');
}

void TestModelRegistry::reservedAliasesAreRefused()
{
    QFETCH(QString, alias);
    putArtifact(QStringLiteral("model.onnx"), "v");
    QVERIFY(m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx")));
    auto set = m_registry->setAlias(QStringLiteral("detector"), alias, 1);
    QVERIFY(!set);
    QCOMPARE(set.error().code, TrackingError::InvalidParameterValue);
    QCOMPARE(count("SELECT count(*) FROM model_alias"), 0);
}

void TestModelRegistry::badInputLeavesTheStoreAsItWas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("run"); // 0: the test's run; -1: register the local path instead
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown run") << "detector" << qint64(999) << "model.onnx" << TrackingError::ResourceDoesNotExist
                                 << "999";
    QTest::newRow("artifact not in the run") << "detector" << qint64(0) << "other.onnx"
                                             << TrackingError::ResourceDoesNotExist << "other.onnx";
    QTest::newRow("path leaving the run") << "detector" << qint64(0) << "../model.onnx"
                                          << TrackingError::InvalidParameterValue << "..";
    QTest::newRow("empty model name") << "  " << qint64(0) << "model.onnx" << TrackingError::InvalidParameterValue
                                      << "name";
    QTest::newRow("missing local file") << "detector" << qint64(-1) << "/nonexistent/model.onnx" << QString()
                                        << "/nonexistent/model.onnx";
}

void TestModelRegistry::badInputLeavesTheStoreAsItWas()
{
    QFETCH(QString, name);
    QFETCH(qint64, run);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    putArtifact(QStringLiteral("model.onnx"), "v");
    const std::int64_t audits = count("SELECT count(*) FROM audit");
    auto version = run < 0 ? m_registry->registerLocal(name, path)
                           : m_registry->registerFromRun(name, run == 0 ? m_run : run, path);
    QVERIFY(!version);
    QCOMPARE(version.error().code, code);
    QVERIFY2(version.error().message.contains(messagePart), qPrintable(version.error().message));
    QCOMPARE(count("SELECT count(*) FROM model"), 0);
    QCOMPARE(count("SELECT count(*) FROM model_version"), 0);
    QCOMPARE(count("SELECT count(*) FROM audit"), audits);
}

void TestModelRegistry::unknownModelsAndVersionsAreNotFound()
{
    QVERIFY(!modelStageFromName(QStringLiteral("prod")));
    QCOMPARE(modelStageFromName(QStringLiteral("Production")), ModelStage::Production);
    auto model = m_registry->catalog().model(QStringLiteral("nothing"));
    QVERIFY(!model);
    QCOMPARE(model.error().code, TrackingError::ResourceDoesNotExist);
    putArtifact(QStringLiteral("model.onnx"), "v");
    QVERIFY(m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx")));
    auto version = m_registry->transitionStage(QStringLiteral("detector"), 2, ModelStage::Staging);
    QVERIFY(!version);
    QCOMPARE(version.error().code, TrackingError::ResourceDoesNotExist);
    QVERIFY(version.error().message.contains(QStringLiteral("version=2")));
    auto unknownModel = m_registry->transitionStage(QStringLiteral("nothing"), 1, ModelStage::Staging);
    QVERIFY(!unknownModel);
    QVERIFY(unknownModel.error().message.contains(QStringLiteral("nothing")));
    QCOMPARE(count("SELECT count(*) FROM model_version_stage"), 1);
}

void TestModelRegistry::duplicateModelNamesAreRefused()
{
    auto created = m_registry->createModel(QStringLiteral("detector"), QStringLiteral("boxes"));
    QVERIFY(created);
    QCOMPARE(created->description, QStringLiteral("boxes"));
    QCOMPARE(created->versionCount, 0);
    auto again = m_registry->createModel(QStringLiteral("detector"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, TrackingError::ResourceAlreadyExists);
    QCOMPARE(count("SELECT count(*) FROM model"), 1);
}

void TestModelRegistry::findsRunsByMlflowIdOrNumber()
{
    QCOMPARE(m_registry->catalog().findRun(m_runUuid).value_or(-1), m_run);
    QCOMPARE(m_registry->catalog().findRun(QString::number(m_run)).value_or(-1), m_run);
    auto unknown = m_registry->catalog().findRun(QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, TrackingError::ResourceDoesNotExist);
    QVERIFY(!m_registry->catalog().findRun(QStringLiteral("4242")));
}

void TestModelRegistry::namePatternsFollowLike()
{
    for (const char *name : {"detector", "Detector-large", "segmenter"})
        QVERIFY(m_registry->createModel(QString::fromLatin1(name)));
    auto names = [this](const QString &pattern, bool caseInsensitive) {
        QStringList list;
        for (const ModelRecord &model : m_registry->catalog().models(pattern, caseInsensitive).value_or(QList<ModelRecord>{}))
            list.append(model.name);
        return list;
    };
    QCOMPARE(names(QStringLiteral("det%"), false), QStringList{QStringLiteral("detector")});
    QCOMPARE(names(QStringLiteral("det%"), true), (QStringList{QStringLiteral("Detector-large"), QStringLiteral("detector")}));
    QCOMPARE(names(QStringLiteral("%ment_r"), false), QStringList{QStringLiteral("segmenter")});
    QCOMPARE(names(QStringLiteral("d.tector"), false), QStringList{}); // '.' is literal
    QCOMPARE(names(QString(), false).size(), 3);
}

void TestModelRegistry::deleteModelIsRefusedWhileDeployed()
{
    putArtifact(QStringLiteral("model.onnx"), "v");
    auto version = m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx"));
    QVERIFY(version);
    QVERIFY(m_registry->setAlias(QStringLiteral("detector"), QStringLiteral("champion"), 1));
    Database &db = m_project->database();
    QVERIFY(db.execute("INSERT INTO deployment(name, model_version_id, target_id, created_at) "
                       "SELECT 'api', ?, id, 'now' FROM compute_target WHERE name = 'local'",
                       version->id));
    auto refused = m_registry->deleteModel(QStringLiteral("detector"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("deploy")));
    QCOMPARE(count("SELECT count(*) FROM model_version"), 1);

    QVERIFY(db.execute("DELETE FROM deployment"));
    QVERIFY(m_registry->deleteModel(QStringLiteral("detector")));
    QCOMPARE(count("SELECT count(*) FROM model"), 0);
    QCOMPARE(count("SELECT count(*) FROM model_version"), 0);
    QCOMPARE(count("SELECT count(*) FROM model_version_stage"), 0);
    QCOMPARE(count("SELECT count(*) FROM model_alias"), 0);
    QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'model.delete'"), 1);
}

void TestModelRegistry::missingBlobIsReported()
{
    putArtifact(QStringLiteral("model.onnx"), "lost bytes");
    QVERIFY(QFile::remove(m_project->blobs().pathOf(sha256Of("lost bytes"))));
    auto version = m_registry->registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model.onnx"));
    QVERIFY(!version);
    QVERIFY2(version.error().message.contains(QStringLiteral("blobs")), qPrintable(version.error().message));
    QCOMPARE(count("SELECT count(*) FROM model"), 0);
}

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_model_registry.moc"
