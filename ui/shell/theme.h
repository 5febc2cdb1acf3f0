// Theme: the light and dark looks of the application (Fusion style, a palette and a style sheet).
#pragma once

#include <QString>

namespace atelier {

class Theme
{
public:
    static QString light() { return QStringLiteral("light"); }
    static QString dark() { return QStringLiteral("dark"); }

    // Applies `name` ("light" or "dark"; anything else is light) to the whole application.
    static void apply(const QString &name);
    // The theme applied last.
    static QString current();
};

} // namespace atelier
