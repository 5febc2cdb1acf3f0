// Tests MainWindow: opening the demo project fills the navigator, double-clicks open tabs, bad
// projects are refused with a message while the window stays usable, and tasks can be canceled.
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "core/translations.h"
#include "ui/annotate/annotation_actions.h"
#include "ui/annotate/annotation_pane.h"
#include "ui/annotate/image_list_model.h"
#include "ui/shell/action_registry.h"
#include "ui/shell/document_area.h"
#include "ui/shell/event_log_model.h"
#include "ui/shell/main_actions.h"
#include "ui/experiments/experiments_pane.h"
#include "ui/jobs/launch_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/shell/navigator_model.h"
#include "ui/shell/navigator_pane.h"
#include "ui/shell/project_session.h"
#include "ui/shell/properties_pane.h"
#include "ui/shell/recent_projects.h"
#include "ui/shell/shell_docks.h"
#include "ui/shell/shell_settings.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/shell/shell_status_bar.h"
#include "ui/shell/task_indicator.h"
#include "ui/shell/task_row.h"
#include "ui/shell/tasks_pane.h"
#include "shell_test_support.h"
#include "ui/widgets/empty_state.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace atelier;

namespace {

constexpr int OpenTimeoutMs = 20000;

// Whether any event in the log contains `text`.
bool logged(const EventLogModel &log, const QString &text)
{
    for (int row = 0; row < log.rowCount(); ++row) {
        if (log.event(row).message.contains(text))
            return true;
    }
    return false;
}

QModelIndex findItem(const NavigatorModel &model, ProjectCatalog::Section section, const QString &name)
{
    const QModelIndex parent = model.sectionIndex(section);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, NavigatorModel::NameColumn, parent);
        if (index.data(NavigatorModel::NameRole).toString() == name)
            return index;
    }
    return {};
}

