// DemoTraining: the demo's training script (resources/demo/train_demo.py), shipped inside the binary like the demo server.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atelier {

// train_demo.py (with demo_images.py beside it) fits the demo model that DemoServing's server loads (a nearest-centroid colour
// classifier over mean RGB) to a folder of images, logs its params and per-epoch metrics to the
// run of MLFLOW_RUN_ID, writes checkpoints into ATELIER_OUTPUT_DIR (resuming from
// ATELIER_RESUME_FROM) and uploads demo_model.json as a run artifact. It needs python3 only
// (Pillow when present). The demo project gets a copy in its folder.
class DemoTraining
{
    Q_DECLARE_TR_FUNCTIONS(DemoTraining)

public:
    static QString scriptFileName() { return QStringLiteral("train_demo.py"); }
    // The artifact (and output file) the script writes: what `model register --artifact` takes.
    static QString modelArtifact() { return QStringLiteral("demo_model.json"); }
    // For a job's --checkpoints: the files a retried attempt resumes from.
    static QString checkpointPattern() { return QStringLiteral("checkpoints/*.json"); }

    // The script and the module beside it that reads images (demo_images.py).
    static QStringList fileNames();
    [[nodiscard]] static Result<QByteArray> script();
    // Writes the files into `folder` (those that differ from what is there); returns the script's path.
    [[nodiscard]] static Result<QString> writeScript(const QString &folder);

    // python3 SCRIPT --data DATA --epochs N
    static QStringList command(const QString &python, const QString &scriptPath, const QString &dataFolder, int epochs);
};

} // namespace atelier
