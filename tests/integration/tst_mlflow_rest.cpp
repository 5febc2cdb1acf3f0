// Tests the built-in tracking server over real HTTP on 127.0.0.1 with the requests MLflow's Python
// client sends (shapes from service.proto, rest_store.py and http_artifact_repo.py), field by field.
#include "mlflow_http.h"

#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tracking/mlflow_server.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace atelier;
using atelier::testing::HttpReply;
using atelier::testing::MlflowHttp;

namespace {

constexpr qint64 StartTime = 1700000000000;

QJsonObject keyValue(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

// The value of `key` in a list of {"key", "value"} objects; a null string when absent.
QString valueOf(const QJsonArray &pairs, const QString &key)
{
    for (const QJsonValue &pair : pairs) {
        if (pair[QStringLiteral("key")].toString() == key)
            return pair[QStringLiteral("value")].toString();
    }
    return {};
}

QJsonObject metricOf(const QJsonArray &metrics, const QString &key)
{
    for (const QJsonValue &metric : metrics) {
        if (metric[QStringLiteral("key")].toString() == key)
            return metric.toObject();
    }
    return {};
}

QJsonObject metricPoint(const QString &key, const QJsonValue &value, qint64 timestamp, qint64 step)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value},
            {QStringLiteral("timestamp"), timestamp}, {QStringLiteral("step"), step}};
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestMlflowRest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void experimentsCreateGetAndSearch();
    void experimentErrors();
    void createRunAnswersFieldByField();
    void loggedValuesShowInGetRun();
    void metricHistoryKeepsEveryPoint();
    void nonFiniteValuesRoundTrip();
    void logBatchOverTheLimitWritesNothing_data();
    void logBatchOverTheLimitWritesNothing();
    void badRequestsGetMlflowErrors_data();
    void badRequestsGetMlflowErrors();
    void unknownRunIsNotFound_data();
    void unknownRunIsNotFound();
    void updateDeleteRestoreAndSearch();
    void logInputsShowInGetRun();
    void artifactsUploadDownloadListDelete();
    void artifactPathsLeavingTheRunAreRefused_data();
    void artifactPathsLeavingTheRunAreRefused();
    void fluentClientSequence();
    void bulkIntervalSamplesStepsAsMlflow();
    void logBatchThroughput();

private:
    QString createRun(const QString &experimentId, const QString &name = {});
    QJsonObject getRun(const QString &runId);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    MlflowServer m_server;
    std::unique_ptr<MlflowHttp> m_http;
};

void TestMlflowRest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto project = Project::create(m_dir.path());
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    m_project = std::move(*project);
    auto port = m_server.start(m_dir.path(), 0);
    QVERIFY2(port, qPrintable(port ? QString() : port.error().toString()));
    QVERIFY(*port > 0);
    QCOMPARE(m_server.url(), QStringLiteral("http://127.0.0.1:%1").arg(*port));
    m_http = std::make_unique<MlflowHttp>(m_server.url());
}

void TestMlflowRest::cleanupTestCase()
{
    m_server.stop();
    QVERIFY(!m_server.isRunning());
    QVERIFY(m_server.url().isEmpty());
}

QString TestMlflowRest::createRun(const QString &experimentId, const QString &name)
{
    QJsonObject body{{QStringLiteral("experiment_id"), experimentId},
                     {QStringLiteral("user_id"), QStringLiteral("me")},
                     {QStringLiteral("start_time"), StartTime},
                     {QStringLiteral("tags"), QJsonArray{keyValue(QStringLiteral("mlflow.user"), QStringLiteral("me"))}}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("run_name"), name);
    const HttpReply reply = m_http->post(QStringLiteral("runs/create"), body);
    if (reply.status != 200)
        qWarning() << "runs/create:" << reply.status << reply.body;
    return reply.json[QStringLiteral("run")][QStringLiteral("info")][QStringLiteral("run_id")].toString();
}

QJsonObject TestMlflowRest::getRun(const QString &runId)
{
    const HttpReply reply = m_http->get(QStringLiteral("runs/get"), QStringLiteral("run_id=") + runId);
    if (reply.status != 200)
        qWarning() << "runs/get:" << reply.status << reply.body;
    return reply.json[QStringLiteral("run")].toObject();
}

void TestMlflowRest::experimentsCreateGetAndSearch()
{
    const HttpReply created = m_http->post(QStringLiteral("experiments/create"),
        {{QStringLiteral("name"), QStringLiteral("detector sweep")},
         {QStringLiteral("tags"), QJsonArray{keyValue(QStringLiteral("team"), QStringLiteral("cv"))}}});
    QCOMPARE(created.status, 200);
    QVERIFY(created.json[QStringLiteral("experiment_id")].isString());
    const QString id = created.json[QStringLiteral("experiment_id")].toString();
    QVERIFY(id.toLongLong() > 0);

    const HttpReply got = m_http->get(QStringLiteral("experiments/get"), QStringLiteral("experiment_id=") + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentType, QByteArrayLiteral("application/json"));
    const QJsonObject experiment = got.json[QStringLiteral("experiment")].toObject();
    QCOMPARE(experiment[QStringLiteral("experiment_id")].toString(), id);
    QCOMPARE(experiment[QStringLiteral("name")].toString(), QStringLiteral("detector sweep"));
    QCOMPARE(experiment[QStringLiteral("artifact_location")].toString(), QStringLiteral("mlflow-artifacts:/") + id);
    QCOMPARE(experiment[QStringLiteral("lifecycle_stage")].toString(), QStringLiteral("active"));
    QVERIFY(experiment[QStringLiteral("creation_time")].isDouble());
    QVERIFY(experiment[QStringLiteral("last_update_time")].isDouble());
    QCOMPARE(valueOf(experiment[QStringLiteral("tags")].toArray(), QStringLiteral("team")), QStringLiteral("cv"));

    // requests encodes a space in a query as '+'.
    const HttpReply byName = m_http->get(QStringLiteral("experiments/get-by-name"),
                                         QStringLiteral("experiment_name=detector+sweep"));
    QCOMPARE(byName.status, 200);
    QCOMPARE(byName.json[QStringLiteral("experiment")][QStringLiteral("experiment_id")].toString(), id);

    const HttpReply tagged = m_http->post(QStringLiteral("experiments/set-experiment-tag"),
        {{QStringLiteral("experiment_id"), id}, {QStringLiteral("key"), QStringLiteral("stage")},
         {QStringLiteral("value"), QStringLiteral("tuning")}});
    QCOMPARE(tagged.status, 200);
    QCOMPARE(tagged.json, QJsonObject());

    for (const bool usePost : {true, false}) {
        const HttpReply found = usePost
            ? m_http->post(QStringLiteral("experiments/search"),
                           {{QStringLiteral("max_results"), 1000}, {QStringLiteral("view_type"), QStringLiteral("ACTIVE_ONLY")}})
            : m_http->get(QStringLiteral("experiments/search"), QStringLiteral("max_results=1000&view_type=ACTIVE_ONLY"));
        QCOMPARE(found.status, 200);
        QStringList names;
        QJsonObject searched;
        for (const QJsonValue &entry : found.json[QStringLiteral("experiments")].toArray()) {
            names.append(entry[QStringLiteral("name")].toString());
            if (entry[QStringLiteral("experiment_id")].toString() == id)
                searched = entry.toObject();
        }
        QVERIFY2(names.contains(QStringLiteral("Default")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("detector sweep")));
        QCOMPARE(valueOf(searched[QStringLiteral("tags")].toArray(), QStringLiteral("stage")), QStringLiteral("tuning"));
    }
}

