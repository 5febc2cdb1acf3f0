// Tests LineageGraph on a store built through the real APIs: the demo project's import, a dataset
// version, a job, its run, a registered model version and a deployment; the graph from the
// deployment reaches the dataset version and the JSON export lists every edge, exactly.
#include "core/compute/job_spec.h"
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/models/lineage_graph.h"
#include "core/models/model_registry.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/tracking_store.h"
#include "core/tracking/tracking_types.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

QString key(const char *kind, std::int64_t id)
{
    return QString::fromLatin1(kind) + u':' + QString::number(id);
}

// "from -relation-> to", as edgeTexts writes each edge.
QString edge(const QString &from, const QString &relation, const QString &to)
{
    return from + QStringLiteral(" -") + relation + QStringLiteral("-> ") + to;
}

QString edge(const QString &from, const char *relation, const QString &to)
{
    return edge(from, QString::fromLatin1(relation), to);
}

QStringList edgeTexts(const QList<LineageEdge> &edges)
{
    QStringList texts;
    for (const LineageEdge &e : edges)
        texts.append(edge(e.from, e.relation, e.to));
    return texts;
}

QStringList nodeKeys(const LineageGraph &graph)
{
    QStringList keys;
    for (const LineageNode &node : graph.nodes())
        keys.append(node.key());
    return keys;
}

} // namespace

class TestLineageGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upstreamOfTheDeploymentReachesTheDatasetVersion();
    void jsonExportListsEveryEdge();
    void downstreamOfTheDatasetFollowsBothJobLinks();
    void bothIsUpstreamAndDownstreamNotTheComponent();
    void predictionSetsJoinTheGraph();
    void resolvesNamesAndIds_data();
    void resolvesNamesAndIds();
    void badNodesAreRefused_data();
    void badNodesAreRefused();

private:
    Result<LineageGraph> graph(const char *kind, std::int64_t id, LineageDirection direction)
    {
        return LineageGraph::load(m_project->database(), QString::fromLatin1(kind), id, direction);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::int64_t m_dataset = 0;
    std::int64_t m_version1 = 0;
    std::int64_t m_version2 = 0;
    std::int64_t m_job = 0;
    std::int64_t m_run = 0;
    std::int64_t m_laterRun = 0; // started by the same job on a retry: linked by run.job_id only
    QString m_runUuid;
    std::int64_t m_model = 0;
    std::int64_t m_modelVersion = 0;
    std::int64_t m_laterVersion = 0;
    std::int64_t m_deployment = 0;
};

