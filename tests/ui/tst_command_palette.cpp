// Tests CommandPalette: Ctrl+Shift+P opens it, typing filters the window's commands, the keys
// move and trigger, Esc closes it.
#include "ui/shell/action_registry.h"
#include "ui/shell/command_list_model.h"
#include "ui/shell/command_palette.h"
#include "ui/shell/main_window.h"
#include "ui/shell/theme.h"
#include "shell_test_support.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QtTest>

using namespace atelier;

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    // Opens the palette of a shown, active window with the real shortcut.
    static CommandPalette *openPalette(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *palette = window.findChild<CommandPalette *>();
        return palette && palette->isVisible() ? palette : nullptr;
    }

    static QString currentId(const CommandPalette &palette)
    {
        return palette.list()->currentIndex().data(CommandListModel::IdRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings();
    }

    void init()
    {
        Theme::apply(Theme::light());
    }

    void shortcutOpensThePaletteWithEveryEnabledCommand()
    {
        MainWindow window;
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QVERIFY(palette->filterEdit()->hasFocus());
        QVERIFY(palette->filterEdit()->text().isEmpty());

        int enabled = 0;
        for (const Command &command : window.actionRegistry().commands())
            enabled += command.action->isEnabled() ? 1 : 0;
        QCOMPARE(palette->list()->model()->rowCount(), enabled);
        // Each row shows the command's shortcut where it has one.
        const QAbstractItemModel *model = palette->list()->model();
        bool sawShortcut = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(CommandListModel::IdRole) == QStringLiteral("file.open"))
                sawShortcut = model->index(row, 0).data(CommandListModel::ShortcutRole).toString()
                              == QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
        }
        QVERIFY(sawShortcut);
    }

    void typingDarkAndEnterSwitchesToTheDarkTheme()
    {
        MainWindow window;
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        const int lightness = QApplication::palette().color(QPalette::Window).lightness();

        QTest::keyClicks(palette->filterEdit(), QStringLiteral("dark"));
        QCOMPARE(currentId(*palette), QStringLiteral("view.theme.dark"));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);

        QVERIFY(!palette->isVisible());
        QTRY_COMPARE(Theme::current(), Theme::dark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < lightness);
        QVERIFY(window.actionRegistry().action(QStringLiteral("view.theme.dark"))->isChecked());
    }

    void filterFindsCommands_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("substring") << QStringLiteral("settings") << QStringLiteral("file.settings");
        QTest::newRow("any case") << QStringLiteral("QUIT") << QStringLiteral("file.quit");
        QTest::newRow("two words") << QStringLiteral("demo open") << QStringLiteral("file.openDemo");
        QTest::newRow("initials") << QStringLiteral("cmdpal") << QStringLiteral("view.commandPalette");
        QTest::newRow("category") << QStringLiteral("help") << QStringLiteral("help.about");
        QTest::newRow("dock") << QStringLiteral("events") << QStringLiteral("view.dock.eventsDock");
    }

    void filterFindsCommands()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        MainWindow window;
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QTest::keyClicks(palette->filterEdit(), typed);
        QCOMPARE(currentId(*palette), first);
    }

    void commandsThatCannotRunAreLeftOut()
    {
        MainWindow window; // no project open: nothing to close or refresh
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("close project"));
        QVERIFY(currentId(*palette) != QStringLiteral("file.closeProject"));
    }

    void upAndDownMoveTheSelection()
    {
        MainWindow window;
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("theme"));
        QCOMPARE(palette->list()->model()->rowCount(), 2);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Down); // stays on the last row
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Up);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
    }

    void noMatchSaysSo()
    {
        MainWindow window;
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("xyzzy"));
        QCOMPARE(palette->list()->model()->rowCount(), 0);
        QVERIFY(!palette->list()->isVisible());
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return); // nothing to trigger, no crash
        QVERIFY(palette->isVisible());
    }

    void escapeClosesWithoutTriggering()
    {
        MainWindow window;
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("dark"));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
        QTest::qWait(50);
        QCOMPARE(Theme::current(), Theme::light());
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_command_palette.moc"
