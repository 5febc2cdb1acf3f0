// Tests the translations: zh_CN translates every text of the sources, English every plural form.
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.append({context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), true, {}});
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.last().finished = !xml.attributes().hasAttribute(QLatin1String("type"));
            if (!messages.last().numerus)
                messages.last().forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            messages.last().forms << xml.readElementText();
        }
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return qEnvironmentVariable("ATELIER_SOURCE_DIR") + QStringLiteral("/translations/atelier_") + language
           + QStringLiteral(".ts");
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> set;
    for (const Message &m : messages)
        set.insert(m.context + QStringLiteral(" | ") + m.source);
    return set;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseTranslatesEveryText()
    {
        const QList<Message> messages = readTs(tsPath(QStringLiteral("zh_CN")));
        QVERIFY(messages.size() > 50);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            for (const QString &form : m.forms)
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
            // Every placeholder of the source survives the translation.
            for (int arg = 1; arg <= 9; ++arg) {
                const QString placeholder = QStringLiteral("%") + QString::number(arg);
                if (m.source.contains(placeholder))
                    QVERIFY2(m.forms.constFirst().contains(placeholder), qPrintable(placeholder + QStringLiteral(" lost in ") + where));
            }
        }
    }

    void englishHasEveryPluralForm()
    {
        const QList<Message> messages = readTs(tsPath(QStringLiteral("en")));
        int plurals = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.finished && m.forms.size() == 2 && !m.forms.contains(QString()), qPrintable(m.source));
        }
        QVERIFY(plurals > 0);
    }

    void translationFilesAreUpToDateWithTheSources()
    {
        const QString lupdate = qEnvironmentVariable("ATELIER_LUPDATE");
        if (!QFileInfo(lupdate).isExecutable())
            QFAIL("ATELIER_LUPDATE does not name lupdate");
        const QString root = qEnvironmentVariable("ATELIER_SOURCE_DIR");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess process;
        process.start(lupdate, {root + QStringLiteral("/core"), root + QStringLiteral("/ui"), root + QStringLiteral("/app"),
                                QStringLiteral("-I"), root, QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QSet<QString> inSources = keys(readTs(fresh));
        const QSet<QString> inChinese = keys(readTs(tsPath(QStringLiteral("zh_CN"))));
        const QSet<QString> missing = inSources - inChinese;
        const QSet<QString> stale = inChinese - inSources;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("run the atelier_core_lupdate target; not in the .ts: ")
                                               + QStringList(missing.cbegin(), missing.cend()).join(u'\n')));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the sources: ")
                                             + QStringList(stale.cbegin(), stale.cend()).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
