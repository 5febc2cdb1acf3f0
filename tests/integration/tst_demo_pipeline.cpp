// Tests the demo end to end through the atelier command line: version, train, register, deploy, lineage, load, split, a killed route, stop.
#include "core/serving/demo_serving.h"
#include "core/serving/http_probe.h"
#include "core/serving/prometheus_text.h"
#include "tests/integration/atelier_process.h"
#include "tests/fixtures/process_tree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace atelier;
using atelier::testing::childOf;
using namespace atelier::testing;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

// The inference requests a demo server answered, from its own /metrics; -1 when it does not answer.
double inferCount(int port)
{
    auto reply = HttpProbe().get(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
    if (!reply || reply->status != 200)
        return -1;
    auto scrape = PrometheusText::parse(reply->body);
    return scrape ? scrape->sum(QStringLiteral("demo_requests_total"), {{QStringLiteral("route"), QStringLiteral("infer")}}).value_or(0)
                  : -1;
}

QString failure(const Outcome &outcome)
{
    return QStringLiteral("exit %1: %2%3").arg(outcome.exitCode).arg(QString::fromUtf8(outcome.err), QString::fromUtf8(outcome.out.left(2000)));
}

} // namespace

class TestDemoPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_body;        // an inference request
    QString m_runs[2];     // the MLflow run ids of the two trainings
    qint64 m_jobs[2] = {0, 0};
    qint64 m_versions[2] = {0, 0}; // model_version row ids
    qint64 m_deployment = 0;
    int m_port = 0;
    QJsonObject m_split;   // deploy split's answer

    Outcome atelier(const QStringList &args) { return runAtelier(args); }

    // `job submit` of the demo training (for real, with /usr/bin/python3) on version 1 of the
    // dataset, then `job wait` until it ended; the job's JSON.
    QJsonObject train(const QString &name, int epochs, const QString &lr)
    {
        QDir().mkpath(m_dir.filePath(name));
        const Outcome submitted = atelier({arg("job"), arg("submit"), m_project, arg("--target"), arg("local"),
                                           arg("--name"), name, arg("--experiment"), arg("demo"),
                                           arg("--dataset-version"), arg("shapes/1"), arg("--workdir"),
                                           m_dir.filePath(name), arg("--checkpoints"), arg("checkpoints/*.json"), arg("--"),
                                           Python, QDir(m_project).filePath(arg("train_demo.py")), arg("--data"),
                                           QDir(m_project).filePath(arg("images")), arg("--epochs"), QString::number(epochs),
                                           arg("--lr"), lr});
        if (submitted.exitCode != 0)
            qWarning("%s", qPrintable(failure(submitted)));
        const QString id = QString::number(submitted.json().value(arg("id")).toInteger());
        const Outcome waited = atelier({arg("job"), arg("wait"), m_project, id, arg("--timeout"), arg("60")});
        if (waited.exitCode != 0)
            qWarning("%s", qPrintable(failure(waited)));
        return waited.json();
    }

    qint64 registerRun(const QString &run)
    {
        const Outcome registered = atelier({arg("model"), arg("register"), m_project, arg("--name"), DemoServing::modelName(),
                                            arg("--run"), run, arg("--artifact"), arg("demo_model.json")});
        if (registered.exitCode != 0)
            qWarning("%s", qPrintable(failure(registered)));
        return registered.json().value(arg("id")).toInteger();
    }

    QJsonObject load(int requests, int concurrency)
    {
        const Outcome loaded = atelier({arg("loadtest"), QStringLiteral("http://127.0.0.1:%1/v2/models/dominant-colour/infer").arg(m_port),
                                        arg("--requests"), QString::number(requests), arg("--concurrency"),
                                        QString::number(concurrency), arg("--method"), arg("POST"), arg("--body"), m_body,
                                        arg("--header"), arg("Content-Type: application/json"), arg("--project"),
                                        m_project, arg("--deployment"), arg("demo")});
        if (loaded.exitCode != 0)
            qWarning("%s", qPrintable(failure(loaded)));
        return loaded.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!atelierBinary().isEmpty());
        m_project = m_dir.filePath(arg("demo"));
        m_body = m_dir.filePath(arg("infer.json"));
        QFile body(m_body);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(DemoServing::inferRequest({{200, 40, 40}, {40, 40, 200}}));
    }

    void cleanupTestCase()
    {
        if (m_deployment)
            atelier({arg("deploy"), arg("stop"), m_project, arg("demo")});
    }

    void importsAndVersions()
    {
        const Outcome created = atelier({arg("demo"), arg("create"), m_project});
        QVERIFY2(created.exitCode == 0, qPrintable(failure(created)));
        QVERIFY(QFile::exists(created.json().value(arg("training_script")).toString()));
        const Outcome versioned = atelier({arg("dataset"), arg("version"), m_project, arg("--name"), arg("shapes"),
                                           arg("--message"), arg("the demo model's training data")});
        QVERIFY2(versioned.exitCode == 0, qPrintable(failure(versioned)));
        QCOMPARE(versioned.json().value(arg("version")).toInt(), 1);
        // Every project comes with the local target; the pipeline's job and deployment run on it.
        const Outcome target = atelier({arg("target"), arg("test"), m_project, arg("local")});
        QVERIFY2(target.exitCode == 0, qPrintable(failure(target)));
    }

    void trainsForReal()
    {
        const QJsonObject job = train(arg("first"), 4, arg("0.5"));
        QCOMPARE(job.value(arg("state")).toString(), arg("succeeded"));
        m_jobs[0] = job.value(arg("id")).toInteger();
        m_runs[0] = job.value(arg("run_id")).toString();
        QVERIFY(!m_runs[0].isEmpty());
        // Its checkpoints and model landed in the output folder (the working folder).
        QVERIFY(QFile::exists(m_dir.filePath(arg("first/checkpoints/epoch_0004.json"))));
        QVERIFY(QFile::exists(m_dir.filePath(arg("first/demo_model.json"))));
        const Outcome logs = atelier({arg("job"), arg("logs"), m_project, QString::number(m_jobs[0])});
        QVERIFY(logs.out.contains("epoch 4/4 train_loss="));
    }

    void registersTheRunsModel()
    {
        m_versions[0] = registerRun(m_runs[0]);
        QVERIFY(m_versions[0] > 0);
        const Outcome listed = atelier({arg("model"), arg("list"), m_project});
        const QJsonObject model = listed.json().value(arg("models")).toArray().at(0).toObject();
        QCOMPARE(model.value(arg("name")).toString(), DemoServing::modelName());
        // The run's metrics at registration came with it (logged per epoch by train_demo.py).
        const QByteArray text = listed.out;
        QVERIFY2(text.contains("val_loss"), text.constData());
    }

    void deploysTheDemoServer()
    {
        const Outcome started = atelier({arg("deploy"), arg("start"), m_project, arg("--model"), DemoServing::modelName(),
                                         arg("--version"), arg("1"), arg("--target"), arg("local"), arg("--name"), arg("demo")});
        QVERIFY2(started.exitCode == 0, qPrintable(failure(started)));
        QCOMPARE(started.json().value(arg("state")).toString(), arg("ready"));
        m_deployment = started.json().value(arg("id")).toInteger();
        m_port = started.json().value(arg("port")).toInt();
        QVERIFY(m_port > 0);
    }

    void lineageReachesTheDatasetVersion()
    {
        const Outcome lineage = atelier({arg("lineage"), m_project, arg("--of"), arg("deployment:demo"), arg("--direction"), arg("up")});
        QVERIFY2(lineage.exitCode == 0, qPrintable(failure(lineage)));
        const QJsonObject graph = lineage.json();
        QCOMPARE(graph.value(arg("root")).toString(), QStringLiteral("deployment:%1").arg(m_deployment));
        // One node of each kind upstream of the deployment; the ids of those this test made are known.
        QHash<QString, QString> keyOf;
        for (const QJsonValue &node : graph.value(arg("nodes")).toArray()) {
            const QString kind = node[arg("kind")].toString();
            QVERIFY2(!keyOf.contains(kind), qPrintable(kind + arg(" twice")));
            keyOf.insert(kind, node[arg("id")].toString());
            if (kind == QLatin1String("run"))
                QVERIFY(QJsonDocument(node[arg("detail")].toObject()).toJson().contains(m_runs[0].toUtf8()));
        }
        QCOMPARE(keyOf.value(arg("job")), QStringLiteral("job:%1").arg(m_jobs[0]));
        QCOMPARE(keyOf.value(arg("model_version")), QStringLiteral("model_version:%1").arg(m_versions[0]));
        QVERIFY(keyOf.value(arg("dataset_version")).startsWith(arg("dataset_version:")));
        QVERIFY(keyOf.value(arg("dataset")).startsWith(arg("dataset:")));
        QVERIFY(keyOf.value(arg("model")).startsWith(arg("model:")));
        QVERIFY(keyOf.value(arg("run")).startsWith(arg("run:")));
        QCOMPARE(keyOf.size(), 7);
        // Every edge, and nothing else: dataset -> version -> job -> run -> model version -> deployment,
        // the version also the run's input, and the model owning its version.
        const QSet<QString> expected{
            keyOf[arg("dataset")] + arg(" -version-> ") + keyOf[arg("dataset_version")],
            keyOf[arg("dataset_version")] + arg(" -input-> ") + keyOf[arg("job")],
            keyOf[arg("dataset_version")] + arg(" -input-> ") + keyOf[arg("run")],
            keyOf[arg("job")] + arg(" -run-> ") + keyOf[arg("run")],
            keyOf[arg("run")] + arg(" -output-> ") + keyOf[arg("model_version")],
            keyOf[arg("model")] + arg(" -version-> ") + keyOf[arg("model_version")],
            keyOf[arg("model_version")] + arg(" -deployment-> ") + QStringLiteral("deployment:%1").arg(m_deployment),
        };
        QSet<QString> edges;
        for (const QJsonValue &edge : graph.value(arg("edges")).toArray())
            edges.insert(edge[arg("from")].toString() + QStringLiteral(" -%1-> ").arg(edge[arg("relation")].toString())
                         + edge[arg("to")].toString());
        QCOMPARE(graph.value(arg("edges")).toArray().size(), expected.size());
        QCOMPARE(edges, expected);
    }

    void loadTestSucceeds()
    {
        const QJsonObject result = load(300, 4);
        QCOMPARE(result.value(arg("requests")).toInt(), 300);
        QCOMPARE(result.value(arg("errors")).toInt(), 0);
        QCOMPARE(result.value(arg("deployment_id")).toInteger(), m_deployment);
    }

    void splitsNinetyTen()
    {
        const QJsonObject second = train(arg("second"), 2, arg("0.9"));
        QCOMPARE(second.value(arg("state")).toString(), arg("succeeded"));
        m_runs[1] = second.value(arg("run_id")).toString();
        m_versions[1] = registerRun(m_runs[1]);
        QVERIFY(m_versions[1] > m_versions[0]);

        const Outcome split = atelier({arg("deploy"), arg("split"), m_project, arg("demo"), arg("1:90"), arg("2:10")});
        QVERIFY2(split.exitCode == 0, qPrintable(failure(split)));
        m_split = split.json();
        QCOMPARE(m_split.value(arg("state")).toString(), arg("ready"));
        QCOMPARE(m_split.value(arg("port")).toInt(), m_port); // the deployment keeps its port: the gateway's now
        const QJsonArray routes = m_split.value(arg("routes")).toArray();
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes.at(0)[arg("weight")].toInt(), 90);
        QCOMPARE(routes.at(1)[arg("version")].toInt(), 2);
        QCOMPARE(routes.at(1)[arg("weight")].toInt(), 10);

        const double before[2] = {inferCount(routes.at(0)[arg("port")].toInt()), inferCount(routes.at(1)[arg("port")].toInt())};
        const QJsonObject result = load(2000, 8);
        QCOMPARE(result.value(arg("requests")).toInt(), 2000);
        QCOMPARE(result.value(arg("errors")).toInt(), 0);
        const double served[2] = {inferCount(routes.at(0)[arg("port")].toInt()) - before[0],
                                  inferCount(routes.at(1)[arg("port")].toInt()) - before[1]};
        QCOMPARE(served[0] + served[1], 2000.0);
        const double share = 100.0 * served[1] / 2000.0;
        QVERIFY2(qAbs(share - 10.0) <= 3.0, qPrintable(QStringLiteral("version 2 served %1 %").arg(share)));
    }

    void killedRouteServerIsSeenWithin2s()
    {
        const qint64 job = m_split.value(arg("routes")).toArray().at(1)[arg("job_id")].toInteger();
        const Outcome jobs = atelier({arg("job"), arg("list"), m_project});
        QString folder;
        for (const QJsonValue &entry : jobs.json().value(arg("jobs")).toArray()) {
            if (entry[arg("id")].toInteger() == job)
                folder = entry[arg("folder")].toString();
        }
        QFile pid(folder + arg("/pid"));
        QVERIFY2(pid.open(QIODevice::ReadOnly), qPrintable(folder));
        const qint64 server = childOf(pid.readAll().trimmed().toLongLong());
        QVERIFY(server > 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(server), SIGKILL), 0);
        QJsonObject status;
        QVERIFY(eventually([&] {
            status = atelier({arg("deploy"), arg("status"), m_project, arg("demo")}).json();
            return status.value(arg("state")).toString() == QLatin1String("degraded");
        }, 2000));
        QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(status.value(arg("reason")).toString().contains(arg("v2 is down")),
                 qPrintable(status.value(arg("reason")).toString()));
        QCOMPARE(status.value(arg("routes")).toArray().at(1)[arg("state")].toString(), arg("down"));
        QCOMPARE(status.value(arg("routes")).toArray().at(0)[arg("state")].toString(), arg("ready"));
    }

    void stops()
    {
        const Outcome stopped = atelier({arg("deploy"), arg("stop"), m_project, arg("demo")});
        QVERIFY2(stopped.exitCode == 0, qPrintable(failure(stopped)));
        QCOMPARE(stopped.json().value(arg("state")).toString(), arg("stopped"));
        m_deployment = 0;
        QCOMPARE(inferCount(m_port), -1.0);
        QCOMPARE(inferCount(m_split.value(arg("routes")).toArray().at(0)[arg("port")].toInt()), -1.0);
    }

    // `atelier demo pipeline` runs the same steps in one process on a fresh demo.
    void pipelineCommandRunsEveryStep()
    {
        const QString project = m_dir.filePath(arg("at-once"));
        QCOMPARE(atelier({arg("demo"), arg("create"), project}).exitCode, 0);
        const Outcome ran = atelier({arg("demo"), arg("pipeline"), project, arg("--python"), Python, arg("--epochs"), arg("2")});
        QVERIFY2(ran.exitCode == 0, qPrintable(failure(ran)));
        const QJsonObject json = ran.json();
        QCOMPARE(json.value(arg("dataset_version")).toString(), arg("shapes/1"));
        QCOMPARE(json.value(arg("version")).toInt(), 1);
        const QJsonObject deployment = json.value(arg("deployment")).toObject();
        QCOMPARE(deployment.value(arg("state")).toString(), arg("ready"));
        const Outcome lineage = atelier({arg("lineage"), project, arg("--of"),
                                         arg("deployment:") + deployment.value(arg("name")).toString(), arg("--direction"), arg("up")});
        QVERIFY(lineage.out.contains("\"dataset_version:1\""));
        QCOMPARE(lineage.json().value(arg("edges")).toArray().size(), 7);
        QCOMPARE(atelier({arg("deploy"), arg("stop"), project, deployment.value(arg("name")).toString()}).exitCode, 0);
        const Outcome again = atelier({arg("demo"), arg("pipeline"), m_dir.filePath(arg("nothing-here"))});
        QCOMPARE(again.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoPipeline)
#include "tst_demo_pipeline.moc"