void TestLineageGraph::initTestCase()
{
    TaskContext context;
    auto project = DemoProject::create(m_dir.filePath(QStringLiteral("demo")), context);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    m_project = std::move(*project);
    Database &db = m_project->database();
    m_dataset = db.queryInt("SELECT id FROM dataset WHERE name = ?", DemoProject::datasetName()).value_or(0);

    DatasetVersions versions(db, m_project->audit(), m_project->blobs());
    QVERIFY(versions.create(m_dataset, QStringLiteral("baseline")));
    QVERIFY(versions.create(m_dataset, QStringLiteral("relabelled")));
    m_version1 = db.queryInt("SELECT id FROM dataset_version WHERE dataset_id = ? AND number = 1", m_dataset).value_or(0);
    m_version2 = db.queryInt("SELECT id FROM dataset_version WHERE dataset_id = ? AND number = 2", m_dataset).value_or(0);

    TargetStore targets(db, m_project->audit());
    auto target = targets.add(QStringLiteral("workstation"), QStringLiteral("local"));
    QVERIFY(target);
    JobStore jobs(db, m_project->audit());
    JobSpec spec;
    spec.name = QStringLiteral("train detector");
    spec.command = {QStringLiteral("python3"), QStringLiteral("train.py")};
    spec.target = QStringLiteral("workstation");
    spec.datasetVersionId = m_version1;
    auto job = jobs.create(spec, *target, m_project->folder() + QStringLiteral("/jobs"));
    QVERIFY2(job, qPrintable(job ? QString() : job.error().toString()));
    m_job = *job;

    TrackingStore tracking(db, m_project->audit());
    RunCreate create;
    create.runName = QStringLiteral("detector-lr3e-4");
    create.provenance.jobId = m_job;
    create.provenance.datasetVersionId = m_version1;
    auto run = tracking.createRun(create);
    QVERIFY(run);
    m_runUuid = run->runId;
    m_run = tracking.runRowId(m_runUuid).value_or(0);
    QVERIFY(jobs.setRun(m_job, m_run));
    RunCreate retry;
    retry.runName = QStringLiteral("detector-retry");
    retry.provenance.jobId = m_job;
    auto laterRun = tracking.createRun(retry);
    QVERIFY(laterRun);
    m_laterRun = tracking.runRowId(laterRun->runId).value_or(0);

    ArtifactStore artifacts(db, m_project->blobs(), m_project->audit());
    QVERIFY(artifacts.put(m_run, QStringLiteral("model/detector.onnx"), "onnx bytes"));
    QVERIFY(artifacts.put(m_laterRun, QStringLiteral("model/detector.onnx"), "better onnx bytes"));
    ModelRegistry registry(db, m_project->blobs(), m_project->audit());
    auto version = registry.registerFromRun(QStringLiteral("detector"), m_run, QStringLiteral("model/detector.onnx"));
    QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
    m_modelVersion = version->id;
    m_model = version->modelId;
    auto later = registry.registerFromRun(QStringLiteral("detector"), m_laterRun, QStringLiteral("model/detector.onnx"));
    QVERIFY(later);
    m_laterVersion = later->id;

    // A deployment as core/serving makes one: the row and its route (weight 100).
    QVERIFY(db.execute("INSERT INTO deployment(name, model_version_id, target_id, created_at) "
                       "VALUES ('detector-api', ?, ?, '2024-01-15T10:00:00.000Z')",
                       m_modelVersion, *target));
    m_deployment = db.lastInsertId();
    QVERIFY(db.execute("INSERT INTO deployment_route(deployment_id, model_version_id, weight) VALUES (?, ?, 100)",
                       m_deployment, m_modelVersion));
}

void TestLineageGraph::upstreamOfTheDeploymentReachesTheDatasetVersion()
{
    auto lineage = graph("deployment", m_deployment, LineageDirection::Upstream);
    QVERIFY2(lineage, qPrintable(lineage ? QString() : lineage.error().toString()));
    QCOMPARE(lineage->rootKey(), key("deployment", m_deployment));
    QCOMPARE(nodeKeys(*lineage), (QStringList{key("dataset", m_dataset), key("dataset_version", m_version1),
                                              key("job", m_job), key("run", m_run), key("model", m_model),
                                              key("model_version", m_modelVersion), key("deployment", m_deployment)}));
    // The route and the deployment row name the same version: one edge.
    QCOMPARE(edgeTexts(lineage->edges()),
             (QStringList{edge(key("dataset", m_dataset), "version", key("dataset_version", m_version1)),
                          edge(key("dataset_version", m_version1), "input", key("job", m_job)),
                          edge(key("dataset_version", m_version1), "input", key("run", m_run)),
                          edge(key("job", m_job), "run", key("run", m_run)),
                          edge(key("run", m_run), "output", key("model_version", m_modelVersion)),
                          edge(key("model", m_model), "version", key("model_version", m_modelVersion)),
                          edge(key("model_version", m_modelVersion), "deployment", key("deployment", m_deployment))}));

    const LineageNode *version = lineage->node(key("dataset_version", m_version1));
    QVERIFY(version);
    QCOMPARE(version->label, QStringLiteral("shapes v1"));
    QCOMPARE(version->detail.value(QStringLiteral("message")).toString(), QStringLiteral("baseline"));
    const LineageNode *run = lineage->node(key("run", m_run));
    QVERIFY(run);
    QCOMPARE(run->label, QStringLiteral("detector-lr3e-4"));
    QCOMPARE(run->state, QStringLiteral("RUNNING"));
    QCOMPARE(run->detail.value(QStringLiteral("run_id")).toString(), m_runUuid);
    QCOMPARE(lineage->node(key("job", m_job))->state, QStringLiteral("queued"));
    QCOMPARE(lineage->node(key("model_version", m_modelVersion))->label, QStringLiteral("detector v1"));
    QCOMPARE(lineage->node(key("model_version", m_modelVersion))->state, QStringLiteral("none"));
    QCOMPARE(lineage->node(key("model_version", m_modelVersion))->detail.value(QStringLiteral("framework")).toString(),
             QStringLiteral("onnx"));
    QCOMPARE(lineage->node(key("deployment", m_deployment))->label, QStringLiteral("detector-api"));
    QCOMPARE(lineage->node(key("deployment", m_deployment))->state, QStringLiteral("starting"));
    QVERIFY(!lineage->contains(key("dataset_version", m_version2)));
    QVERIFY(!lineage->contains(key("model_version", m_laterVersion)));
}

