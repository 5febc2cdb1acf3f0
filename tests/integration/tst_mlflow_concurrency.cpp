// Tests that 64 training processes logging at once through the tracking server all get through:
// every request answered 200, every point in the store, no "database is locked".
#include "mlflow_http.h"

#include "core/project/project.h"
#include "core/tracking/mlflow_server.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace atelier;
using atelier::testing::HttpReply;
using atelier::testing::MlflowHttp;

namespace {

constexpr int Processes = 64;
constexpr int BatchesPerProcess = 20;
constexpr int PointsPerBatch = 200;

// One training process: creates a run in the Default experiment, logs its batches one request
// after another, prints the run id. urllib raises on any status but 200, so a failed request
// ends the process with an error.
const char *TrainingScript = R"(import json, sys, urllib.request
base, index, batches, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

def call(endpoint, body):
    request = urllib.request.Request(base + "/api/2.0/mlflow/" + endpoint, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=120) as reply:
        return json.loads(reply.read())

run = call("runs/create", {"experiment_id": "0", "start_time": 1700000000000, "user_id": "p%d" % index,
                           "run_name": "process-%d" % index})["run"]["info"]["run_id"]
call("runs/log-parameter", {"run_id": run, "key": "index", "value": str(index)})
for b in range(batches):
    metrics = [{"key": "loss", "value": index * 1000000 + b * per + i, "timestamp": 1700000000000 + b * per + i,
                "step": b * per + i} for i in range(per)]
    call("runs/log-batch", {"run_id": run, "metrics": metrics})
print(run)
)";

} // namespace

class TestMlflowConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void sixtyFourProcessesLogAtOnce();
};

void TestMlflowConcurrency::sixtyFourProcessesLogAtOnce()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        QSKIP("python3 is not installed in /usr/bin");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto project = Project::create(dir.filePath(QStringLiteral("project")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    MlflowServer server;
    auto port = server.start((*project)->folder());
    QVERIFY2(port, qPrintable(port ? QString() : port.error().toString()));

    const QString script = dir.filePath(QStringLiteral("train.py"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TrainingScript);
    file.close();

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int index = 0; index < Processes; ++index) {
        auto process = std::make_unique<QProcess>();
        process->start(python, {script, server.url(), QString::number(index), QString::number(BatchesPerProcess),
                                QString::number(PointsPerBatch)});
        processes.push_back(std::move(process));
    }
    QStringList runIds(Processes);
    for (int index = 0; index < Processes; ++index) {
        QProcess &process = *processes[std::size_t(index)];
        // The server answers on its own thread, so this thread may block here.
        QVERIFY2(process.waitForFinished(240000), qPrintable(QStringLiteral("process %1 did not finish").arg(index)));
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QStringLiteral("process %1 failed: %2").arg(index).arg(QString::fromUtf8(errors))));
        QVERIFY2(!errors.contains("database is locked"), errors.constData());
        runIds[index] = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QCOMPARE(runIds[index].size(), 32);
    }

    // Every point of every process, with its value, as each one logged it.
    MlflowHttp http(server.url());
    for (int index = 0; index < Processes; ++index) {
        const HttpReply history = http.get(QStringLiteral("metrics/get-history"),
                                           QStringLiteral("run_id=%1&metric_key=loss").arg(runIds[index]));
        QCOMPARE(history.status, 200);
        const QJsonArray metrics = history.json[QStringLiteral("metrics")].toArray();
        QCOMPARE(metrics.size(), BatchesPerProcess * PointsPerBatch);
        for (int step = 0; step < metrics.size(); ++step) {
            QCOMPARE(qint64(metrics[step][QStringLiteral("step")].toDouble()), step);
            QCOMPARE(qint64(metrics[step][QStringLiteral("value")].toDouble()), qint64(index) * 1000000 + step);
        }
        const HttpReply run = http.get(QStringLiteral("runs/get"), QStringLiteral("run_id=") + runIds[index]);
        const QJsonArray params = run.json[QStringLiteral("run")][QStringLiteral("data")][QStringLiteral("params")].toArray();
        QCOMPARE(params.size(), 1);
        QCOMPARE(params[0][QStringLiteral("value")].toString(), QString::number(index));
    }
    auto integrity = (*project)->check();
    QVERIFY(integrity);
    QVERIFY2(integrity->isEmpty(), qPrintable(integrity->join(u'\n')));
}

QTEST_GUILESS_MAIN(TestMlflowConcurrency)
#include "tst_mlflow_concurrency.moc"
