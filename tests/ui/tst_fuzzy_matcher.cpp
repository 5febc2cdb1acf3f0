// Tests FuzzyMatcher: which texts match what is typed, and which of two ranks higher.
#include "ui/shell/fuzzy_matcher.h"

#include <QtTest>

using namespace atelier;

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty query") << QString() << QStringLiteral("View: Refresh") << true;
        QTest::newRow("substring") << QStringLiteral("fresh") << QStringLiteral("View: Refresh") << true;
        QTest::newRow("case") << QStringLiteral("DARK") << QStringLiteral("View: Dark Theme") << true;
        QTest::newRow("words any order") << QStringLiteral("theme dark") << QStringLiteral("View: Dark Theme") << true;
        QTest::newRow("initials") << QStringLiteral("vdt") << QStringLiteral("View: Dark Theme") << true;
        QTest::newRow("out of order") << QStringLiteral("kd") << QStringLiteral("Dark") << false;
        QTest::newRow("missing letter") << QStringLiteral("darz") << QStringLiteral("View: Dark Theme") << false;
        QTest::newRow("chinese") << QStringLiteral("主题") << QStringLiteral("视图: 深色主题") << true;
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(FuzzyMatcher::score(query, text) != FuzzyMatcher::NoMatch, matches);
    }

    void ranks_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("better");
        QTest::addColumn<QString>("worse");
        QTest::newRow("substring over scattered") << QStringLiteral("open") << QStringLiteral("File: Open Project")
                                                  << QStringLiteral("View: Show Properties Panel");
        QTest::newRow("word start over inside") << QStringLiteral("pro") << QStringLiteral("File: Close Project")
                                                << QStringLiteral("View: Approve");
        QTest::newRow("shorter first") << QStringLiteral("dark") << QStringLiteral("View: Dark Theme")
                                       << QStringLiteral("View: Dark Theme for long evenings in the lab");
        QTest::newRow("word starts") << QStringLiteral("cp") << QStringLiteral("View: Command Palette")
                                     << QStringLiteral("View: Escape");
    }

    void ranks()
    {
        QFETCH(QString, query);
        QFETCH(QString, better);
        QFETCH(QString, worse);
        QVERIFY(FuzzyMatcher::score(query, better) > FuzzyMatcher::score(query, worse));
    }

    void reportsMatchedPositions()
    {
        QList<qsizetype> positions;
        QVERIFY(FuzzyMatcher::score(QStringLiteral("dt"), QStringLiteral("Dark Theme"), &positions) > 0);
        QCOMPARE(positions, (QList<qsizetype>{0, 5}));
        QVERIFY(FuzzyMatcher::score(QStringLiteral("ark"), QStringLiteral("Dark"), &positions) > 0);
        QCOMPARE(positions, (QList<qsizetype>{1, 2, 3}));
    }
};

QTEST_MAIN(TestFuzzyMatcher)
#include "tst_fuzzy_matcher.moc"
