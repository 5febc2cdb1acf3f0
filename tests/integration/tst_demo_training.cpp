// Tests train_demo.py as shipped: its image decoders against Qt's, MLflow over REST and in a file store, checkpoints and resume, bad input.
#include "core/project/demo_training.h"
#include "core/serving/demo_serving.h"
#include "tests/integration/atelier_process.h"
#include "tests/integration/mlflow_http.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;
using namespace atelier::testing;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Ran python(const QStringList &args, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("MLFLOW_TRACKING_URI"), QStringLiteral("MLFLOW_RUN_ID"),
                                QStringLiteral("ATELIER_OUTPUT_DIR"), QStringLiteral("ATELIER_RESUME_FROM")})
        env.remove(name);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(Python, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A noisy gradient in mid tones (no channel saturates, so JPEG's block means equal the pixels').
QImage testImage(int seed)
{
    QImage image(96, 72, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int noise = ((x * 7 + y * 13 + seed * 31) % 21) - 10;
            image.setPixel(x, y, qRgb(40 + (seed * 37) % 150 + noise + x / 8, 60 + (seed * 53) % 120 - noise,
                                      50 + (seed * 71) % 140 + y / 6));
        }
    }
    return image;
}

} // namespace

class TestDemoTraining : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_script;
    QString m_images;

    QStringList train(const QString &output, int epochs, const QStringList &more = {})
    {
        return QStringList{m_script, QStringLiteral("--data"), m_images, QStringLiteral("--epochs"), QString::number(epochs),
                           QStringLiteral("--output"), output}
               + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto script = DemoTraining::writeScript(m_dir.filePath(QStringLiteral("code")));
        QVERIFY2(script, script ? "" : qPrintable(script.error().toString()));
        m_script = *script;
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images + QStringLiteral("/nested")));
        for (int i = 0; i < 12; ++i) {
            const QImage image = testImage(i);
            const QString base = m_images + (i % 2 ? QStringLiteral("/nested/") : QStringLiteral("/")) + QString::number(i);
            QVERIFY(image.save(base + (i % 3 == 0 ? QStringLiteral(".png") : QStringLiteral(".jpg")), nullptr, 92));
        }
        QVERIFY(testImage(20).convertToFormat(QImage::Format_Indexed8).save(m_images + QStringLiteral("/palette.png")));
        QVERIFY(testImage(21).save(m_images + QStringLiteral("/plain.ppm")));
        QVERIFY(testImage(22).convertToFormat(QImage::Format_ARGB32).save(m_images + QStringLiteral("/alpha.png")));
    }

    // Without Pillow the script decodes PNG, PPM and baseline JPEG itself; its mean colours are Qt's.
    void builtInDecodersAgreeWithQt()
    {
        QStringList files = QDir(m_images).entryList(QDir::Files) + QStringList{QStringLiteral("nested/1.jpg"), QStringLiteral("nested/3.png")};
        QStringList paths;
        for (const QString &file : files)
            paths.append(QDir(m_images).filePath(file));
        const Ran ran = python(QStringList{QStringLiteral("-c"),
                                           QStringLiteral("import json, sys; sys.path.insert(0, %1); import train_demo as t; "
                                                          "print(json.dumps([t.mean_rgb(p, False) for p in sys.argv[1:]]))")
                                               .arg(QStringLiteral("'%1'").arg(QFileInfo(m_script).absolutePath()))}
                               + paths);
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QJsonArray means = QJsonDocument::fromJson(ran.out).array();
        QCOMPARE(means.size(), paths.size());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const auto expected = DemoServing::meanRgb(QImage(paths.at(i)));
            for (int channel = 0; channel < 3; ++channel) {
                const double got = means.at(i).toArray().at(channel).toDouble();
                QVERIFY2(qAbs(got - expected[channel]) < 1.0,
                         qPrintable(QStringLiteral("%1 channel %2: %3, Qt %4").arg(paths.at(i)).arg(channel).arg(got).arg(expected[channel])));
            }
        }
    }

    void trainsIntoAFileStore()
    {
        const QString store = m_dir.filePath(QStringLiteral("mlruns"));
        const Ran ran = python(train(m_dir.filePath(QStringLiteral("file-run")), 3, {QStringLiteral("--decoder"), QStringLiteral("builtin")}),
                               {{QStringLiteral("MLFLOW_TRACKING_URI"), QUrl::fromLocalFile(store).toString()},
                                {QStringLiteral("MLFLOW_EXPERIMENT_ID"), QStringLiteral("0")}});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QString runId = QJsonDocument::fromJson(ran.out.split('\n').at(ran.out.split('\n').size() - 2)).object()
                                  .value(QStringLiteral("run_id")).toString();
        const QDir run(store + QStringLiteral("/0/") + runId);
        QVERIFY2(run.exists(), qPrintable(run.path()));
        QFile epochs(run.filePath(QStringLiteral("params/epochs")));
        QVERIFY(epochs.open(QIODevice::ReadOnly));
        QCOMPARE(epochs.readAll(), QByteArray("3"));
        QFile loss(run.filePath(QStringLiteral("metrics/train_loss")));
        QVERIFY(loss.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = loss.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).split(' ').at(2), QByteArray("3")); // timestamp value step
        QVERIFY(lines.at(2).split(' ').at(1).toDouble() <= lines.at(0).split(' ').at(1).toDouble());
        QFile model(run.filePath(QStringLiteral("artifacts/demo_model.json")));
        QVERIFY(model.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(model.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("atelier-demo-model"));
        QCOMPARE(document.value(QStringLiteral("classes")).toArray().size(), DemoServing::classes().size());
    }

    void logsThroughTheRestApi()
    {
        const QString project = m_dir.filePath(QStringLiteral("project"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
        QProcess server;
        server.start(atelierBinary(), {QStringLiteral("tracking"), QStringLiteral("serve"), project});
        // It prints {"url": ...} once it listens.
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += server.readAllStandardOutput(), QJsonDocument::fromJson(printed).isObject()), 10000);
        const QString url = QJsonDocument::fromJson(printed).object().value(QStringLiteral("url")).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        const Ran ran = python(train(m_dir.filePath(QStringLiteral("rest-run")), 3), {{QStringLiteral("MLFLOW_TRACKING_URI"), url}});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QString runId = QJsonDocument::fromJson(ran.out.split('\n').at(ran.out.split('\n').size() - 2)).object()
                                  .value(QStringLiteral("run_id")).toString();
        MlflowHttp http(url);
        const QJsonObject got = http.get(QStringLiteral("runs/get"), QStringLiteral("run_id=") + runId).json.value(QStringLiteral("run")).toObject();
        QCOMPARE(got[QStringLiteral("info")][QStringLiteral("status")].toString(), QStringLiteral("FINISHED"));
        const QJsonArray params = got[QStringLiteral("data")][QStringLiteral("params")].toArray();
        QVERIFY(std::any_of(params.begin(), params.end(), [](const QJsonValue &p) {
            return p[QStringLiteral("key")] == QStringLiteral("train_images") && p[QStringLiteral("value")] == QStringLiteral("12");
        }));
        const QJsonArray history = http.get(QStringLiteral("metrics/get-history"), QStringLiteral("run_id=%1&metric_key=val_loss").arg(runId))
                                       .json.value(QStringLiteral("metrics")).toArray();
        QCOMPARE(history.size(), 3);
        const QString experiment = got[QStringLiteral("info")][QStringLiteral("experiment_id")].toString();
        const HttpReply artifact = http.send("GET", QStringLiteral("/api/2.0/mlflow-artifacts/artifacts/%1/%2/artifacts/demo_model.json")
                                                        .arg(experiment, runId));
        QCOMPARE(artifact.status, 200);
        QVERIFY(artifact.body.contains("atelier-demo-model"));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    // A retried job continues from its newest checkpoint and ends where an uninterrupted run would.
    void resumesFromACheckpoint()
    {
        const QString first = m_dir.filePath(QStringLiteral("first")), resumed = m_dir.filePath(QStringLiteral("resumed")),
                      whole = m_dir.filePath(QStringLiteral("whole"));
        QCOMPARE(python(train(first, 2)).exitCode, 0);
        const Ran again = python(train(resumed, 4),
                                 {{QStringLiteral("ATELIER_RESUME_FROM"), first + QStringLiteral("/checkpoints/epoch_0002.json")}});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(again.out.contains("resuming after epoch 2"));
        QVERIFY(!again.out.contains("epoch 1/4") && again.out.contains("epoch 3/4") && again.out.contains("epoch 4/4"));
        QVERIFY(!QFile::exists(resumed + QStringLiteral("/checkpoints/epoch_0002.json")));
        QVERIFY(QFile::exists(resumed + QStringLiteral("/checkpoints/epoch_0004.json")));
        QCOMPARE(python(train(whole, 4)).exitCode, 0);
        QFile a(resumed + QStringLiteral("/demo_model.json")), b(whole + QStringLiteral("/demo_model.json"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(a.readAll())[QStringLiteral("centroids")], QJsonDocument::fromJson(b.readAll())[QStringLiteral("centroids")]);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such folder") << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/images")} << QString()
                                        << 2 << "does not exist";
        QTest::newRow("no images") << QStringList{QStringLiteral("--data"), QStringLiteral("EMPTY")} << QString() << 2 << "no images";
        QTest::newRow("damaged jpeg") << QStringList{QStringLiteral("--data"), QStringLiteral("BROKEN"), QStringLiteral("--decoder"),
                                                     QStringLiteral("builtin")}
                                      << QString() << 3 << "broken.jpg";
        QTest::newRow("unreachable server") << QStringList{QStringLiteral("--data"), QStringLiteral("IMAGES")}
                                            << QStringLiteral("http://127.0.0.1:1") << 4 << "could not reach the MLflow server";
        QTest::newRow("unknown scheme") << QStringList{QStringLiteral("--data"), QStringLiteral("IMAGES")}
                                        << QStringLiteral("s3://bucket") << 2 << "neither http(s):// nor file:";
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, uri);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString empty = m_dir.filePath(QStringLiteral("empty")), broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(empty) && QDir().mkpath(broken));
        QFile bad(broken + QStringLiteral("/broken.jpg"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\xff\xd8\xff\xdb\x00\x43\x00", 7) + QByteArray(20, '\x01'));
        bad.close();
        arguments.replaceInStrings(QStringLiteral("EMPTY"), empty);
        arguments.replaceInStrings(QStringLiteral("BROKEN"), broken);
        arguments.replaceInStrings(QStringLiteral("IMAGES"), m_images);
        QMap<QString, QString> environment;
        if (!uri.isEmpty())
            environment.insert(QStringLiteral("MLFLOW_TRACKING_URI"), uri);
        const Ran ran = python(QStringList{m_script} + arguments + QStringList{QStringLiteral("--output"), m_dir.filePath(QStringLiteral("bad"))},
                               environment);
        QCOMPARE(ran.exitCode, exitCode);
        QVERIFY2(ran.err.contains(message.toUtf8()), ran.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDemoTraining)
#include "tst_demo_training.moc"
