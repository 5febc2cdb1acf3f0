// Icons: the application's SVG icons from the resources, by name.
#pragma once

#include <QIcon>

namespace atelier {

class Icons
{
public:
    // ":/icons/<name>.svg", loaded once.
    static QIcon named(const QString &name);
    // The window icon.
    static QIcon application();
};

} // namespace atelier
