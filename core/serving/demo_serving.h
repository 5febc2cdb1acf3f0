// DemoServing: the demo model (a nearest-centroid colour classifier) and the demo inference server that serves it.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

class QImage;

namespace atelier {

// The demo model is a JSON file (format "atelier-demo-model"): a nearest-centroid classifier that
// names the dominant colour of an image from its mean RGB, small enough to read and real enough
// to serve. resources/serving/demo_inference_server.py (Python standard library only) serves it
// with the KServe v2 protocol; the script is compiled into the binary and written next to the
// model of each deployment, so an installed Atelier needs nothing else but python3. The demo
// project registers the model from writeModel(); deployments run defaultCommand().
class DemoServing
{
    Q_DECLARE_TR_FUNCTIONS(DemoServing)

public:
    static QString modelName() { return QStringLiteral("dominant-colour"); }
    static QString modelFileName() { return QStringLiteral("demo_model.json"); }
    static QString serverFileName() { return QStringLiteral("demo_inference_server.py"); }
    // The model's one input tensor: FP32 [N, 3], mean red, green and blue in 0..255.
    static QString inputName() { return QStringLiteral("mean_rgb"); }
    static QStringList classes();

    static QByteArray modelJson();
    [[nodiscard]] static Status writeModel(const QString &path);

    // The server script as shipped in the binary.
    [[nodiscard]] static Result<QByteArray> serverScript();
    // Writes the script into `folder` (when it differs from what is there); returns its path.
    [[nodiscard]] static Result<QString> writeServer(const QString &folder);

    // python3 demo_inference_server.py --model {model_path} --port {port} --name {name}, run in the
    // folder that writeServer() filled.
    static QStringList defaultCommand();

    // A KServe v2 infer request body for rows of mean RGB values.
    static QByteArray inferRequest(const QList<std::array<double, 3>> &meanRgb);
    static std::array<double, 3> meanRgb(const QImage &image);
};

} // namespace atelier