void TestLineageGraph::jsonExportListsEveryEdge()
{
    auto lineage = graph("deployment", m_deployment, LineageDirection::Upstream);
    QVERIFY(lineage);
    const QJsonObject json = lineage->toJson();
    QCOMPARE(json.value(QStringLiteral("root")).toString(), key("deployment", m_deployment));
    QCOMPARE(json.value(QStringLiteral("direction")).toString(), QStringLiteral("up"));
    const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
    QCOMPARE(edges.size(), 7);
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const LineageEdge &edge = lineage->edges().at(i);
        QCOMPARE(edges[i].toObject(), (QJsonObject{{QStringLiteral("from"), edge.from},
                                                   {QStringLiteral("to"), edge.to},
                                                   {QStringLiteral("relation"), edge.relation}}));
    }
    const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(nodes.size(), 7);
    const QJsonObject first = nodes.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), key("dataset", m_dataset));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("dataset"));
    QCOMPARE(first.value(QStringLiteral("row_id")).toInteger(), m_dataset);
    QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("shapes"));
    QVERIFY(first.value(QStringLiteral("detail")).toObject().contains(QStringLiteral("root_path")));
}

void TestLineageGraph::downstreamOfTheDatasetFollowsBothJobLinks()
{
    auto lineage = graph("dataset", m_dataset, LineageDirection::Downstream);
    QVERIFY(lineage);
    QCOMPARE(nodeKeys(*lineage),
             (QStringList{key("dataset", m_dataset), key("dataset_version", m_version1), key("dataset_version", m_version2),
                          key("job", m_job), key("run", m_run), key("run", m_laterRun),
                          key("model_version", m_modelVersion), key("model_version", m_laterVersion),
                          key("deployment", m_deployment)}));
    // The retry's run is linked by run.job_id alone; the first by both job.run_id and run.job_id.
    const QStringList edges = edgeTexts(lineage->edges());
    QVERIFY(edges.contains(edge(key("job", m_job), "run", key("run", m_laterRun))));
    QCOMPARE(edges.count(edge(key("job", m_job), "run", key("run", m_run))), 1);
    QCOMPARE(edges.size(), 9);
    QVERIFY(!lineage->contains(key("model", m_model))); // the model is upstream of its versions
}

void TestLineageGraph::bothIsUpstreamAndDownstreamNotTheComponent()
{
    auto lineage = graph("run", m_run, LineageDirection::Both);
    QVERIFY(lineage);
    QCOMPARE(nodeKeys(*lineage), (QStringList{key("dataset", m_dataset), key("dataset_version", m_version1),
                                              key("job", m_job), key("run", m_run),
                                              key("model_version", m_modelVersion), key("deployment", m_deployment)}));
    QCOMPARE(lineage->edges().size(), 6);
    auto up = graph("run", m_run, LineageDirection::Upstream);
    auto down = graph("run", m_run, LineageDirection::Downstream);
    QVERIFY(up && down);
    QCOMPARE(up->edges().size() + down->edges().size(), lineage->edges().size());
}

