// Tests the model registry endpoints of the built-in MLflow server over real HTTP on 127.0.0.1,
// with the requests MLflow's RestStore sends (model_registry.proto, rest_store.py), field by field.
#include "mlflow_http.h"

#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tracking/mlflow_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;
using atelier::testing::HttpReply;
using atelier::testing::MlflowHttp;

namespace {

const QByteArray Mlmodel = "artifact_path: model\n"
                           "flavors:\n"
                           "  python_function:\n"
                           "    loader_module: mlflow.sklearn\n"
                           "    model_path: model.pkl\n"
                           "  sklearn:\n"
                           "    pickled_model: model.pkl\n"
                           "mlflow_version: 2.9.2\n"
                           "signature:\n"
                           "  inputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float64\", \"shape\": [-1, 4]}}]'\n"
                           "  outputs: '[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"int64\", \"shape\": [-1]}}]'\n";

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QJsonObject versionOf(const HttpReply &reply)
{
    return reply.json[QStringLiteral("model_version")].toObject();
}

} // namespace

class TestMlflowRegistryRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void registeredModelCreateGetUpdateDelete();
    void modelVersionFromTheRunsArtifacts();
    void transitionStageAndLatestVersions();
    void aliasesSetGetDelete();
    void searchesFilterOrderAndPage();
    void badRequestsGetMlflowErrors_data();
    void badRequestsGetMlflowErrors();

private:
    // A run of the Default experiment with an MLflow model folder under "model" and two metrics,
    // made as the client makes it: runs/create, log-batch, artifact uploads.
    QString runWithModel();
    HttpReply createModel(const QString &name);
    HttpReply createVersion(const QString &name, const QString &source, const QString &runId);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    MlflowServer m_server;
    std::unique_ptr<MlflowHttp> m_http;
    qint64 m_startedAt = 0;
};

void TestMlflowRegistryRest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto project = Project::create(m_dir.path());
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    m_project = std::move(*project);
    auto port = m_server.start(m_dir.path(), 0);
    QVERIFY2(port, qPrintable(port ? QString() : port.error().toString()));
    m_http = std::make_unique<MlflowHttp>(m_server.url());
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
}

void TestMlflowRegistryRest::cleanupTestCase()
{
    m_server.stop();
}

QString TestMlflowRegistryRest::runWithModel()
{
    const HttpReply created = m_http->post(QStringLiteral("runs/create"),
        {{QStringLiteral("experiment_id"), QStringLiteral("0")}, {QStringLiteral("start_time"), qint64(1700000000000)}});
    const QString runId = created.json[QStringLiteral("run")][QStringLiteral("info")][QStringLiteral("run_id")].toString();
    const QJsonArray metrics{QJsonObject{{QStringLiteral("key"), QStringLiteral("accuracy")}, {QStringLiteral("value"), 0.96},
                                         {QStringLiteral("timestamp"), qint64(1700000001000)}, {QStringLiteral("step"), 3}}};
    if (m_http->post(QStringLiteral("runs/log-batch"), {{QStringLiteral("run_id"), runId}, {QStringLiteral("metrics"), metrics}})
            .status != 200)
        qWarning() << "log-batch failed";
    const QString root = QStringLiteral("/api/2.0/mlflow-artifacts/artifacts/0/%1/artifacts/model/").arg(runId);
    for (const auto &[name, content] : {std::pair{QStringLiteral("MLmodel"), Mlmodel},
                                        std::pair{QStringLiteral("model.pkl"), QByteArray(512, 'k')}}) {
        if (m_http->send("PUT", root + name, content, "application/octet-stream").status != 200)
            qWarning() << "upload failed:" << name;
    }
    return runId;
}

HttpReply TestMlflowRegistryRest::createModel(const QString &name)
{
    // RestStore.create_registered_model with no tags and no description sends the name alone.
    return m_http->post(QStringLiteral("registered-models/create"), {{QStringLiteral("name"), name}});
}

