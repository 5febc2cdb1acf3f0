// ShellSettings: the shell's preferences in QSettings, each key named in one place.
#pragma once

#include <QString>
#include <QStringList>

class QMainWindow;

namespace atelier {

class ActionRegistry;

class ShellSettings
{
public:
    // "en" or "zh_CN" (the system's language until the user picks one); takes effect at the next start.
    static QString language();
    static void setLanguage(const QString &language);
    static QStringList availableLanguages();

    // "light" or "dark".
    static QString theme();
    static void setTheme(const QString &theme);

    // True when Atelier has never saved a setting for this user: the very first start.
    static bool isFirstStart();

    // The user's own keys for commands, by command id: put on the actions at start, and saved
    // where they differ from the defaults.
    static void applyShortcuts(ActionRegistry &registry);
    static void saveShortcuts(const ActionRegistry &registry);

    // The window's geometry and the places of its docks and tool bars. restoreWindowLayout() is
    // false where there was none to restore, or only one from a shell whose docks differ.
    static void saveWindowLayout(const QMainWindow &window);
    static bool restoreWindowLayout(QMainWindow &window);
};

} // namespace atelier
