// Translations: the .qm files are compiled into atelier_core under :/i18n.
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace atelier {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::systemLanguage()
{
    const QString system = QLocale::system().name();
    for (const QString &language : available()) {
        if (system == language || system.section(u'_', 0, 0) == language)
            return language;
    }
    return available().constFirst();
}

void Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    auto *atelier = new QTranslator(app);
    if (atelier->load(QStringLiteral(":/i18n/atelier_") + language))
        QCoreApplication::installTranslator(atelier);
    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace atelier