void TestMlflowRest::experimentErrors()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("twice")}};
    QCOMPARE(m_http->post(QStringLiteral("experiments/create"), body).status, 200);
    const HttpReply again = m_http->post(QStringLiteral("experiments/create"), body);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_ALREADY_EXISTS"));
    QVERIFY(!again.json[QStringLiteral("message")].toString().isEmpty());

    const HttpReply missingName = m_http->get(QStringLiteral("experiments/get-by-name"),
                                              QStringLiteral("experiment_name=") + percentEncoded(QStringLiteral("no such thing")));
    QCOMPARE(missingName.status, 404);
    QCOMPARE(missingName.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));

    const HttpReply missingId = m_http->get(QStringLiteral("experiments/get"), QStringLiteral("experiment_id=987654"));
    QCOMPARE(missingId.status, 404);
    QCOMPARE(missingId.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));

    const HttpReply noName = m_http->post(QStringLiteral("experiments/create"), {});
    QCOMPARE(noName.status, 400);
    QCOMPARE(noName.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY2(noName.json[QStringLiteral("message")].toString().contains(QStringLiteral("'name'")), noName.body.constData());
}

void TestMlflowRest::createRunAnswersFieldByField()
{
    // RestStore.create_run: experiment_id as a string, int64 start_time as a number.
    const HttpReply reply = m_http->post(QStringLiteral("runs/create"),
        {{QStringLiteral("experiment_id"), QStringLiteral("0")},
         {QStringLiteral("user_id"), QStringLiteral("me")},
         {QStringLiteral("start_time"), StartTime},
         {QStringLiteral("tags"), QJsonArray{keyValue(QStringLiteral("mlflow.user"), QStringLiteral("me")),
                                             keyValue(QStringLiteral("mlflow.source.type"), QStringLiteral("LOCAL"))}},
         {QStringLiteral("run_name"), QStringLiteral("r")}});
    QCOMPARE(reply.status, 200);
    const QJsonObject run = reply.json[QStringLiteral("run")].toObject();
    const QJsonObject info = run[QStringLiteral("info")].toObject();
    const QString runId = info[QStringLiteral("run_id")].toString();
    QCOMPARE(runId.size(), 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(runId).hasMatch());
    QCOMPARE(info[QStringLiteral("run_uuid")].toString(), runId);
    QCOMPARE(info[QStringLiteral("run_name")].toString(), QStringLiteral("r"));
    QVERIFY(info[QStringLiteral("experiment_id")].isString());
    QCOMPARE(info[QStringLiteral("experiment_id")].toString(), QStringLiteral("0"));
    QCOMPARE(info[QStringLiteral("user_id")].toString(), QStringLiteral("me"));
    QCOMPARE(info[QStringLiteral("status")].toString(), QStringLiteral("RUNNING"));
    QVERIFY(info[QStringLiteral("start_time")].isDouble());
    QCOMPARE(qint64(info[QStringLiteral("start_time")].toDouble()), StartTime);
    QVERIFY(!info.contains(QStringLiteral("end_time")));
    QCOMPARE(info[QStringLiteral("artifact_uri")].toString(), QStringLiteral("mlflow-artifacts:/0/%1/artifacts").arg(runId));
    QCOMPARE(info[QStringLiteral("lifecycle_stage")].toString(), QStringLiteral("active"));
    const QJsonArray tags = run[QStringLiteral("data")][QStringLiteral("tags")].toArray();
    QCOMPARE(valueOf(tags, QStringLiteral("mlflow.user")), QStringLiteral("me"));
    QCOMPARE(valueOf(tags, QStringLiteral("mlflow.source.type")), QStringLiteral("LOCAL"));
    QVERIFY(!run[QStringLiteral("data")].toObject().contains(QStringLiteral("metrics")));
    QVERIFY(run[QStringLiteral("inputs")].isObject());

    // GetRun answers the same run.
    const QJsonObject got = getRun(runId);
    QCOMPARE(got[QStringLiteral("info")].toObject(), info);
}

