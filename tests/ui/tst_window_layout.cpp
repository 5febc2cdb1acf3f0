// Tests that the window's layout (geometry and docks) and theme outlive the window.
#include "ui/shell/main_window.h"
#include "ui/shell/shell_docks.h"
#include "ui/shell/shell_settings.h"
#include "ui/shell/theme.h"
#include "shell_test_support.h"

#include <QAction>
#include <QDockWidget>
#include <QtTest>

using namespace atelier;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        testing::isolateSettings();
    }

    void firstWindowShowsEveryDock()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QDockWidget *dock : window.docks().all())
            QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
    }

    void hiddenDockStaysHiddenInTheNextWindow()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.docks().eventsDock->toggleViewAction()->trigger();
            QVERIFY(window.docks().eventsDock->isHidden());
            window.close();
        }
        MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QVERIFY(next.docks().eventsDock->isHidden());
        QVERIFY(!next.docks().navigatorDock->isHidden());
        QVERIFY(!next.docks().eventsDock->toggleViewAction()->isChecked());
    }

    void sizeIsRestored()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1000, 700);
            QTRY_COMPARE(window.size(), QSize(1000, 700));
            window.close();
        }
        MainWindow next;
        QCOMPARE(next.size(), QSize(1000, 700));
    }

    void themeChoiceIsStored()
    {
        MainWindow window;
        window.setTheme(Theme::dark());
        QCOMPARE(ShellSettings::theme(), Theme::dark());
        window.setTheme(Theme::light());
        QCOMPARE(ShellSettings::theme(), Theme::light());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
