// Tests plainActionText: menu texts become plain labels for links, the palette and tooltips.
#include "ui/widgets/action_text.h"

#include <QAction>
#include <QtTest>

using namespace atelier;

class TestActionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripsWhatOnlyMenusNeed_data()
    {
        QTest::addColumn<QString>("menuText");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mnemonic") << QStringLiteral("&Open Project…") << QStringLiteral("Open Project");
        QTest::newRow("literal ampersand") << QStringLiteral("Import && Export") << QStringLiteral("Import & Export");
        QTest::newRow("three dots") << QStringLiteral("Settings...") << QStringLiteral("Settings");
        QTest::newRow("appended mnemonic") << QStringLiteral("新建项目(&N)…") << QStringLiteral("新建项目");
        QTest::newRow("plain") << QStringLiteral("Refresh") << QStringLiteral("Refresh");
    }

    void stripsWhatOnlyMenusNeed()
    {
        QFETCH(QString, menuText);
        QFETCH(QString, plain);
        QAction action(menuText);
        QCOMPARE(plainActionText(&action), plain);
    }
};

QTEST_MAIN(TestActionText)
#include "tst_action_text.moc"