void TestMlflowRest::loggedValuesShowInGetRun()
{
    const QString runId = createRun(QStringLiteral("0"));
    QVERIFY(!runId.isEmpty());
    QCOMPARE(m_http->post(QStringLiteral("runs/log-parameter"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("run_uuid"), runId},
         {QStringLiteral("key"), QStringLiteral("lr")}, {QStringLiteral("value"), QStringLiteral("0.01")}}).status, 200);
    // The same value again is fine; another value is refused (params are immutable).
    QCOMPARE(m_http->post(QStringLiteral("runs/log-parameter"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("key"), QStringLiteral("lr")},
         {QStringLiteral("value"), QStringLiteral("0.01")}}).status, 200);
    const HttpReply changed = m_http->post(QStringLiteral("runs/log-parameter"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("key"), QStringLiteral("lr")},
         {QStringLiteral("value"), QStringLiteral("0.02")}});
    QCOMPARE(changed.status, 400);
    QCOMPARE(changed.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));

    for (const auto &[step, value] : {std::pair{1, 0.5}, std::pair{3, 0.25}, std::pair{2, 0.4}}) {
        const HttpReply logged = m_http->post(QStringLiteral("runs/log-metric"),
            {{QStringLiteral("run_id"), runId}, {QStringLiteral("run_uuid"), runId},
             {QStringLiteral("key"), QStringLiteral("loss")}, {QStringLiteral("value"), value},
             {QStringLiteral("timestamp"), StartTime + step}, {QStringLiteral("step"), step}});
        QCOMPARE(logged.status, 200);
        QCOMPARE(logged.json, QJsonObject());
    }
    // Only run_uuid, as clients before MLflow 1.0 send it; int64 as a string, as protobuf allows.
    QCOMPARE(m_http->post(QStringLiteral("runs/log-metric"),
        {{QStringLiteral("run_uuid"), runId}, {QStringLiteral("key"), QStringLiteral("acc")},
         {QStringLiteral("value"), 0.75}, {QStringLiteral("timestamp"), QString::number(StartTime)}}).status, 200);

    QCOMPARE(m_http->post(QStringLiteral("runs/set-tag"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("key"), QStringLiteral("team")},
         {QStringLiteral("value"), QStringLiteral("cv")}}).status, 200);
    QCOMPARE(m_http->post(QStringLiteral("runs/set-tag"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("key"), QStringLiteral("temporary")},
         {QStringLiteral("value"), QStringLiteral("x")}}).status, 200);
    QCOMPARE(m_http->post(QStringLiteral("runs/delete-tag"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("key"), QStringLiteral("temporary")}}).status, 200);

    const HttpReply batch = m_http->post(QStringLiteral("runs/log-batch"),
        {{QStringLiteral("run_id"), runId},
         {QStringLiteral("metrics"), QJsonArray{metricPoint(QStringLiteral("val_acc"), 0.9, StartTime, 0),
                                                metricPoint(QStringLiteral("val_acc"), 0.95, StartTime + 1, 1)}},
         {QStringLiteral("params"), QJsonArray{keyValue(QStringLiteral("batch_size"), QStringLiteral("32"))}},
         {QStringLiteral("tags"), QJsonArray{keyValue(QStringLiteral("mlflow.note.content"), QStringLiteral("baseline"))}}});
    QCOMPARE(batch.status, 200);

    const QJsonObject run = getRun(runId);
    const QJsonObject data = run[QStringLiteral("data")].toObject();
    const QJsonArray metrics = data[QStringLiteral("metrics")].toArray();
    QCOMPARE(metrics.size(), 3);
    const QJsonObject loss = metricOf(metrics, QStringLiteral("loss"));
    QCOMPARE(loss[QStringLiteral("value")].toDouble(), 0.25); // the latest: highest step
    QCOMPARE(qint64(loss[QStringLiteral("step")].toDouble()), 3);
    QCOMPARE(qint64(loss[QStringLiteral("timestamp")].toDouble()), StartTime + 3);
    const QJsonObject acc = metricOf(metrics, QStringLiteral("acc"));
    QCOMPARE(acc[QStringLiteral("value")].toDouble(), 0.75);
    QCOMPARE(qint64(acc[QStringLiteral("step")].toDouble()), 0);
    QCOMPARE(metricOf(metrics, QStringLiteral("val_acc"))[QStringLiteral("value")].toDouble(), 0.95);
    const QJsonArray params = data[QStringLiteral("params")].toArray();
    QCOMPARE(valueOf(params, QStringLiteral("lr")), QStringLiteral("0.01"));
    QCOMPARE(valueOf(params, QStringLiteral("batch_size")), QStringLiteral("32"));
    const QJsonArray tags = data[QStringLiteral("tags")].toArray();
    QCOMPARE(valueOf(tags, QStringLiteral("team")), QStringLiteral("cv"));
    QCOMPARE(valueOf(tags, QStringLiteral("mlflow.note.content")), QStringLiteral("baseline"));
    QVERIFY(valueOf(tags, QStringLiteral("temporary")).isNull());
}

void TestMlflowRest::metricHistoryKeepsEveryPoint()
{
    const QString runId = createRun(QStringLiteral("0"));
    QJsonArray points;
    for (int step = 0; step < 250; ++step)
        points.append(metricPoint(QStringLiteral("loss"), 1.0 / (step + 1), StartTime + step, step));
    QCOMPARE(m_http->post(QStringLiteral("runs/log-batch"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("metrics"), points}}).status, 200);

    const HttpReply history = m_http->get(QStringLiteral("metrics/get-history"),
        QStringLiteral("run_uuid=%1&run_id=%1&metric_key=loss").arg(runId));
    QCOMPARE(history.status, 200);
    const QJsonArray metrics = history.json[QStringLiteral("metrics")].toArray();
    QCOMPARE(metrics.size(), 250);
    for (int step = 0; step < 250; ++step) {
        QCOMPARE(metrics[step][QStringLiteral("key")].toString(), QStringLiteral("loss"));
        QCOMPARE(qint64(metrics[step][QStringLiteral("step")].toDouble()), step);
        QCOMPARE(qint64(metrics[step][QStringLiteral("timestamp")].toDouble()), StartTime + step);
        QCOMPARE(metrics[step][QStringLiteral("value")].toDouble(), 1.0 / (step + 1));
    }

    // Paged with max_results: the pages join up to the whole history.
    QList<qint64> steps;
    QString token;
    int pages = 0;
    do {
        QString query = QStringLiteral("run_id=%1&metric_key=loss&max_results=100").arg(runId);
        if (!token.isEmpty())
            query += QStringLiteral("&page_token=") + percentEncoded(token);
        const HttpReply page = m_http->get(QStringLiteral("metrics/get-history"), query);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &metric : page.json[QStringLiteral("metrics")].toArray())
            steps.append(qint64(metric[QStringLiteral("step")].toDouble()));
        token = page.json[QStringLiteral("next_page_token")].toString();
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(steps.size(), 250);
    QCOMPARE(steps.first(), 0);
    QCOMPARE(steps.last(), 249);
    QVERIFY(pages >= 3);

    const HttpReply never = m_http->get(QStringLiteral("metrics/get-history"),
                                        QStringLiteral("run_id=%1&metric_key=never_logged").arg(runId));
    QCOMPARE(never.status, 200);
    QCOMPARE(never.json, QJsonObject());
}

