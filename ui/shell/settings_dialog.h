// SettingsDialog: the user's preferences: language (at next start) and theme; the keyboard
// shortcuts open from here too.
#pragma once

#include <QDialog>

class QComboBox;

namespace atelier {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QString language() const;
    void setTheme(const QString &theme);
    QString theme() const;

Q_SIGNALS:
    // The user asked to see or rebind the keyboard shortcuts.
    void shortcutsRequested();

private:
    QComboBox *m_language;
    QComboBox *m_theme;
};

} // namespace atelier