HttpReply TestMlflowRegistryRest::createVersion(const QString &name, const QString &source, const QString &runId)
{
    return m_http->post(QStringLiteral("model-versions/create"),
                        {{QStringLiteral("name"), name}, {QStringLiteral("source"), source}, {QStringLiteral("run_id"), runId}});
}

void TestMlflowRegistryRest::registeredModelCreateGetUpdateDelete()
{
    const HttpReply created = m_http->post(QStringLiteral("registered-models/create"),
        {{QStringLiteral("name"), QStringLiteral("detector")}, {QStringLiteral("description"), QStringLiteral("boxes")}});
    QCOMPARE(created.status, 200);
    const QJsonObject model = created.json[QStringLiteral("registered_model")].toObject();
    QCOMPARE(model[QStringLiteral("name")].toString(), QStringLiteral("detector"));
    QCOMPARE(model[QStringLiteral("description")].toString(), QStringLiteral("boxes"));
    const qint64 creation = model[QStringLiteral("creation_timestamp")].toInteger();
    QVERIFY(creation >= m_startedAt && creation <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(model[QStringLiteral("last_updated_timestamp")].toInteger(), creation);
    QVERIFY(!model.contains(QStringLiteral("latest_versions"))); // empty repeated fields are left out
    QVERIFY(!model.contains(QStringLiteral("aliases")));

    const HttpReply again = createModel(QStringLiteral("detector"));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_ALREADY_EXISTS"));
    QVERIFY(again.json[QStringLiteral("message")].toString().contains(QStringLiteral("detector")));

    const HttpReply got = m_http->get(QStringLiteral("registered-models/get"), QStringLiteral("name=detector"));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json[QStringLiteral("registered_model")].toObject(), model);

    const HttpReply updated = m_http->send("PATCH", QStringLiteral("/api/2.0/mlflow/registered-models/update"),
                                           R"({"name": "detector", "description": "boxes, v2 data"})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json[QStringLiteral("registered_model")][QStringLiteral("description")].toString(),
             QStringLiteral("boxes, v2 data"));
    QVERIFY(updated.json[QStringLiteral("registered_model")][QStringLiteral("last_updated_timestamp")].toInteger() >= creation);

    const HttpReply deleted = m_http->send("DELETE", QStringLiteral("/api/2.0/mlflow/registered-models/delete"),
                                           R"({"name": "detector"})");
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, QJsonObject());
    const HttpReply gone = m_http->get(QStringLiteral("registered-models/get"), QStringLiteral("name=detector"));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
}