void TestMlflowRest::nonFiniteValuesRoundTrip()
{
    const QString runId = createRun(QStringLiteral("0"));
    // message_to_json writes non-finite doubles as these strings, and the client sends them so.
    const HttpReply logged = m_http->post(QStringLiteral("runs/log-batch"),
        {{QStringLiteral("run_id"), runId},
         {QStringLiteral("metrics"), QJsonArray{metricPoint(QStringLiteral("grad"), QStringLiteral("NaN"), StartTime, 0),
                                                metricPoint(QStringLiteral("grad"), QStringLiteral("Infinity"), StartTime, 1),
                                                metricPoint(QStringLiteral("grad"), QStringLiteral("-Infinity"), StartTime, 2),
                                                metricPoint(QStringLiteral("lr"), QStringLiteral("NaN"), StartTime, 0)}}});
    QCOMPARE(logged.status, 200);
    const HttpReply history = m_http->get(QStringLiteral("metrics/get-history"),
                                          QStringLiteral("run_id=%1&metric_key=grad").arg(runId));
    QCOMPARE(history.status, 200);
    const QJsonArray metrics = history.json[QStringLiteral("metrics")].toArray();
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(metrics[0][QStringLiteral("value")].toString(), QStringLiteral("NaN"));
    QCOMPARE(metrics[1][QStringLiteral("value")].toString(), QStringLiteral("Infinity"));
    QCOMPARE(metrics[2][QStringLiteral("value")].toString(), QStringLiteral("-Infinity"));
    const QJsonObject lr = metricOf(getRun(runId)[QStringLiteral("data")][QStringLiteral("metrics")].toArray(),
                                    QStringLiteral("lr"));
    QCOMPARE(lr[QStringLiteral("value")].toString(), QStringLiteral("NaN"));
}

void TestMlflowRest::logBatchOverTheLimitWritesNothing_data()
{
    QTest::addColumn<int>("metrics");
    QTest::addColumn<int>("params");
    QTest::addColumn<int>("tags");
    QTest::newRow("1001 metrics") << 1001 << 0 << 0;
    QTest::newRow("101 params") << 0 << 101 << 0;
    QTest::newRow("101 tags") << 0 << 0 << 101;
    QTest::newRow("1001 entities") << 901 << 50 << 50;
}

void TestMlflowRest::logBatchOverTheLimitWritesNothing()
{
    QFETCH(int, metrics);
    QFETCH(int, params);
    QFETCH(int, tags);
    const QString runId = createRun(QStringLiteral("0"));
    const qsizetype tagsBefore = getRun(runId)[QStringLiteral("data")][QStringLiteral("tags")].toArray().size();
    QJsonArray metricList;
    for (int i = 0; i < metrics; ++i)
        metricList.append(metricPoint(QStringLiteral("m"), i, StartTime, i));
    QJsonArray paramList;
    for (int i = 0; i < params; ++i)
        paramList.append(keyValue(QStringLiteral("p%1").arg(i), QStringLiteral("v")));
    QJsonArray tagList;
    for (int i = 0; i < tags; ++i)
        tagList.append(keyValue(QStringLiteral("t%1").arg(i), QStringLiteral("v")));
    const HttpReply reply = m_http->post(QStringLiteral("runs/log-batch"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("metrics"), metricList},
         {QStringLiteral("params"), paramList}, {QStringLiteral("tags"), tagList}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    QVERIFY(!reply.json[QStringLiteral("message")].toString().isEmpty());

    const QJsonObject data = getRun(runId)[QStringLiteral("data")].toObject();
    QVERIFY(!data.contains(QStringLiteral("metrics")));
    QVERIFY(!data.contains(QStringLiteral("params")));
    QCOMPARE(data[QStringLiteral("tags")].toArray().size(), tagsBefore);
}

void TestMlflowRest::badRequestsGetMlflowErrors_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart"); // the field the message must name

    QTest::newRow("malformed JSON") << "runs/log-batch" << QByteArray("{\"run_id\": \"RUN\", \"metrics\": [")
                                    << 400 << "BAD_REQUEST" << "JSON";
    QTest::newRow("body not an object") << "runs/log-batch" << QByteArray("[1, 2]") << 400 << "BAD_REQUEST" << "object";
    QTest::newRow("missing run_id") << "runs/log-metric"
        << QByteArray(R"({"key": "loss", "value": 1.0, "timestamp": 1700000000000})") << 400
        << "INVALID_PARAMETER_VALUE" << "'run_id'";
    QTest::newRow("value is text") << "runs/log-metric"
        << QByteArray(R"({"run_id": "RUN", "key": "loss", "value": "high", "timestamp": 1700000000000})") << 400
        << "INVALID_PARAMETER_VALUE" << "'value'";
    QTest::newRow("timestamp is a float") << "runs/log-metric"
        << QByteArray(R"({"run_id": "RUN", "key": "loss", "value": 1.0, "timestamp": 1.5})") << 400
        << "INVALID_PARAMETER_VALUE" << "'timestamp'";
    QTest::newRow("missing timestamp in batch") << "runs/log-batch"
        << QByteArray(R"({"run_id": "RUN", "metrics": [{"key": "a", "value": 1, "timestamp": 1}, {"key": "a", "value": 2}]})")
        << 400 << "INVALID_PARAMETER_VALUE" << "'metrics[1].timestamp'";
    QTest::newRow("step is an object") << "runs/log-batch"
        << QByteArray(R"({"run_id": "RUN", "metrics": [{"key": "a", "value": 1, "timestamp": 1, "step": {}}]})")
        << 400 << "INVALID_PARAMETER_VALUE" << "'metrics[0].step'";
    QTest::newRow("metrics not a list") << "runs/log-batch" << QByteArray(R"({"run_id": "RUN", "metrics": 3})")
        << 400 << "INVALID_PARAMETER_VALUE" << "'metrics'";
    QTest::newRow("tag key missing") << "runs/log-batch"
        << QByteArray(R"({"run_id": "RUN", "tags": [{"value": "x"}]})") << 400
        << "INVALID_PARAMETER_VALUE" << "'tags[0].key'";
    QTest::newRow("status unknown") << "runs/update" << QByteArray(R"({"run_id": "RUN", "status": "DONE"})")
        << 400 << "INVALID_PARAMETER_VALUE" << "'status'";
    QTest::newRow("run_id a number") << "runs/set-tag" << QByteArray(R"({"run_id": 12, "key": "a", "value": "b"})")
        << 400 << "INVALID_PARAMETER_VALUE" << "'run_id'";
    QTest::newRow("unknown endpoint") << "runs/explode" << QByteArray("{}") << 404 << "ENDPOINT_NOT_FOUND" << "runs/explode";
}

void TestMlflowRest::badRequestsGetMlflowErrors()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);
    const QString runId = createRun(QStringLiteral("0"));
    const qsizetype tagsBefore = getRun(runId)[QStringLiteral("data")][QStringLiteral("tags")].toArray().size();
    body.replace("RUN", runId.toUtf8());
    const HttpReply reply = m_http->postRaw(endpoint, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(reply.json[QStringLiteral("error_code")].toString(), errorCode);
    QVERIFY2(reply.json[QStringLiteral("message")].toString().contains(messagePart), reply.body.constData());
    // Nothing was written to the run.
    const QJsonObject data = getRun(runId)[QStringLiteral("data")].toObject();
    QVERIFY(!data.contains(QStringLiteral("metrics")));
    QCOMPARE(data[QStringLiteral("tags")].toArray().size(), tagsBefore);
}

