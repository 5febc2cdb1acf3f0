// Tests GPU telemetry: nvidia-smi's CSV lines, and NVML (where a driver is) against nvidia-smi itself.
#include "core/compute/gpu/nvidia_smi.h"
#include "core/compute/gpu/nvml.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace atelier;

class TestGpuTelemetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryLoopsInOneProcess()
    {
        const QStringList arguments = NvidiaSmi::queryArguments(1000);
        QCOMPARE(arguments.at(0), QStringLiteral("--query-gpu=index,name,uuid,memory.used,memory.total,"
                                                 "utilization.gpu,temperature.gpu,power.draw"));
        QVERIFY(arguments.contains(QStringLiteral("--format=csv,noheader,nounits")));
        QVERIFY(arguments.contains(QStringLiteral("--loop-ms=1000")));
        QVERIFY(!NvidiaSmi::queryArguments(0).join(QLatin1Char(' ')).contains(QStringLiteral("--loop-ms")));
    }

    // What a real H100 printed, a line a second (tests/data/gpu; the first line says how it was made).
    void parsesAnH100sLines()
    {
        QFile capture(QDir(qEnvironmentVariable("ATELIER_SOURCE_DIR")).filePath(QStringLiteral("tests/data/gpu/nvidia-smi-h100.csv")));
        QVERIFY(capture.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = capture.readAll().trimmed().split('\n');
        QVERIFY(lines.takeFirst().startsWith('#'));
        QCOMPARE(lines.size(), 4);
        std::vector<double> watts;
        for (const QByteArray &line : lines) {
            const auto sample = NvidiaSmi::parseLine(line);
            QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().toString()));
            QCOMPARE(sample->index, 0);
            QCOMPARE(sample->name, QStringLiteral("NVIDIA H100 80GB HBM3"));
            QCOMPARE(sample->uuid, QStringLiteral("GPU-ee8e9a35-0764-b5f8-6827-a4425fb4cb21"));
            QCOMPARE(sample->memoryUsedMiB, qint64(0));
            QCOMPARE(sample->memoryTotalMiB, qint64(81559));
            QCOMPARE(sample->utilisationPercent, std::optional(0));
            QVERIFY(sample->temperatureC == 32 || sample->temperatureC == 33);
            QVERIFY(sample->powerW);
            watts.push_back(*sample->powerW);
        }
        QCOMPARE(watts.front(), 96.05);
        QCOMPARE(watts.back(), 69.76);
    }

    void unsupportedReadingsAreEmpty()
    {
        const auto sample = NvidiaSmi::parseLine("3, Tesla K80, [N/A], 10, 11441, [Not Supported], 45, [N/A]");
        QVERIFY(sample);
        QCOMPARE(sample->index, 3);
        QVERIFY(sample->uuid.isEmpty());
        QCOMPARE(sample->memoryTotalMiB, qint64(11441));
        QVERIFY(!sample->utilisationPercent);
        QCOMPARE(sample->temperatureC, std::optional(45));
        QVERIFY(!sample->powerW);
    }

    void malformedLinesAreQuoted_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("error text") << QByteArray("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.");
        QTest::newRow("too few fields") << QByteArray("0, NVIDIA H100, GPU-1, 1, 81559");
        QTest::newRow("not a number") << QByteArray("0, NVIDIA H100, GPU-1, lots, 81559, 0, 31, 69.74");
        QTest::newRow("no index") << QByteArray("x, NVIDIA H100, GPU-1, 1, 81559, 0, 31, 69.74");
    }

    void malformedLinesAreQuoted()
    {
        QFETCH(QByteArray, line);
        const auto sample = NvidiaSmi::parseLine(line);
        QVERIFY(!sample);
        QVERIFY(sample.error().message.contains(QString::fromUtf8(line.trimmed())));
    }

    // Without a driver (these CI machines) NVML's absence is one quiet message; with one, NVML's
    // GPUs are nvidia-smi's, name, uuid and memory alike.
    void nvmlAgreesWithNvidiaSmi()
    {
        const auto nvml = Nvml::load();
        if (!nvml) {
            QVERIFY(!nvml.error().message.isEmpty());
            QSKIP("No NVIDIA driver here; NVML's absence was reported as an error to show, not a crash.");
        }
        const auto samples = (*nvml)->sample();
        QVERIFY2(samples, qPrintable(samples ? QString() : samples.error().toString()));
        QVERIFY(!samples->empty());

        const QString program = QStandardPaths::findExecutable(QStringLiteral("nvidia-smi"));
        if (program.isEmpty())
            QSKIP("NVML works but nvidia-smi is not on PATH to compare with.");
        QProcess smi;
        smi.start(program, NvidiaSmi::queryArguments(0));
        QVERIFY(smi.waitForFinished(30'000));
        QCOMPARE(smi.exitCode(), 0);
        const QList<QByteArray> lines = smi.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(qsizetype(samples->size()), lines.size());
        for (const QByteArray &line : lines) {
            const auto fromSmi = NvidiaSmi::parseLine(line);
            QVERIFY2(fromSmi, qPrintable(fromSmi ? QString() : fromSmi.error().toString()));
            const GpuSample &fromNvml = samples->at(std::size_t(fromSmi->index));
            QCOMPARE(fromNvml.name, fromSmi->name);
            QCOMPARE(fromNvml.uuid, fromSmi->uuid);
            QCOMPARE(fromNvml.memoryTotalMiB, fromSmi->memoryTotalMiB);
            QVERIFY(fromNvml.temperatureC.has_value() == fromSmi->temperatureC.has_value());
            qInfo("GPU %d: %s, %lld of %lld MiB, %d%%, %d C, %.1f W", fromNvml.index, qPrintable(fromNvml.name),
                  fromNvml.memoryUsedMiB, fromNvml.memoryTotalMiB, fromNvml.utilisationPercent.value_or(-1),
                  fromNvml.temperatureC.value_or(-1), fromNvml.powerW.value_or(-1));
        }
    }
};

QTEST_GUILESS_MAIN(TestGpuTelemetry)
#include "tst_gpu_telemetry.moc"