void TestMlflowRegistryRest::modelVersionFromTheRunsArtifacts()
{
    const QString runId = runWithModel();
    QCOMPARE(createModel(QStringLiteral("iris")).status, 200);
    // mlflow.register_model("runs:/<id>/model", ...) sends the run's artifact location itself.
    const QString source = QStringLiteral("mlflow-artifacts:/0/%1/artifacts/model").arg(runId);
    const HttpReply first = createVersion(QStringLiteral("iris"), source, runId);
    QCOMPARE(first.status, 200);
    const QJsonObject version = versionOf(first);
    QCOMPARE(version[QStringLiteral("name")].toString(), QStringLiteral("iris"));
    QCOMPARE(version[QStringLiteral("version")].toString(), QStringLiteral("1"));
    QCOMPARE(version[QStringLiteral("current_stage")].toString(), QStringLiteral("None"));
    QCOMPARE(version[QStringLiteral("status")].toString(), QStringLiteral("READY"));
    QCOMPARE(version[QStringLiteral("source")].toString(), source);
    QCOMPARE(version[QStringLiteral("run_id")].toString(), runId);
    QCOMPARE(version[QStringLiteral("description")].toString(), QString());
    QCOMPARE(version[QStringLiteral("user_id")].toString(), m_project->audit().actor());
    QVERIFY(version[QStringLiteral("creation_timestamp")].toInteger() >= m_startedAt);
    QVERIFY(!version.contains(QStringLiteral("aliases")));

    // The runs:/ form names the same artifact; the number counts up.
    const HttpReply second = createVersion(QStringLiteral("iris"), QStringLiteral("runs:/%1/model").arg(runId), runId);
    QCOMPARE(second.status, 200);
    QCOMPARE(versionOf(second)[QStringLiteral("version")].toString(), QStringLiteral("2"));
    QCOMPARE(versionOf(second)[QStringLiteral("source")].toString(), source);

    // What the registry recorded beyond MLflow's fields.
    auto framework = m_project->database().statement(
        "SELECT framework, content, size, metrics FROM model_version WHERE version = 1");
    QVERIFY(framework && (*framework)->step().value_or(false));
    QCOMPARE((*framework)->text(0), QStringLiteral("sklearn"));
    QCOMPARE((*framework)->text(1), QStringLiteral("folder"));
    QCOMPARE((*framework)->int64(2), Mlmodel.size() + 512);
    QCOMPARE(QJsonDocument::fromJson((*framework)->text(3).toUtf8()).object(),
             (QJsonObject{{QStringLiteral("accuracy"), 0.96}}));

    const HttpReply got = m_http->get(QStringLiteral("model-versions/get"), QStringLiteral("name=iris&version=1"));
    QCOMPARE(got.status, 200);
    QCOMPARE(versionOf(got), version);
    const HttpReply uri = m_http->get(QStringLiteral("model-versions/get-download-uri"), QStringLiteral("name=iris&version=1"));
    QCOMPARE(uri.status, 200);
    QCOMPARE(uri.json, (QJsonObject{{QStringLiteral("artifact_uri"), source}}));

    const HttpReply updated = m_http->send("PATCH", QStringLiteral("/api/2.0/mlflow/model-versions/update"),
                                           R"({"name": "iris", "version": "1", "description": "first fit"})");
    QCOMPARE(updated.status, 200);
    QCOMPARE(versionOf(updated)[QStringLiteral("description")].toString(), QStringLiteral("first fit"));
    QCOMPARE(versionOf(updated)[QStringLiteral("creation_timestamp")], version[QStringLiteral("creation_timestamp")]);

    const HttpReply model = m_http->get(QStringLiteral("registered-models/get"), QStringLiteral("name=iris"));
    const QJsonArray latest = model.json[QStringLiteral("registered_model")][QStringLiteral("latest_versions")].toArray();
    QCOMPARE(latest.size(), 1); // the newest of stage None
    QCOMPARE(latest[0][QStringLiteral("version")].toString(), QStringLiteral("2"));
}

void TestMlflowRegistryRest::transitionStageAndLatestVersions()
{
    const QString runId = runWithModel();
    QCOMPARE(createModel(QStringLiteral("ranker")).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(createVersion(QStringLiteral("ranker"), QStringLiteral("runs:/%1/model").arg(runId), runId).status, 200);

    auto transition = [this](const char *version, const char *stage, bool archive) {
        return m_http->post(QStringLiteral("model-versions/transition-stage"),
                            {{QStringLiteral("name"), QStringLiteral("ranker")}, {QStringLiteral("version"), QLatin1String(version)},
                             {QStringLiteral("stage"), QLatin1String(stage)},
                             {QStringLiteral("archive_existing_versions"), archive}});
    };
    const HttpReply production = transition("1", "Production", false);
    QCOMPARE(production.status, 200);
    QCOMPARE(versionOf(production)[QStringLiteral("current_stage")].toString(), QStringLiteral("Production"));
    QCOMPARE(transition("2", "staging", false).status, 200); // stages are read in any case
    const HttpReply replaced = transition("3", "Production", true);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(versionOf(replaced)[QStringLiteral("current_stage")].toString(), QStringLiteral("Production"));
    const HttpReply first = m_http->get(QStringLiteral("model-versions/get"), QStringLiteral("name=ranker&version=1"));
    QCOMPARE(versionOf(first)[QStringLiteral("current_stage")].toString(), QStringLiteral("Archived"));

    // RestStore.get_latest_versions posts first.
    const HttpReply latest = m_http->post(QStringLiteral("registered-models/get-latest-versions"),
        {{QStringLiteral("name"), QStringLiteral("ranker")}, {QStringLiteral("stages"), QJsonArray{QStringLiteral("Production")}}});
    QCOMPARE(latest.status, 200);
    const QJsonArray versions = latest.json[QStringLiteral("model_versions")].toArray();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions[0][QStringLiteral("version")].toString(), QStringLiteral("3"));
    const HttpReply all = m_http->get(QStringLiteral("registered-models/get-latest-versions"), QStringLiteral("name=ranker"));
    QStringList stages;
    for (const QJsonValue &version : all.json[QStringLiteral("model_versions")].toArray())
        stages.append(version[QStringLiteral("current_stage")].toString() + u':' + version[QStringLiteral("version")].toString());
    QCOMPARE(stages, (QStringList{QStringLiteral("Staging:2"), QStringLiteral("Production:3"), QStringLiteral("Archived:1")}));

    const HttpReply bad = transition("2", "Prod", false);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY(bad.json[QStringLiteral("message")].toString().contains(QStringLiteral("None, Staging, Production, Archived")));
}

