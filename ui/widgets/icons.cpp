// Icons: a small cache so that every view shares one QIcon (and its rendered pixmaps) a name.
#include "ui/widgets/icons.h"

#include <QHash>

namespace atelier {

QIcon Icons::named(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::application()
{
    return named(QStringLiteral("atelier"));
}

} // namespace atelier
