// SettingsDialog: only shows and returns the choices; the main window stores and applies them.
#include "ui/shell/settings_dialog.h"

#include "ui/shell/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    // Each language is named in itself, so a user can find theirs whatever the current one.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QString::fromUtf8("简体中文"), QStringLiteral("zh_CN"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Light"), Theme::light());
    m_theme->addItem(tr("Dark"), Theme::dark());

    auto *note = new QLabel(tr("A new language applies at the next start of Atelier."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Theme:"), m_theme);
    auto *shortcuts = new QPushButton(tr("&Keyboard Shortcuts…"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsButton"));
    connect(shortcuts, &QPushButton::clicked, this, &SettingsDialog::shortcutsRequested);
    form->addRow(tr("Keys:"), shortcuts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void SettingsDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setTheme(const QString &theme)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
}

QString SettingsDialog::theme() const
{
    return m_theme->currentData().toString();
}

} // namespace atelier