void TestMlflowRegistryRest::aliasesSetGetDelete()
{
    const QString runId = runWithModel();
    QCOMPARE(createModel(QStringLiteral("segmenter")).status, 200);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(createVersion(QStringLiteral("segmenter"), QStringLiteral("runs:/%1/model").arg(runId), runId).status, 200);
    const HttpReply set = m_http->post(QStringLiteral("registered-models/alias"),
        {{QStringLiteral("name"), QStringLiteral("segmenter")}, {QStringLiteral("alias"), QStringLiteral("champion")},
         {QStringLiteral("version"), QStringLiteral("2")}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json, QJsonObject());

    const HttpReply byAlias = m_http->get(QStringLiteral("registered-models/alias"),
                                          QStringLiteral("name=segmenter&alias=champion"));
    QCOMPARE(byAlias.status, 200);
    QCOMPARE(versionOf(byAlias)[QStringLiteral("version")].toString(), QStringLiteral("2"));
    QCOMPARE(versionOf(byAlias)[QStringLiteral("aliases")].toArray(), QJsonArray{QStringLiteral("champion")});
    const HttpReply model = m_http->get(QStringLiteral("registered-models/get"), QStringLiteral("name=segmenter"));
    QCOMPARE(model.json[QStringLiteral("registered_model")][QStringLiteral("aliases")].toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("champion")},
                                     {QStringLiteral("version"), QStringLiteral("2")}}}));

    const HttpReply reserved = m_http->post(QStringLiteral("registered-models/alias"),
        {{QStringLiteral("name"), QStringLiteral("segmenter")}, {QStringLiteral("alias"), QStringLiteral("latest")},
         {QStringLiteral("version"), QStringLiteral("1")}});
    QCOMPARE(reserved.status, 400);
    QCOMPARE(reserved.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));

    const HttpReply deleted = m_http->send("DELETE", QStringLiteral("/api/2.0/mlflow/registered-models/alias"),
                                           R"({"name": "segmenter", "alias": "champion"})");
    QCOMPARE(deleted.status, 200);
    const HttpReply gone = m_http->get(QStringLiteral("registered-models/alias"), QStringLiteral("name=segmenter&alias=champion"));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
    QVERIFY(gone.json[QStringLiteral("message")].toString().contains(QStringLiteral("champion")));
}

