// DemoServing: writes the demo model and the embedded demo server, and builds requests for it.
#include "core/serving/demo_serving.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace atelier {

namespace {

struct Centroid
{
    const char *label;
    std::array<double, 3> rgb;
};

// Mean colours of images dominated by each colour; the temperature spreads the scores.
constexpr Centroid Centroids[] = {
    {"red", {190, 60, 60}},     {"orange", {200, 130, 50}}, {"yellow", {200, 190, 60}},
    {"green", {70, 170, 80}},   {"cyan", {60, 170, 180}},   {"blue", {60, 90, 190}},
    {"magenta", {170, 70, 170}}, {"grey", {128, 128, 128}},
};
constexpr double Temperature = 40;

const QString ServerResource = QStringLiteral(":/atelier/serving/demo_inference_server.py");

Status writeWhole(const QString &path, const QByteArray &content, const QString &what)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(DemoServing::tr("Could not write %1 to %2. Check that the folder is writable and the disk has "
                                    "room.").arg(what, path),
                    file.errorString());
    return {};
}

} // namespace

QStringList DemoServing::classes()
{
    QStringList names;
    for (const Centroid &centroid : Centroids)
        names.append(QString::fromLatin1(centroid.label));
    return names;
}

QByteArray DemoServing::modelJson()
{
    QJsonArray centroids;
    for (const Centroid &centroid : Centroids)
        centroids.append(QJsonArray{centroid.rgb[0], centroid.rgb[1], centroid.rgb[2]});
    const QJsonObject model{
        {QStringLiteral("format"), QStringLiteral("atelier-demo-model")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("name"), modelName()},
        {QStringLiteral("description"), QStringLiteral("Names the dominant colour of an image from its mean RGB (0-255).")},
        {QStringLiteral("kind"), QStringLiteral("nearest_centroid")},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("name"), inputName()}, {QStringLiteral("features"), 3}}},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classes())},
        {QStringLiteral("centroids"), centroids},
        {QStringLiteral("temperature"), Temperature},
    };
    return QJsonDocument(model).toJson(QJsonDocument::Indented);
}

Status DemoServing::writeModel(const QString &path)
{
    return writeWhole(path, modelJson(), tr("the demo model"));
}

Result<QByteArray> DemoServing::serverScript()
{
    QFile file(ServerResource);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The demo inference server is missing from this build of Atelier (%1). Reinstall Atelier.")
                        .arg(ServerResource),
                    file.errorString());
    return file.readAll();
}

Result<QString> DemoServing::writeServer(const QString &folder)
{
    auto script = serverScript();
    if (!script)
        return fail(script.error());
    const QString path = QDir(folder).absoluteFilePath(serverFileName());
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == *script)
        return path;
    if (!QDir().mkpath(folder))
        return fail(tr("Could not make the folder %1 for the demo inference server.").arg(folder));
    if (auto ok = writeWhole(path, *script, tr("the demo inference server")); !ok)
        return fail(ok.error());
    return path;
}

QStringList DemoServing::defaultCommand()
{
    return {QStringLiteral("python3"), serverFileName(),     QStringLiteral("--model"), QStringLiteral("{model_path}"),
            QStringLiteral("--port"),  QStringLiteral("{port}"), QStringLiteral("--name"), QStringLiteral("{name}")};
}

QByteArray DemoServing::inferRequest(const QList<std::array<double, 3>> &meanRgb)
{
    QJsonArray data;
    for (const auto &row : meanRgb)
        data.append(QJsonArray{row[0], row[1], row[2]});
    const QJsonObject input{{QStringLiteral("name"), inputName()},
                            {QStringLiteral("shape"), QJsonArray{qint64(meanRgb.size()), 3}},
                            {QStringLiteral("datatype"), QStringLiteral("FP32")},
                            {QStringLiteral("data"), data}};
    return QJsonDocument(QJsonObject{{QStringLiteral("inputs"), QJsonArray{input}}}).toJson(QJsonDocument::Compact);
}

std::array<double, 3> DemoServing::meanRgb(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    double sums[3] = {0, 0, 0};
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            for (int channel = 0; channel < 3; ++channel)
                sums[channel] += line[3 * x + channel];
        }
    }
    const double pixels = std::max<double>(1, double(rgb.width()) * rgb.height());
    return {sums[0] / pixels, sums[1] / pixels, sums[2] / pixels};
}

} // namespace atelier