void TestMlflowRest::unknownRunIsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("queryOrBody");
    const QString unknown = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("runs/get") << QByteArray("GET") << "runs/get" << QStringLiteral("run_id=") + unknown;
    QTest::newRow("get-history") << QByteArray("GET") << "metrics/get-history"
                                 << QStringLiteral("run_id=%1&metric_key=loss").arg(unknown);
    QTest::newRow("artifacts/list") << QByteArray("GET") << "artifacts/list" << QStringLiteral("run_id=") + unknown;
    QTest::newRow("log-metric") << QByteArray("POST") << "runs/log-metric"
        << QStringLiteral(R"({"run_id": "%1", "key": "a", "value": 1, "timestamp": 1})").arg(unknown);
    QTest::newRow("log-batch") << QByteArray("POST") << "runs/log-batch"
        << QStringLiteral(R"({"run_id": "%1", "params": [{"key": "a", "value": "b"}]})").arg(unknown);
    QTest::newRow("update") << QByteArray("POST") << "runs/update"
        << QStringLiteral(R"({"run_id": "%1", "status": "FINISHED"})").arg(unknown);
    QTest::newRow("delete") << QByteArray("POST") << "runs/delete" << QStringLiteral(R"({"run_id": "%1"})").arg(unknown);
}

void TestMlflowRest::unknownRunIsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, endpoint);
    QFETCH(QString, queryOrBody);
    const HttpReply reply = method == "GET" ? m_http->get(endpoint, queryOrBody)
                                            : m_http->postRaw(endpoint, queryOrBody.toUtf8());
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
    QVERIFY(!reply.json[QStringLiteral("message")].toString().isEmpty());
}

void TestMlflowRest::updateDeleteRestoreAndSearch()
{
    const HttpReply experiment = m_http->post(QStringLiteral("experiments/create"),
                                              {{QStringLiteral("name"), QStringLiteral("search here")}});
    const QString experimentId = experiment.json[QStringLiteral("experiment_id")].toString();
    const QString good = createRun(experimentId, QStringLiteral("good"));
    const QString bad = createRun(experimentId, QStringLiteral("bad"));
    for (const auto &[runId, accuracy] : {std::pair{good, 0.95}, std::pair{bad, 0.5}}) {
        QCOMPARE(m_http->post(QStringLiteral("runs/log-batch"),
            {{QStringLiteral("run_id"), runId},
             {QStringLiteral("metrics"), QJsonArray{metricPoint(QStringLiteral("val_acc"), accuracy, StartTime, 0)}},
             {QStringLiteral("params"), QJsonArray{keyValue(QStringLiteral("lr"), QStringLiteral("0.01"))}}}).status, 200);
    }

    const HttpReply updated = m_http->post(QStringLiteral("runs/update"),
        {{QStringLiteral("run_id"), good}, {QStringLiteral("run_uuid"), good},
         {QStringLiteral("status"), QStringLiteral("FINISHED")}, {QStringLiteral("end_time"), StartTime + 5000}});
    QCOMPARE(updated.status, 200);
    const QJsonObject info = updated.json[QStringLiteral("run_info")].toObject();
    QCOMPARE(info[QStringLiteral("run_id")].toString(), good);
    QCOMPARE(info[QStringLiteral("status")].toString(), QStringLiteral("FINISHED"));
    QCOMPARE(qint64(info[QStringLiteral("end_time")].toDouble()), StartTime + 5000);
    QCOMPARE(info[QStringLiteral("run_name")].toString(), QStringLiteral("good"));

    const QJsonObject search{{QStringLiteral("experiment_ids"), QJsonArray{experimentId}},
                             {QStringLiteral("filter"), QStringLiteral("metrics.val_acc > 0.9 and params.lr = \"0.01\"")},
                             {QStringLiteral("run_view_type"), QStringLiteral("ACTIVE_ONLY")},
                             {QStringLiteral("max_results"), 1000}};
    const HttpReply found = m_http->post(QStringLiteral("runs/search"), search);
    QCOMPARE(found.status, 200);
    const QJsonArray runs = found.json[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0][QStringLiteral("info")][QStringLiteral("run_id")].toString(), good);
    QCOMPARE(runs[0][QStringLiteral("data")][QStringLiteral("metrics")][0][QStringLiteral("value")].toDouble(), 0.95);

    QCOMPARE(m_http->post(QStringLiteral("runs/delete"), {{QStringLiteral("run_id"), good}}).status, 200);
    QCOMPARE(getRun(good)[QStringLiteral("info")][QStringLiteral("lifecycle_stage")].toString(), QStringLiteral("deleted"));
    QCOMPARE(m_http->post(QStringLiteral("runs/search"), search).json, QJsonObject());
    QJsonObject deletedOnly = search;
    deletedOnly.insert(QStringLiteral("run_view_type"), QStringLiteral("DELETED_ONLY"));
    QCOMPARE(m_http->post(QStringLiteral("runs/search"), deletedOnly).json[QStringLiteral("runs")].toArray().size(), 1);

    QCOMPARE(m_http->post(QStringLiteral("runs/restore"), {{QStringLiteral("run_id"), good}}).status, 200);
    QCOMPARE(getRun(good)[QStringLiteral("info")][QStringLiteral("lifecycle_stage")].toString(), QStringLiteral("active"));

    const HttpReply badFilter = m_http->post(QStringLiteral("runs/search"),
        {{QStringLiteral("experiment_ids"), QJsonArray{experimentId}}, {QStringLiteral("filter"), QStringLiteral("metrics.val_acc >>> 1")}});
    QCOMPARE(badFilter.status, 400);
    QCOMPARE(badFilter.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    const HttpReply tooMany = m_http->post(QStringLiteral("runs/search"),
        {{QStringLiteral("experiment_ids"), QJsonArray{experimentId}}, {QStringLiteral("max_results"), 50001}});
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
}