void TestMlflowRegistryRest::searchesFilterOrderAndPage()
{
    const QString runId = runWithModel();
    for (const char *name : {"search-b", "search-a", "search-c"}) {
        QCOMPARE(createModel(QString::fromLatin1(name)).status, 200);
        QCOMPARE(createVersion(QString::fromLatin1(name), QStringLiteral("runs:/%1/model").arg(runId), runId).status, 200);
    }
    QCOMPARE(createVersion(QStringLiteral("search-a"), QStringLiteral("runs:/%1/model").arg(runId), runId).status, 200);

    // Page by page: two, then the last with no token.
    const QString filter = QStringLiteral("filter=") + encoded(QStringLiteral("name LIKE 'search-%'"));
    const HttpReply page1 = m_http->get(QStringLiteral("registered-models/search"), filter + QStringLiteral("&max_results=2"));
    QCOMPARE(page1.status, 200);
    const QJsonArray models1 = page1.json[QStringLiteral("registered_models")].toArray();
    QCOMPARE(models1.size(), 2);
    QCOMPARE(models1[0][QStringLiteral("name")].toString(), QStringLiteral("search-a"));
    QCOMPARE(models1[1][QStringLiteral("name")].toString(), QStringLiteral("search-b"));
    const QString token = page1.json[QStringLiteral("next_page_token")].toString();
    QVERIFY(!token.isEmpty());
    const HttpReply page2 = m_http->get(QStringLiteral("registered-models/search"),
                                        filter + QStringLiteral("&max_results=2&page_token=") + encoded(token));
    QCOMPARE(page2.json[QStringLiteral("registered_models")].toArray().size(), 1);
    QCOMPARE(page2.json[QStringLiteral("registered_models")][0][QStringLiteral("name")].toString(), QStringLiteral("search-c"));
    QVERIFY(!page2.json.contains(QStringLiteral("next_page_token")));

    const HttpReply descending = m_http->get(QStringLiteral("registered-models/search"),
                                             filter + QStringLiteral("&order_by=") + encoded(QStringLiteral("name DESC")));
    QCOMPARE(descending.json[QStringLiteral("registered_models")][0][QStringLiteral("name")].toString(), QStringLiteral("search-c"));

    // search_model_versions(f"name='{name}'"): newest first.
    const HttpReply versions = m_http->get(QStringLiteral("model-versions/search"),
                                           QStringLiteral("filter=") + encoded(QStringLiteral("name='search-a'")));
    QCOMPARE(versions.status, 200);
    const QJsonArray list = versions.json[QStringLiteral("model_versions")].toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][QStringLiteral("version")].toString(), QStringLiteral("2"));
    QCOMPARE(list[1][QStringLiteral("version")].toString(), QStringLiteral("1"));
    const HttpReply byRun = m_http->get(QStringLiteral("model-versions/search"),
        QStringLiteral("filter=") + encoded(QStringLiteral("run_id = '%1' AND name != 'search-b'").arg(runId)));
    QCOMPARE(byRun.json[QStringLiteral("model_versions")].toArray().size(), 3);
    const HttpReply none = m_http->get(QStringLiteral("model-versions/search"),
                                       QStringLiteral("filter=") + encoded(QStringLiteral("name='nothing'")));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json, QJsonObject());
}

