// DemoTraining: reads the embedded training script and writes it where a job can run it.
#include "core/project/demo_training.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace atelier {

namespace {

const QString ResourceFolder = QStringLiteral(":/atelier/demo/");

Result<QByteArray> resource(const QString &name)
{
    QFile file(ResourceFolder + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(DemoTraining::tr("The demo training script is missing from this build of Atelier (%1). Reinstall "
                                     "Atelier.").arg(file.fileName()),
                    file.errorString());
    return file.readAll();
}

// Writes `content` to `path` unless the file holds it already.
Status place(const QString &path, const QByteArray &content)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
        return {};
    existing.close();
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(content) != content.size() || !file.commit())
        return fail(DemoTraining::tr("Could not write the demo training script to %1. Check that the folder is "
                                     "writable.").arg(path),
                    file.errorString());
    return {};
}

} // namespace

QStringList DemoTraining::fileNames()
{
    return {scriptFileName(), QStringLiteral("demo_images.py")};
}

Result<QByteArray> DemoTraining::script()
{
    return resource(scriptFileName());
}

Result<QString> DemoTraining::writeScript(const QString &folder)
{
    for (const QString &name : fileNames()) {
        auto content = resource(name);
        if (!content)
            return fail(content.error());
        if (auto ok = place(QDir(folder).absoluteFilePath(name), *content); !ok)
            return fail(ok.error());
    }
    return QDir(folder).absoluteFilePath(scriptFileName());
}

QStringList DemoTraining::command(const QString &python, const QString &scriptPath, const QString &dataFolder, int epochs)
{
    return {python, scriptPath, QStringLiteral("--data"), dataFolder, QStringLiteral("--epochs"), QString::number(epochs)};
}

} // namespace atelier