void TestMlflowRest::logInputsShowInGetRun()
{
    const QString runId = createRun(QStringLiteral("0"));
    const QJsonObject dataset{{QStringLiteral("name"), QStringLiteral("coco-mini")},
                              {QStringLiteral("digest"), QStringLiteral("4f1a2b")},
                              {QStringLiteral("source_type"), QStringLiteral("local")},
                              {QStringLiteral("source"), QStringLiteral("{\"uri\": \"/data/coco\"}")},
                              {QStringLiteral("schema"), QStringLiteral("{}")}};
    const HttpReply logged = m_http->post(QStringLiteral("runs/log-inputs"),
        {{QStringLiteral("run_id"), runId},
         {QStringLiteral("datasets"), QJsonArray{QJsonObject{
             {QStringLiteral("tags"), QJsonArray{keyValue(QStringLiteral("mlflow.data.context"), QStringLiteral("training"))}},
             {QStringLiteral("dataset"), dataset}}}}});
    QCOMPARE(logged.status, 200);
    const QJsonArray inputs = getRun(runId)[QStringLiteral("inputs")][QStringLiteral("dataset_inputs")].toArray();
    QCOMPARE(inputs.size(), 1);
    QCOMPARE(inputs[0][QStringLiteral("dataset")][QStringLiteral("name")].toString(), QStringLiteral("coco-mini"));
    QCOMPARE(inputs[0][QStringLiteral("dataset")][QStringLiteral("digest")].toString(), QStringLiteral("4f1a2b"));
    QCOMPARE(inputs[0][QStringLiteral("dataset")][QStringLiteral("source")].toString(), QStringLiteral("{\"uri\": \"/data/coco\"}"));
    QCOMPARE(valueOf(inputs[0][QStringLiteral("tags")].toArray(), QStringLiteral("mlflow.data.context")),
             QStringLiteral("training"));
}

void TestMlflowRest::artifactsUploadDownloadListDelete()
{
    const QString runId = createRun(QStringLiteral("0"));
    const QString root = QStringLiteral("/api/2.0/mlflow-artifacts/artifacts/0/%1/artifacts").arg(runId);
    const QByteArray text = "epoch,loss\n1,0.5\n";
    QByteArray large(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 7919) % 251);

    QCOMPARE(m_http->send("PUT", root + QStringLiteral("/metrics.csv"), text, "text/csv").status, 200);
    const HttpReply put = m_http->send("PUT", root + QStringLiteral("/model/weights.bin"), large, "application/octet-stream");
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json, QJsonObject());
    QCOMPARE(m_http->send("PUT", root + QStringLiteral("/model/deep/config.yaml"), "a: 1\n", "text/plain").status, 200);

    const HttpReply downloaded = m_http->send("GET", root + QStringLiteral("/model/weights.bin"));
    QCOMPARE(downloaded.status, 200);
    QCOMPARE(downloaded.body.size(), large.size());
    QVERIFY(downloaded.body == large);
    QCOMPARE(downloaded.contentDisposition, QByteArrayLiteral("attachment; filename=weights.bin"));
    const HttpReply csv = m_http->send("GET", root + QStringLiteral("/metrics.csv"));
    QCOMPARE(csv.body, text);
    QCOMPARE(csv.contentType, QByteArrayLiteral("text/csv"));

    // The content sits in blobs/ under its SHA-256, with a row in the artifact table.
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("blobs/%1/%2").arg(sha.left(2), sha.mid(2)))));
    auto recorded = m_project->database().queryInt(
        "SELECT size FROM artifact JOIN run ON run.id = artifact.run_id WHERE run.uuid = ? AND path = ? AND sha256 = ?",
        runId, QStringLiteral("model/weights.bin"), sha);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().toString()));
    QCOMPARE(*recorded, large.size());

    // The proxy's list, as HttpArtifactRepository.list_artifacts asks: names relative to the folder.
    const HttpReply listed = m_http->send("GET", QStringLiteral("/api/2.0/mlflow-artifacts/artifacts?path=")
                                                     + percentEncoded(QStringLiteral("0/%1/artifacts/model").arg(runId)));
    QCOMPARE(listed.status, 200);
    const QJsonArray files = listed.json[QStringLiteral("files")].toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0][QStringLiteral("path")].toString(), QStringLiteral("deep"));
    QCOMPARE(files[0][QStringLiteral("is_dir")].toBool(), true);
    QVERIFY(!files[0].toObject().contains(QStringLiteral("file_size")));
    QCOMPARE(files[1][QStringLiteral("path")].toString(), QStringLiteral("weights.bin"));
    QCOMPARE(files[1][QStringLiteral("is_dir")].toBool(), false);
    QCOMPARE(qint64(files[1][QStringLiteral("file_size")].toDouble()), large.size());

    // ListArtifacts of the tracking API: paths relative to the run's root, and the root's URI.
    const HttpReply runList = m_http->get(QStringLiteral("artifacts/list"), QStringLiteral("run_id=") + runId);
    QCOMPARE(runList.status, 200);
    QCOMPARE(runList.json[QStringLiteral("root_uri")].toString(), QStringLiteral("mlflow-artifacts:/0/%1/artifacts").arg(runId));
    const QJsonArray rootFiles = runList.json[QStringLiteral("files")].toArray();
    QCOMPARE(rootFiles.size(), 2);
    QCOMPARE(rootFiles[0][QStringLiteral("path")].toString(), QStringLiteral("metrics.csv"));
    QCOMPARE(qint64(rootFiles[0][QStringLiteral("file_size")].toDouble()), text.size());
    QCOMPARE(rootFiles[1][QStringLiteral("path")].toString(), QStringLiteral("model"));
    QCOMPARE(rootFiles[1][QStringLiteral("is_dir")].toBool(), true);
    const HttpReply subList = m_http->get(QStringLiteral("artifacts/list"), QStringLiteral("run_id=%1&path=model").arg(runId));
    QCOMPARE(subList.json[QStringLiteral("files")][1][QStringLiteral("path")].toString(), QStringLiteral("model/weights.bin"));

    // Replacing a file keeps one row; deleting a folder removes what is under it.
    QCOMPARE(m_http->send("PUT", root + QStringLiteral("/metrics.csv"), "epoch,loss\n", "text/csv").status, 200);
    QCOMPARE(m_http->send("GET", root + QStringLiteral("/metrics.csv")).body, QByteArrayLiteral("epoch,loss\n"));
    QCOMPARE(m_http->send("DELETE", root + QStringLiteral("/model")).status, 200);
    QCOMPARE(m_http->send("GET", root + QStringLiteral("/model/weights.bin")).status, 404);
    const HttpReply afterDelete = m_http->get(QStringLiteral("artifacts/list"), QStringLiteral("run_id=") + runId);
    QCOMPARE(afterDelete.json[QStringLiteral("files")].toArray().size(), 1);

    const HttpReply missing = m_http->send("GET", root + QStringLiteral("/nothing.txt"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
    const HttpReply unknownRun = m_http->send("PUT", QStringLiteral("/api/2.0/mlflow-artifacts/artifacts/0/"
                                                                    "0123456789abcdef0123456789abcdef/artifacts/f.txt"), "x");
    QCOMPARE(unknownRun.status, 404);
    QCOMPARE(unknownRun.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
}

void TestMlflowRest::artifactPathsLeavingTheRunAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // after /api/2.0/mlflow-artifacts/artifacts, encoded
    QTest::newRow("dot-dot up") << QByteArray("PUT") << "/0/RUN/artifacts/%2E%2E/%2E%2E/escape.txt";
    QTest::newRow("dot-dot in list") << QByteArray("GET") << "?path=0/RUN/artifacts/%2E%2E";
    QTest::newRow("absolute in list") << QByteArray("GET") << "?path=%2Fetc%2Fpasswd";
    QTest::newRow("backslash") << QByteArray("PUT") << "/0/RUN/artifacts/a%5C..%5Cb.txt";
    QTest::newRow("not a run path") << QByteArray("PUT") << "/models/m-1/artifacts/model.pkl";
    QTest::newRow("no file name") << QByteArray("PUT") << "/0/RUN/artifacts/";
    QTest::newRow("dot-dot in run list") << QByteArray("GET") << "/../../mlflow/artifacts/list";
}

void TestMlflowRest::artifactPathsLeavingTheRunAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QString runId = createRun(QStringLiteral("0"));
    path.replace(QStringLiteral("RUN"), runId);
    const HttpReply reply = m_http->send(method, QStringLiteral("/api/2.0/mlflow-artifacts/artifacts") + path, "content");
    QVERIFY2(reply.status == 400 || reply.status == 404, reply.body.constData());
    if (reply.status == 400)
        QCOMPARE(reply.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    auto count = m_project->database().queryInt("SELECT count(*) FROM artifact");
    QVERIFY(count);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("escape.txt"))));
    const HttpReply listed = m_http->get(QStringLiteral("artifacts/list"), QStringLiteral("run_id=") + runId);
    QVERIFY(!listed.json.contains(QStringLiteral("files")));
}