void TestMlflowRegistryRest::badRequestsGetMlflowErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body"); // for GET: the query
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown model") << QByteArray("POST") << "model-versions/create"
        << QByteArray(R"({"name": "nothing", "source": "runs:/RUN/model", "run_id": "RUN"})") << 404
        << "RESOURCE_DOES_NOT_EXIST" << "nothing";
    QTest::newRow("foreign source") << QByteArray("POST") << "model-versions/create"
        << QByteArray(R"({"name": "errors", "source": "s3://bucket/model", "run_id": "RUN"})") << 400
        << "INVALID_PARAMETER_VALUE" << "s3://bucket/model";
    QTest::newRow("unknown run") << QByteArray("POST") << "model-versions/create"
        << QByteArray(R"({"name": "errors", "source": "runs:/0123456789abcdef0123456789abcdef/model"})") << 404
        << "RESOURCE_DOES_NOT_EXIST" << "0123456789abcdef0123456789abcdef";
    QTest::newRow("artifact not in the run") << QByteArray("POST") << "model-versions/create"
        << QByteArray(R"({"name": "errors", "source": "runs:/RUN/weights", "run_id": "RUN"})") << 404
        << "RESOURCE_DOES_NOT_EXIST" << "weights";
    QTest::newRow("source of another run") << QByteArray("POST") << "model-versions/create"
        << QByteArray(R"({"name": "errors", "source": "runs:/RUN/model", "run_id": "0123456789abcdef0123456789abcdef"})")
        << 400 << "INVALID_PARAMETER_VALUE" << "run_id";
    QTest::newRow("missing name") << QByteArray("POST") << "registered-models/create" << QByteArray("{}") << 400
        << "INVALID_PARAMETER_VALUE" << "'name'";
    QTest::newRow("tags") << QByteArray("POST") << "registered-models/create"
        << QByteArray(R"({"name": "tagged", "tags": [{"key": "team", "value": "cv"}]})") << 400
        << "INVALID_PARAMETER_VALUE" << "tags";
    QTest::newRow("version not a number") << QByteArray("GET") << "model-versions/get" << QByteArray("name=errors&version=abc")
        << 400 << "INVALID_PARAMETER_VALUE" << "'version'";
    QTest::newRow("missing version") << QByteArray("GET") << "model-versions/get" << QByteArray("name=errors") << 400
        << "INVALID_PARAMETER_VALUE" << "'version'";
    QTest::newRow("unknown version") << QByteArray("GET") << "model-versions/get" << QByteArray("name=errors&version=9")
        << 404 << "RESOURCE_DOES_NOT_EXIST" << "version=9";
    QTest::newRow("bad filter") << QByteArray("GET") << "model-versions/search"
        << QByteArray("filter=tags.x+%3D+%27y%27") << 400 << "INVALID_PARAMETER_VALUE" << "tags.x";
    QTest::newRow("bad order") << QByteArray("GET") << "registered-models/search" << QByteArray("order_by=size") << 400
        << "INVALID_PARAMETER_VALUE" << "size";
    QTest::newRow("too many results") << QByteArray("GET") << "registered-models/search" << QByteArray("max_results=5000")
        << 400 << "INVALID_PARAMETER_VALUE" << "max_results";
    QTest::newRow("bad page token") << QByteArray("GET") << "registered-models/search" << QByteArray("page_token=%25%25")
        << 400 << "INVALID_PARAMETER_VALUE" << "page token";
    QTest::newRow("unknown endpoint") << QByteArray("POST") << "registered-models/rename"
        << QByteArray(R"({"name": "errors", "new_name": "x"})") << 404 << "ENDPOINT_NOT_FOUND" << "rename";
    QTest::newRow("wrong method") << QByteArray("GET") << "registered-models/create" << QByteArray("name=x") << 405
        << "ENDPOINT_NOT_FOUND" << "GET";
}

void TestMlflowRegistryRest::badRequestsGetMlflowErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);
    static const QString runId = runWithModel();
    if (!m_http->get(QStringLiteral("registered-models/get"), QStringLiteral("name=errors")).json.contains(
            QStringLiteral("registered_model")))
        QCOMPARE(createModel(QStringLiteral("errors")).status, 200);
    const qint64 versions = m_project->database().queryInt("SELECT count(*) FROM model_version").value_or(-1);
    body.replace("RUN", runId.toLatin1());

    const HttpReply reply = method == "GET"
        ? m_http->get(endpoint, QString::fromLatin1(body))
        : m_http->send(method, QStringLiteral("/api/2.0/mlflow/") + endpoint, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json[QStringLiteral("error_code")].toString(), errorCode);
    QVERIFY2(reply.json[QStringLiteral("message")].toString().contains(messagePart),
             qPrintable(reply.json[QStringLiteral("message")].toString()));
    QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM model_version").value_or(-1), versions);
}

QTEST_GUILESS_MAIN(TestMlflowRegistryRest)
#include "tst_mlflow_registry_rest.moc"