void doubleClick(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // Opens `folder` in `window` and waits until the navigator shows its catalog.
    static bool openAndWait(MainWindow &window, const QString &folder)
    {
        QSignalSpy shown(&window, &MainWindow::catalogShown);
        QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
        window.openProject(folder);
        QElapsedTimer clock;
        clock.start();
        while (shown.isEmpty() && failed.isEmpty() && clock.elapsed() < OpenTimeoutMs)
            QTest::qWait(10);
        if (!failed.isEmpty())
            qWarning().noquote() << failed.first().at(1).toString();
        return !shown.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings();
        Translations::install(QStringLiteral("en")); // the English plural forms, as the application loads them
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo"));
        const QString error = testing::makeDemoProject(m_demo);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
    }

    void navigatorListsTheDemoDatasetAndOpensItInATab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openProject(m_demo);

        const NavigatorModel &model = window.navigatorModel();
        QTRY_VERIFY_WITH_TIMEOUT(findItem(model, ProjectCatalog::Section::Datasets, QStringLiteral("shapes")).isValid(),
                                 OpenTimeoutMs);
        const QModelIndex shapes = findItem(model, ProjectCatalog::Section::Datasets, QStringLiteral("shapes"));
        QCOMPARE(shapes.data(NavigatorModel::DetailRole).toString(), QStringLiteral("300 images"));
        QCOMPARE(model.sectionIndex(ProjectCatalog::Section::Datasets, NavigatorModel::DetailColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(window.shellStatusBar().projectText(), QStringLiteral("demo"));
        QCOMPARE(window.shellStatusBar().connectionText(), QStringLiteral("No remote targets"));
        QVERIFY(logged(window.eventLog(), QStringLiteral("Opened project demo")));
        QCOMPARE(RecentProjects().last(), m_demo);

        QTreeView *view = window.docks().navigator->view();
        doubleClick(view, shapes);
        QCOMPARE(window.documents().count(), 1);
        QTabWidget *tabs = window.documents().tabs();
        QCOMPARE(tabs->tabText(0), QStringLiteral("shapes"));
        // The dataset opens for annotation, on its first image, with the Annotate commands live.
        auto *pane = qobject_cast<AnnotationPane *>(tabs->currentWidget());
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->currentImageId() != 0, 10000);
        QCOMPARE(pane->images().rowCount(), 300);
        QCOMPARE(window.annotationActions().target(), pane);
        QVERIFY(window.annotationActions().next->isEnabled());
        QCOMPARE(window.docks().properties->value(QStringLiteral("name")), QStringLiteral("shapes"));
        QCOMPARE(window.docks().properties->value(QStringLiteral("kind")), QStringLiteral("Dataset"));

        // The same item again brings its tab forward instead of opening a second one.
        doubleClick(view, shapes);
        QCOMPARE(window.documents().count(), 1);
    }

    void demoProjectIsCreatedOnFirstUseWithProgress()
    {
        MainWindow window;
        window.show();
        const QString folder = m_dir.filePath(QStringLiteral("fresh-demo"));
        QSignalSpy progressed(&window.taskManager(), &TaskManager::taskProgressed);
        QSignalSpy shown(&window, &MainWindow::catalogShown);
        window.openDemoProject(folder);
        QVERIFY(shown.wait(OpenTimeoutMs));
        QVERIFY(Project::looksLikeProject(folder));
        QVERIFY(progressed.count() > 0);
        QVERIFY(findItem(window.navigatorModel(), ProjectCatalog::Section::Datasets, QStringLiteral("shapes")).isValid());
        QVERIFY(logged(window.eventLog(), QStringLiteral("Finished: Opening the demo project")));
    }

    void anImageFolderBecomesADatasetThatOpensAsItFills()
    {
        const QString project = m_dir.filePath(QStringLiteral("folder-project"));
        QVERIFY(Project::create(project));
        const QString photos = m_dir.filePath(QStringLiteral("holiday"));
        QVERIFY(QDir().mkpath(photos + QStringLiteral("/day2")));
        for (int i = 0; i < 5; ++i) {
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 50, 200, 200));
            QVERIFY(image.save(photos + (i < 3 ? QStringLiteral("/p%1.jpg") : QStringLiteral("/day2/p%1.PNG")).arg(i)));
        }
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, project));
        QSignalSpy shown(&window, &MainWindow::catalogShown);
        window.addImageFolder(photos);
        QTRY_COMPARE_WITH_TIMEOUT(window.documents().count(), 1, 10000);
        auto *pane = qobject_cast<AnnotationPane *>(window.documents().tabs()->currentWidget());
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->currentImageId() != 0, 10000);
        QCOMPARE(pane->images().rowCount(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QVERIFY(findItem(window.navigatorModel(), ProjectCatalog::Section::Datasets, QStringLiteral("holiday")).isValid());
    }

    void shortcutsAreReboundAndKeptForTheNextStart()
    {
        const QString next = QStringLiteral("annotate.next");
        {
            MainWindow window;
            ShortcutsDialog dialog(window.actionRegistry(), &window);
            // A is the previous image's key: refused, with the command that holds it named.
            QVERIFY(!dialog.rebind(next, QKeySequence(Qt::Key_A)));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("shortcutConflict"))->text().contains(QStringLiteral("Previous Image")));
            QVERIFY(dialog.rebind(next, QKeySequence(Qt::Key_J)));
            dialog.apply();
            QCOMPARE(window.actionRegistry().action(next)->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_J)});
            ShellSettings::saveShortcuts(window.actionRegistry());
        }
        MainWindow again;
        QCOMPARE(again.actionRegistry().action(next)->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_J)});
        // Other commands keep their defaults.
        QCOMPARE(again.actionRegistry().action(QStringLiteral("annotate.previous"))->shortcut(), QKeySequence(Qt::Key_A));
    }

    void emptySectionExplainsWhatWillAppear()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        const QModelIndex jobs = window.navigatorModel().sectionIndex(ProjectCatalog::Section::Jobs);
        QCOMPARE(window.navigatorModel().rowCount(jobs), 0);

        doubleClick(window.docks().navigator->view(), jobs);
        QCOMPARE(window.documents().count(), 1);
        auto *page = qobject_cast<EmptyState *>(window.documents().tabs()->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->title(), QStringLiteral("No jobs yet"));
    }

    void experimentsOpenTheRunsTable()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        // Every project has MLflow's Default experiment, where scripts log when they name none.
        const QModelIndex defaultExperiment =
            findItem(window.navigatorModel(), ProjectCatalog::Section::Experiments, QStringLiteral("Default"));
        QVERIFY(defaultExperiment.isValid());
        doubleClick(window.docks().navigator->view(), defaultExperiment);
        QCOMPARE(window.documents().count(), 1);
        QVERIFY(qobject_cast<ExperimentsPane *>(window.documents().tabs()->currentWidget()));
    }

    // Launch Job… is in the File menu: its dialog offers the target every project comes with.
    void launchJobIsInTheFileMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file);
        QAction *launch = nullptr;
        for (QAction *action : file->actions()) {
            if (action->text() == MainActions::tr("&Launch Job…"))
                launch = action;
        }
        QVERIFY(launch);
        QVERIFY(launch->isEnabled());
        launch->trigger();
        LaunchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<LaunchDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->targetBox()->findText(QStringLiteral("local")) >= 0);
        dialog->reject();
    }

    void refreshKeepsTheSelectionAndShowsNewItems()
    {
        // A project of its own, changed behind the window's back as another program would.
        const QString folder = m_dir.filePath(QStringLiteral("refresh"));
        QVERIFY(Project::create(folder));
        auto connection = Project::connect(folder);
        QVERIFY(connection);
        Database &db = **connection;
        QVERIFY(db.execute("INSERT INTO dataset (name, root_path, created_at) VALUES (?, ?, ?)",
                           QStringLiteral("cats"), QStringLiteral("/data/cats"), QStringLiteral("2024-01-01")));

        MainWindow window;
        // Checks every signal the model sends while it is replaced, refreshed and cleared.
        QAbstractItemModelTester tester(&window.navigatorModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(openAndWait(window, folder));
        QTreeView *view = window.docks().navigator->view();
        const NavigatorModel &model = window.navigatorModel();
        view->setCurrentIndex(findItem(model, ProjectCatalog::Section::Datasets, QStringLiteral("cats")));
        QVERIFY(db.execute("INSERT INTO experiment (name, created_at, updated_at) VALUES (?, ?, ?)",
                           QStringLiteral("baseline"), QStringLiteral("2024-01-01"), QStringLiteral("2024-01-01")));

        QSignalSpy shown(&window, &MainWindow::catalogShown);
        QTest::keyClick(view, Qt::Key_F5);
        QVERIFY(shown.wait(OpenTimeoutMs));
        QCOMPARE(view->currentIndex().data(NavigatorModel::NameRole).toString(), QStringLiteral("cats"));
        const QModelIndex baseline = findItem(model, ProjectCatalog::Section::Experiments, QStringLiteral("baseline"));
        QVERIFY(baseline.isValid());
        QCOMPARE(baseline.data(NavigatorModel::DetailRole).toString(), QStringLiteral("0 runs"));
        // A section that gets its first item opens to show it.
        QVERIFY(view->isExpanded(model.sectionIndex(ProjectCatalog::Section::Experiments)));

        window.session().close();
        QCOMPARE(model.rowCount(), 0);
    }

    void closingTheProjectClearsTheShell()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        doubleClick(window.docks().navigator->view(),
                    findItem(window.navigatorModel(), ProjectCatalog::Section::Datasets, QStringLiteral("shapes")));
        QCOMPARE(window.documents().count(), 1);

        window.actionRegistry().action(QStringLiteral("file.closeProject"))->trigger();
        QVERIFY(!window.session().isOpen());
        QCOMPARE(window.navigatorModel().rowCount(), 0);
        QCOMPARE(window.documents().count(), 0);
        QCOMPARE(window.shellStatusBar().projectText(), QStringLiteral("No project"));
        QVERIFY(!window.actionRegistry().action(QStringLiteral("view.refresh"))->isEnabled());
    }

    void badProjectIsRefusedAndTheWindowStaysUsable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a project") << QStringLiteral("empty") << QStringLiteral("is not an Atelier project");
        QTest::newRow("missing folder") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("corrupt file") << QStringLiteral("corrupt") << QStringLiteral("damaged");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version of Atelier");
        QTest::newRow("read-only") << QStringLiteral("readonly") << QStringLiteral("read-only");
    }

    void badProjectIsRefusedAndTheWindowStaysUsable()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString folder = m_dir.filePath(QStringLiteral("bad-") + kind);
        if (kind == QLatin1String("empty")) {
            QVERIFY(QDir().mkpath(folder));
        } else if (kind == QLatin1String("corrupt")) {
            QVERIFY(QDir().mkpath(folder));
            writeFile(folder + QStringLiteral("/atelier.db"), QByteArray(4096, 'x'));
        } else if (kind == QLatin1String("newer")) {
            auto project = Project::create(folder);
            QVERIFY(project);
            QVERIFY((*project)->database().exec("PRAGMA user_version = 999"));
        } else if (kind == QLatin1String("readonly")) {
            if (geteuid() == 0)
                QSKIP("root may write to read-only folders");
            QVERIFY(Project::create(folder));
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
        window.openProject(folder);
        QVERIFY(failed.wait(OpenTimeoutMs));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // The message box is open without blocking this test, so it is window-modal, not exec()'d.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"))) != nullptr);
        QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
        QVERIFY(logged(window.eventLog(), expected));
        QVERIFY(!window.session().isOpen());
        box->accept();

        // Still usable: a good project opens in the same window.
        QVERIFY(openAndWait(window, m_demo));
        QVERIFY(window.session().isOpen());
    }

    void failedOpenKeepsTheProjectAlreadyOpen()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
        window.openProject(m_dir.filePath(QStringLiteral("nowhere")));
        QVERIFY(failed.wait(OpenTimeoutMs));
        QCOMPARE(window.session().name(), QStringLiteral("demo"));
        QCOMPARE(window.shellStatusBar().projectText(), QStringLiteral("demo"));
        QCOMPARE(window.navigatorModel().rowCount(), 5);
    }

    void missingRecentProjectsAreRemovedWithAMessage()
    {
        {
            RecentProjects recent;
            recent.add(m_demo);
            recent.add(m_dir.filePath(QStringLiteral("gone")));
        }
        MainWindow window;
        QCOMPARE(window.recentProjects().folders(), QStringList{m_demo});
        QVERIFY(logged(window.eventLog(), QStringLiteral("Removed")));
        QCOMPARE(RecentProjects().folders(), QStringList{m_demo});
    }

    void tasksPaneShowsProgressAndCancels()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::atomic<bool> started{false};
        const int id = window.taskManager().start(QStringLiteral("Counting sheep"), [&started](TaskContext &context) -> Status {
            started = true;
            for (int i = 0; i < 2000 && !context.isCanceled(); ++i) {
                context.setProgress(i, 2000, QStringLiteral("Sheep %1").arg(i));
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            return context.isCanceled() ? fail(QStringLiteral("stopped")) : Status{};
        });
        QTRY_VERIFY(started.load());
        QCOMPARE(window.shellStatusBar().taskIndicator()->text(), QStringLiteral("1 task running"));

        // A click on the status bar's task summary brings the Tasks pane forward.
        window.docks().tasksDock->hide();
        QTest::mouseClick(window.shellStatusBar().taskIndicator(), Qt::LeftButton);
        QVERIFY(window.docks().tasksDock->isVisible());

        TaskRow *row = window.docks().tasks->row(id);
        QVERIFY(row);
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(logged(window.eventLog(), QStringLiteral("Canceled: Counting sheep")), 5000);
        QCOMPARE(window.shellStatusBar().taskIndicator()->text(), QStringLiteral("No running tasks"));
        // The ended task stays listed for a moment, greyed.
        QVERIFY(window.docks().tasks->row(id));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
