// ShellSettings: unknown values read back as the defaults, so a hand-edited file cannot break the shell.
#include "ui/shell/shell_settings.h"

#include "core/translations.h"
#include "ui/shell/action_registry.h"

#include <QAction>
#include <QMainWindow>

#include <QSettings>

namespace atelier {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString WindowStateKey = QStringLiteral("ui/windowState");
// Bump when the docks change so much that an old saved layout would look broken.
constexpr int LayoutVersion = 1;
const QString ShortcutsGroup = QStringLiteral("shortcuts");

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

void ShellSettings::applyShortcuts(ActionRegistry &registry)
{
    QSettings settings;
    settings.beginGroup(ShortcutsGroup);
    for (const Command &command : registry.commands()) {
        if (command.action && settings.contains(command.id))
            command.action->setShortcuts(QKeySequence::listFromString(settings.value(command.id).toString(),
                                                                      QKeySequence::PortableText));
    }
}

void ShellSettings::saveShortcuts(const ActionRegistry &registry)
{
    QSettings settings;
    settings.beginGroup(ShortcutsGroup);
    for (const Command &command : registry.commands()) {
        if (!command.action)
            continue;
        if (command.action->shortcuts() == command.defaultShortcuts)
            settings.remove(command.id);
        else
            settings.setValue(command.id, QKeySequence::listToString(command.action->shortcuts(),
                                                                     QKeySequence::PortableText));
    }
}

void ShellSettings::saveWindowLayout(const QMainWindow &window)
{
    QSettings settings;
    settings.setValue(GeometryKey, window.saveGeometry());
    settings.setValue(WindowStateKey, window.saveState(LayoutVersion));
}

bool ShellSettings::restoreWindowLayout(QMainWindow &window)
{
    const QSettings settings;
    if (!window.restoreGeometry(settings.value(GeometryKey).toByteArray()))
        window.resize(1440, 900);
    return window.restoreState(settings.value(WindowStateKey).toByteArray(), LayoutVersion);
}

} // namespace atelier