// What `mlflow.set_experiment("x"); mlflow.start_run(); mlflow.log_param("lr", 0.01);
// mlflow.log_metric("loss", 0.5, step=1); mlflow.log_artifact("f.txt"); mlflow.end_run()` sends
// with MLFLOW_TRACKING_URI=http://127.0.0.1:PORT (MLflow 2.x: fluent.py, client.py,
// rest_store.py, http_artifact_repo.py).
void TestMlflowRest::fluentClientSequence()
{
    // set_experiment: get-by-name; RESOURCE_DOES_NOT_EXIST makes the client create it, then get it.
    const HttpReply lookup = m_http->get(QStringLiteral("experiments/get-by-name"), QStringLiteral("experiment_name=x"));
    QCOMPARE(lookup.status, 404);
    QCOMPARE(lookup.json[QStringLiteral("error_code")].toString(), QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
    const HttpReply created = m_http->post(QStringLiteral("experiments/create"), {{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(created.status, 200);
    const QString experimentId = created.json[QStringLiteral("experiment_id")].toString();
    const HttpReply experiment = m_http->get(QStringLiteral("experiments/get"), QStringLiteral("experiment_id=") + experimentId);
    QCOMPARE(experiment.status, 200);
    QCOMPARE(experiment.json[QStringLiteral("experiment")][QStringLiteral("lifecycle_stage")].toString(), QStringLiteral("active"));

    // start_run: the resolved context tags; no run_name, so the server picks one.
    const qint64 startTime = QDateTime::currentMSecsSinceEpoch();
    const HttpReply started = m_http->post(QStringLiteral("runs/create"),
        {{QStringLiteral("experiment_id"), experimentId},
         {QStringLiteral("user_id"), QStringLiteral("me")},
         {QStringLiteral("start_time"), startTime},
         {QStringLiteral("tags"), QJsonArray{keyValue(QStringLiteral("mlflow.user"), QStringLiteral("me")),
                                             keyValue(QStringLiteral("mlflow.source.name"), QStringLiteral("train.py")),
                                             keyValue(QStringLiteral("mlflow.source.type"), QStringLiteral("LOCAL"))}}});
    QCOMPARE(started.status, 200);
    const QJsonObject startedInfo = started.json[QStringLiteral("run")][QStringLiteral("info")].toObject();
    const QString runId = startedInfo[QStringLiteral("run_id")].toString();
    QVERIFY(!startedInfo[QStringLiteral("run_name")].toString().isEmpty());
    QCOMPARE(startedInfo[QStringLiteral("experiment_id")].toString(), experimentId);

    QCOMPARE(m_http->post(QStringLiteral("runs/log-parameter"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("run_uuid"), runId},
         {QStringLiteral("key"), QStringLiteral("lr")}, {QStringLiteral("value"), QStringLiteral("0.01")}}).status, 200);
    QCOMPARE(m_http->post(QStringLiteral("runs/log-metric"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("run_uuid"), runId},
         {QStringLiteral("key"), QStringLiteral("loss")}, {QStringLiteral("value"), 0.5},
         {QStringLiteral("timestamp"), startTime + 10}, {QStringLiteral("step"), 1}}).status, 200);

    // log_artifact: get the run for its artifact_uri, then PUT the file through the proxy.
    const HttpReply forUri = m_http->get(QStringLiteral("runs/get"), QStringLiteral("run_uuid=%1&run_id=%1").arg(runId));
    QCOMPARE(forUri.status, 200);
    const QString artifactUri = forUri.json[QStringLiteral("run")][QStringLiteral("info")][QStringLiteral("artifact_uri")].toString();
    QCOMPARE(artifactUri, QStringLiteral("mlflow-artifacts:/%1/%2/artifacts").arg(experimentId, runId));
    const QString proxyPath = QStringLiteral("/api/2.0/mlflow-artifacts/artifacts/")
                              + artifactUri.mid(QStringLiteral("mlflow-artifacts:/").size()) + QStringLiteral("/f.txt");
    QCOMPARE(m_http->send("PUT", proxyPath, "hello\n", "text/plain").status, 200);

    // end_run: set_terminated.
    const qint64 endTime = startTime + 20;
    const HttpReply ended = m_http->post(QStringLiteral("runs/update"),
        {{QStringLiteral("run_id"), runId}, {QStringLiteral("run_uuid"), runId},
         {QStringLiteral("status"), QStringLiteral("FINISHED")}, {QStringLiteral("end_time"), endTime}});
    QCOMPARE(ended.status, 200);

    const QJsonObject run = getRun(runId);
    const QJsonObject info = run[QStringLiteral("info")].toObject();
    QCOMPARE(info[QStringLiteral("status")].toString(), QStringLiteral("FINISHED"));
    QCOMPARE(qint64(info[QStringLiteral("start_time")].toDouble()), startTime);
    QCOMPARE(qint64(info[QStringLiteral("end_time")].toDouble()), endTime);
    QCOMPARE(info[QStringLiteral("lifecycle_stage")].toString(), QStringLiteral("active"));
    const QJsonObject data = run[QStringLiteral("data")].toObject();
    QCOMPARE(valueOf(data[QStringLiteral("params")].toArray(), QStringLiteral("lr")), QStringLiteral("0.01"));
    const QJsonObject loss = metricOf(data[QStringLiteral("metrics")].toArray(), QStringLiteral("loss"));
    QCOMPARE(loss[QStringLiteral("value")].toDouble(), 0.5);
    QCOMPARE(qint64(loss[QStringLiteral("step")].toDouble()), 1);
    QCOMPARE(valueOf(data[QStringLiteral("tags")].toArray(), QStringLiteral("mlflow.source.name")), QStringLiteral("train.py"));
    const HttpReply artifacts = m_http->get(QStringLiteral("artifacts/list"), QStringLiteral("run_id=") + runId);
    QCOMPARE(artifacts.json[QStringLiteral("files")].toArray().size(), 1);
    QCOMPARE(artifacts.json[QStringLiteral("files")][0][QStringLiteral("path")].toString(), QStringLiteral("f.txt"));
    QCOMPARE(qint64(artifacts.json[QStringLiteral("files")][0][QStringLiteral("file_size")].toDouble()), 6);
    QCOMPARE(m_http->send("GET", proxyPath).body, QByteArrayLiteral("hello\n"));
}

void TestMlflowRest::bulkIntervalSamplesStepsAsMlflow()
{
    const QString first = createRun(QStringLiteral("0"));
    const QString second = createRun(QStringLiteral("0"));
    QJsonArray points;
    for (int step = 0; step < 1000; ++step)
        points.append(metricPoint(QStringLiteral("loss"), step, StartTime + step, step));
    QCOMPARE(m_http->post(QStringLiteral("runs/log-batch"), {{QStringLiteral("run_id"), first}, {QStringLiteral("metrics"), points}}).status, 200);
    QCOMPARE(m_http->post(QStringLiteral("runs/log-batch"),
        {{QStringLiteral("run_id"), second},
         {QStringLiteral("metrics"), QJsonArray{metricPoint(QStringLiteral("loss"), 7, StartTime, 5),
                                                metricPoint(QStringLiteral("loss"), 8, StartTime, 1500)}}}).status, 200);

    // All steps of both runs are 0..999 and 1500: 1001 steps, sampled to 10 with MLflow's rule
    // (indices 0, 100.1, 200.2, ... and the last), plus every run's first and last step (5 is
    // the second run's first, so the first run answers it too).
    const HttpReply sampled = m_http->get(QStringLiteral("metrics/get-history-bulk-interval"),
        QStringLiteral("run_ids=%1&run_ids=%2&metric_key=loss&max_results=10").arg(first, second));
    QCOMPARE(sampled.status, 200);
    QList<qint64> firstSteps;
    QList<qint64> secondSteps;
    for (const QJsonValue &metric : sampled.json[QStringLiteral("metrics")].toArray()) {
        const qint64 step = qint64(metric[QStringLiteral("step")].toDouble());
        if (metric[QStringLiteral("run_id")].toString() == first)
            firstSteps.append(step);
        else if (metric[QStringLiteral("run_id")].toString() == second)
            secondSteps.append(step);
    }
    QCOMPARE(firstSteps, (QList<qint64>{0, 5, 100, 200, 300, 400, 500, 600, 700, 800, 900, 999}));
    QCOMPARE(secondSteps, (QList<qint64>{5, 1500}));

    const HttpReply window = m_http->get(QStringLiteral("metrics/get-history-bulk-interval"),
        QStringLiteral("run_ids=%1&metric_key=loss&start_step=10&end_step=14").arg(first));
    QCOMPARE(window.json[QStringLiteral("metrics")].toArray().size(), 5);

    const HttpReply oneSided = m_http->get(QStringLiteral("metrics/get-history-bulk-interval"),
        QStringLiteral("run_ids=%1&metric_key=loss&start_step=10").arg(first));
    QCOMPARE(oneSided.status, 400);
    QCOMPARE(oneSided.json[QStringLiteral("error_code")].toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
    const HttpReply tooMany = m_http->get(QStringLiteral("metrics/get-history-bulk-interval"),
        QStringLiteral("run_ids=%1&metric_key=loss&max_results=2501").arg(first));
    QCOMPARE(tooMany.status, 400);
}

// Points per second through log-batch of 1,000 metrics, one request after another as one
// client sends them (the target is 100,000). Printed; the assertion is only that all arrived.
void TestMlflowRest::logBatchThroughput()
{
    constexpr int Requests = 200;
    constexpr int PointsPerRequest = 1000;
    const QString runId = createRun(QStringLiteral("0"));
    QList<QByteArray> bodies;
    for (int request = 0; request < Requests; ++request) {
        QJsonArray metrics;
        for (int i = 0; i < PointsPerRequest; ++i) {
            const int step = request * PointsPerRequest / 4 + i / 4;
            metrics.append(metricPoint(QStringLiteral("m%1").arg(i % 4), std::sin(step * 0.01), StartTime + step, step));
        }
        bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("run_id"), runId}, {QStringLiteral("metrics"), metrics}})
                          .toJson(QJsonDocument::Compact));
    }
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies)
        QCOMPARE(m_http->postRaw(QStringLiteral("runs/log-batch"), body).status, 200);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double pointsPerSecond = Requests * PointsPerRequest / seconds;
    qInfo("log-batch of %d metrics: %d requests in %.3f s, %.0f points/s (target 100,000)",
          PointsPerRequest, Requests, seconds, pointsPerSecond);

    const HttpReply history = m_http->get(QStringLiteral("metrics/get-history"),
                                          QStringLiteral("run_id=%1&metric_key=m3").arg(runId));
    QCOMPARE(history.json[QStringLiteral("metrics")].toArray().size(), Requests * PointsPerRequest / 4);
}

QTEST_GUILESS_MAIN(TestMlflowRest)
#include "tst_mlflow_rest.moc"
