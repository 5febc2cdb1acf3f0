// NvidiaSmi: the query's fields, in the order parseLine() reads them.
#include "core/compute/gpu/nvidia_smi.h"

#include <QByteArray>

#include <optional>

namespace atelier {

namespace {

constexpr auto Fields = "index,name,uuid,memory.used,memory.total,utilization.gpu,temperature.gpu,power.draw";
constexpr int FieldCount = 8;

// nvidia-smi writes "[N/A]" or "[Not Supported]" (bracketed) where a board lacks a reading.
bool unsupported(const QByteArray &field)
{
    return field.startsWith('[') && field.endsWith(']');
}

} // namespace

QStringList NvidiaSmi::queryArguments(int loopMs)
{
    QStringList arguments{QStringLiteral("--query-gpu=") + QLatin1String(Fields),
                          QStringLiteral("--format=csv,noheader,nounits")};
    if (loopMs > 0)
        arguments << QStringLiteral("--loop-ms=%1").arg(loopMs);
    return arguments;
}

Result<GpuSample> NvidiaSmi::parseLine(const QByteArray &line)
{
    const auto malformed = [&line] {
        return fail(tr("nvidia-smi printed a line Atelier cannot read: \"%1\". Check that the host's NVIDIA driver works.")
                        .arg(QString::fromUtf8(line.trimmed())));
    };
    // GPU names hold no commas; the fields are separated by ", ".
    QList<QByteArray> fields = line.trimmed().split(',');
    if (fields.size() != FieldCount)
        return malformed();
    for (QByteArray &field : fields)
        field = field.trimmed();

    bool ok = false;
    GpuSample sample;
    sample.index = fields[0].toInt(&ok);
    if (!ok || fields[1].isEmpty())
        return malformed();
    sample.name = QString::fromUtf8(fields[1]);
    sample.uuid = unsupported(fields[2]) ? QString() : QString::fromUtf8(fields[2]);
    // The readings after the uuid: empty where unsupported, an error where not a number.
    std::optional<double> readings[FieldCount - 3];
    for (int i = 3; i < FieldCount; ++i) {
        if (unsupported(fields[i]))
            continue;
        readings[i - 3] = fields[i].toDouble(&ok);
        if (!ok)
            return malformed();
    }
    sample.memoryUsedMiB = qint64(readings[0].value_or(0));
    sample.memoryTotalMiB = qint64(readings[1].value_or(0));
    if (readings[2])
        sample.utilisationPercent = int(*readings[2]);
    if (readings[3])
        sample.temperatureC = int(*readings[3]);
    sample.powerW = readings[4];
    return sample;
}

} // namespace atelier
