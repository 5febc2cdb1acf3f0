// ExportFolder: path checks, atomic writes and image copies for the per-image export formats.
#include "core/datasets/formats/export_folder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace atelier {

Result<QString> ExportFolder::resolve(const QString &relativePath) const
{
    const QString cleaned = QDir::cleanPath(relativePath);
    if (cleaned.isEmpty() || QDir::isAbsolutePath(cleaned) || cleaned == QLatin1String("..")
        || cleaned.startsWith(QLatin1String("../")))
        return fail(tr("The path %1 lies outside the export folder %2; rename the image inside its dataset.")
                        .arg(relativePath, m_folder));
    return QDir(m_folder).filePath(cleaned);
}

Status ExportFolder::write(const QString &relativePath, const QByteArray &content) const
{
    auto target = resolve(relativePath);
    if (!target)
        return fail(target.error());
    if (!QDir().mkpath(QFileInfo(*target).absolutePath()))
        return fail(tr("Could not create the folder of %1. Check that %2 is writable.").arg(*target, m_folder));
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(*target, file.errorString()));
    return {};
}

Result<bool> ExportFolder::copy(const QString &source, const QString &relativePath) const
{
    auto target = resolve(relativePath);
    if (!target)
        return fail(target.error());
    if (!QFileInfo(source).isFile())
        return false;
    if (QFileInfo::exists(*target) || QFileInfo(source).absoluteFilePath() == QFileInfo(*target).absoluteFilePath())
        return true;
    if (!QDir().mkpath(QFileInfo(*target).absolutePath()) || !QFile::copy(source, *target))
        return fail(tr("Could not copy the image %1 to %2. Check that %3 is writable.").arg(source, *target, m_folder));
    return true;
}

} // namespace atelier
