// Translations: installs the Qt and Atelier translators for a language at start-up.
#pragma once

#include <QString>
#include <QStringList>

namespace atelier {

class Translations
{
public:
    // Language codes with an Atelier translation, English first ("en", "zh_CN").
    static QStringList available();
    // The code of `available()` closest to the system locale.
    static QString systemLanguage();
    // Loads the translators for `language` into the application. English loads only the plural
    // forms ("1 image", "2 images"); other languages load Qt's own translations too.
    static void install(const QString &language);
};

} // namespace atelier
