// ShellSettings: unknown values read back as the defaults, so a hand-edited file cannot break the shell.
#include "ui/shell/shell_settings.h"

#include "core/translations.h"

#include <QSettings>

namespace atelier {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");

} // namespace

QString ShellSettings::language()
{
    const QString value = QSettings().value(LanguageKey).toString();
    return availableLanguages().contains(value) ? value : Translations::systemLanguage();
}

void ShellSettings::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QStringList ShellSettings::availableLanguages()
{
    return Translations::available();
}

QString ShellSettings::theme()
{
    const QString value = QSettings().value(ThemeKey).toString();
    return value == QLatin1String("dark") ? value : QStringLiteral("light");
}

void ShellSettings::setTheme(const QString &theme)
{
    QSettings().setValue(ThemeKey, theme);
}

bool ShellSettings::isFirstStart()
{
    return QSettings().allKeys().isEmpty();
}

} // namespace atelier
