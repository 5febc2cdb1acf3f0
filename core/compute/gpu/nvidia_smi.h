// NvidiaSmi: the GPU query Atelier runs on remote hosts, and the parser of its CSV lines.
#pragma once

#include "core/compute/gpu/gpu_sample.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class QByteArray;

namespace atelier {

// One long-lived `nvidia-smi --query-gpu=... --loop-ms=N` per host prints a line per GPU every N ms
// (a new command each second would cost a process and an SSH channel each time).
class NvidiaSmi
{
    Q_DECLARE_TR_FUNCTIONS(NvidiaSmi)

public:
    // The program's arguments, after "nvidia-smi"; loopMs 0 queries once.
    static QStringList queryArguments(int loopMs);

    // One line of that query's output: index, name, uuid, memory used and total (MiB),
    // utilisation (%), temperature (C), power (W). "[N/A]" and "[Not Supported]" readings are left
    // empty; a line that is not such a record is an error that quotes it.
    [[nodiscard]] static Result<GpuSample> parseLine(const QByteArray &line);
};

} // namespace atelier
