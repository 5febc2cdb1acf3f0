// SplitFolders: the split of a path's first folder, and paths moved under a split's folder.
#include "core/datasets/formats/split_folders.h"

#include <QDir>

namespace atelier {

namespace {

// The first folder of a relative path ("train" for train/a/x.jpg), or empty for a bare file name.
QString firstFolder(const QString &cleaned)
{
    const qsizetype slash = cleaned.indexOf(u'/');
    return slash < 0 ? QString() : cleaned.left(slash);
}

} // namespace

QString SplitFolders::place(const QString &path, const QString &split)
{
    QString cleaned = QDir::cleanPath(path);
    if (split.isEmpty())
        return cleaned;
    if (!splitOf(cleaned).isEmpty())
        cleaned = cleaned.mid(firstFolder(cleaned).size() + 1);
    return split + u'/' + cleaned;
}

QString SplitFolders::splitOf(const QString &path)
{
    const QString folder = firstFolder(QDir::cleanPath(path));
    if (folder == QLatin1String("train") || folder == QLatin1String("val") || folder == QLatin1String("test"))
        return folder;
    if (folder == QLatin1String("valid") || folder == QLatin1String("validation"))
        return QStringLiteral("val");
    return {};
}

} // namespace atelier