void TestLineageGraph::predictionSetsJoinTheGraph()
{
    Database &db = m_project->database();
    QVERIFY(db.execute("INSERT INTO prediction_set(model_version_id, dataset_version_id, blob_sha256, created_at) "
                       "VALUES (?, ?, 'abc', '2024-01-16T00:00:00.000Z')",
                       m_modelVersion, m_version2));
    const std::int64_t predictions = db.lastInsertId();
    auto lineage = graph("prediction_set", predictions, LineageDirection::Upstream);
    QVERIFY(lineage);
    const QStringList edges = edgeTexts(lineage->edges());
    QVERIFY(edges.contains(edge(key("model_version", m_modelVersion), "predictions", key("prediction_set", predictions))));
    QVERIFY(edges.contains(edge(key("dataset_version", m_version2), "input", key("prediction_set", predictions))));
    QVERIFY(lineage->contains(key("dataset_version", m_version1))); // through the model's run
    QCOMPARE(lineage->node(key("prediction_set", predictions))->label, QStringLiteral("predictions %1").arg(predictions));
    QVERIFY(db.execute("DELETE FROM prediction_set"));
}

void TestLineageGraph::resolvesNamesAndIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("label");
    QTest::newRow("deployment by name") << "deployment:detector-api" << QStringLiteral("deployment:%1").arg(m_deployment)
                                        << "detector-api";
    QTest::newRow("deployment by id") << QStringLiteral("deployment:%1").arg(m_deployment)
                                      << QStringLiteral("deployment:%1").arg(m_deployment) << "detector-api";
    QTest::newRow("run by MLflow id") << QStringLiteral("run:") + m_runUuid << QStringLiteral("run:%1").arg(m_run)
                                      << "detector-lr3e-4";
    QTest::newRow("model version by name") << "model_version:detector/2"
                                           << QStringLiteral("model_version:%1").arg(m_laterVersion) << "detector v2";
    QTest::newRow("dataset version by name") << "dataset_version:shapes/2"
                                             << QStringLiteral("dataset_version:%1").arg(m_version2) << "shapes v2";
    QTest::newRow("dataset by name") << "dataset:shapes" << QStringLiteral("dataset:%1").arg(m_dataset) << "shapes";
    QTest::newRow("model by name") << "model:detector" << QStringLiteral("model:%1").arg(m_model) << "detector";
}

void TestLineageGraph::resolvesNamesAndIds()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedKey);
    QFETCH(QString, label);
    auto node = LineageGraph::resolve(m_project->database(), text);
    QVERIFY2(node, qPrintable(node ? QString() : node.error().toString()));
    QCOMPARE(node->key(), expectedKey);
    QCOMPARE(node->label, label);
}

void TestLineageGraph::badNodesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown kind") << "experiment:1" << TrackingError::InvalidParameterValue << "dataset_version";
    QTest::newRow("no id") << "run:" << TrackingError::InvalidParameterValue << "KIND:ID";
    QTest::newRow("no colon") << "run" << TrackingError::InvalidParameterValue << "KIND:ID";
    QTest::newRow("missing row") << "job:9999" << TrackingError::ResourceDoesNotExist << "9999";
    QTest::newRow("missing name") << "model:nothing" << TrackingError::ResourceDoesNotExist << "nothing";
    QTest::newRow("version without number") << "model_version:detector" << TrackingError::InvalidParameterValue
                                            << "NAME/NUMBER";
    QTest::newRow("job by name") << "job:train" << TrackingError::ResourceDoesNotExist << "train";
}

void TestLineageGraph::badNodesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    auto node = LineageGraph::resolve(m_project->database(), text);
    QVERIFY(!node);
    QCOMPARE(node.error().code, code);
    QVERIFY2(node.error().message.contains(messagePart), qPrintable(node.error().message));
    QVERIFY(!LineageGraph::directionFromName(QStringLiteral("sideways")));
}

QTEST_GUILESS_MAIN(TestLineageGraph)
#include "tst_lineage_graph.moc"
