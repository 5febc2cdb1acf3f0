// Tests the jobs UI against a real local target: a job submitted through the supervisor shows in
// the jobs table and reaches succeeded, its view shows the exact output with colours rendered and
// no escape codes, the search finds a line, and Cancel in the pane ends a sleeping job as cancelled.
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/tasks/task_manager.h"
#include "ui/jobs/ansi_text.h"
#include "ui/jobs/job_view.h"
#include "ui/jobs/jobs_pane.h"
#include "ui/jobs/jobs_table_model.h"
#include "ui/jobs/log_view.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace atelier;

namespace {

JobState stateInTable(const JobsTableModel &model, std::int64_t jobId)
{
    const int row = model.rowOf(jobId);
    return row < 0 ? JobState::Queued : JobState(model.index(row, 0).data(JobsTableModel::StateRole).toInt());
}

} // namespace

class TestJobsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<JobSupervisor> m_supervisor;

    std::int64_t submit(const QString &name, const QString &script)
    {
        JobSpec spec;
        spec.name = name;
        spec.command = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), script};
        spec.target = QStringLiteral("here");
        auto id = m_supervisor->submit(spec);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("project %1").arg(++m_projects)));
        QVERIFY(project);
        m_project = std::move(*project);
        QVERIFY(TargetStore(m_project->database(), m_project->audit()).add(QStringLiteral("here"), QStringLiteral("local")));
        m_tasks = std::make_unique<TaskManager>();
        m_supervisor = std::make_unique<JobSupervisor>(*m_project, *m_tasks);
        m_supervisor->setPollInterval(50);
        m_supervisor->setCancelGrace(1500);
        m_supervisor->start();
    }

    void cleanup()
    {
        m_supervisor->stop();
        m_tasks->waitForAll();
        m_supervisor.reset();
        m_tasks.reset();
        m_project.reset();
    }

    void ansiEscapesBecomeFormats_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("redText");

        QTest::newRow("plain") << QList<QByteArray>{"a\nb\n"} << QStringLiteral("a\nb\n") << QString();
        QTest::newRow("red then reset") << QList<QByteArray>{"x \x1b[31mred\x1b[0m y"} << QStringLiteral("x red y")
                                        << QStringLiteral("red");
        QTest::newRow("escape split between chunks")
            << QList<QByteArray>{"x \x1b[", "3", "1mred\x1b", "[m y"} << QStringLiteral("x red y") << QStringLiteral("red");
        QTest::newRow("bold and red in one") << QList<QByteArray>{"\x1b[1;31mboth\x1b[0m"} << QStringLiteral("both")
                                             << QStringLiteral("both");
        QTest::newRow("cursor moves dropped") << QList<QByteArray>{"a\x1b[2Kb\x1b[1Ac"} << QStringLiteral("abc")
                                              << QString();
        QTest::newRow("utf-8 split between chunks")
            << QList<QByteArray>{"caf\xc3", "\xa9 \x1b[91m\xe2\x9c\x93\x1b[39m"} << QStringLiteral("café ✓")
            << QString();
    }

    void ansiEscapesBecomeFormats()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QString, text);
        QFETCH(QString, redText);
        AnsiText ansi;
        QString all;
        QString red;
        for (const QByteArray &chunk : chunks) {
            for (const AnsiText::Run &run : ansi.feed(chunk)) {
                all += run.text;
                if (run.format.foreground().color() == QColor(205, 49, 49))
                    red += run.text;
            }
        }
        QCOMPARE(all, text);
        QCOMPARE(red, redText);
    }

    void jobRunsToSuccessWithItsLogs()
    {
        JobsPane pane(*m_supervisor, m_project->folder());
        const std::int64_t id = submit(QStringLiteral("printer"),
                                       QStringLiteral("printf 'first line\\n\\033[31mred alert\\033[0m done\\n'; "
                                                      "echo 'to stderr' >&2; printf 'last line\\n'"));
        QTRY_VERIFY(pane.model()->rowOf(id) >= 0);
        const int row = pane.model()->rowOf(id);
        QCOMPARE(pane.model()->index(row, JobsTableModel::NameColumn).data().toString(), QStringLiteral("printer"));
        QCOMPARE(pane.model()->index(row, JobsTableModel::TargetColumn).data().toString(), QStringLiteral("here"));
        QTRY_COMPARE_WITH_TIMEOUT(stateInTable(*pane.model(), id), JobState::Succeeded, 20000);
        QCOMPARE(pane.model()->index(pane.model()->rowOf(id), JobsTableModel::StateColumn).data().toString(),
                 JobsTableModel::tr("Succeeded"));
        QVERIFY(!pane.model()->index(row, JobsTableModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        // A double-click on the row asks for the job's view.
        QSignalSpy activated(&pane, &JobsPane::jobActivated);
        pane.show();
        QTableView *table = pane.table();
        const QRect cell = table->visualRect(pane.model()->index(pane.model()->rowOf(id), JobsTableModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), id);

        JobView view(*m_supervisor, m_project->folder(), id);
        QSignalSpy complete(&view, &JobView::logsComplete);
        QVERIFY(complete.wait(10000));
        QCOMPARE(view.stdoutView()->text(), QStringLiteral("first line\nred alert done\nlast line\n"));
        QCOMPARE(view.stderrView()->text(), QStringLiteral("to stderr\n"));
        QCOMPARE(view.stateLabel()->text(), JobsTableModel::tr("Succeeded"));
        QVERIFY(view.runLink()->text().contains(QStringLiteral("href")));

        // The escape codes became a colour on exactly "red alert".
        const QTextBlock redLine = view.stdoutView()->editor()->document()->findBlockByNumber(1);
        QTextCursor inRed(redLine);
        inRed.setPosition(redLine.position() + 2);
        QCOMPARE(inRed.charFormat().foreground().color(), QColor(205, 49, 49));
        QTextCursor afterRed(redLine);
        afterRed.setPosition(redLine.position() + int(QStringLiteral("red alert d").size()));
        QVERIFY(afterRed.charFormat().foreground().color() != QColor(205, 49, 49));

        // The timeline ends in the succeeded event.
        QTableWidget *events = view.eventsTable();
        QVERIFY(events->rowCount() >= 3);
        QCOMPARE(events->item(0, 1)->text(), JobsTableModel::tr("Queued"));
        QCOMPARE(events->item(events->rowCount() - 1, 1)->text(), JobsTableModel::tr("Succeeded"));

        // Search, typed in the field: the match is selected on its line; Follow turns off.
        LogView *log = view.stdoutView();
        QTest::keyClicks(log->searchField(), QStringLiteral("last"));
        QCOMPARE(log->editor()->textCursor().selectedText(), QStringLiteral("last"));
        QCOMPARE(log->selectedLine(), 2);
        QVERIFY(!log->isFollowing());
        QVERIFY(log->find(QStringLiteral("line"))); // from the cursor on: "last line"
        QCOMPARE(log->selectedLine(), 2);
        QVERIFY(log->findNext()); // wraps around to "first line"
        QCOMPARE(log->selectedLine(), 0);
        QVERIFY(log->findNext());
        QCOMPARE(log->selectedLine(), 2);
        QVERIFY(!log->find(QStringLiteral("\x1b[31m")));
        QVERIFY(!log->find(QStringLiteral("not in the log")));
    }

    void logFollowsARunningJob()
    {
        const std::int64_t id = submit(QStringLiteral("slow printer"),
                                       QStringLiteral("echo one; sleep 1.5; echo two; sleep 30"));
        JobView view(*m_supervisor, m_project->folder(), id);
        QTRY_COMPARE_WITH_TIMEOUT(view.stdoutView()->text(), QStringLiteral("one\n"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view.stdoutView()->text(), QStringLiteral("one\ntwo\n"), 10000);
        QVERIFY(m_supervisor->cancel(id));
        JobStore jobs(m_project->database(), m_project->audit());
        QTRY_COMPARE_WITH_TIMEOUT(jobs.job(id)->state, JobState::Cancelled, 20000);
    }

    void cancelFromThePane()
    {
        JobsPane pane(*m_supervisor, m_project->folder());
        const std::int64_t id = submit(QStringLiteral("sleeper"), QStringLiteral("sleep 60"));
        QTRY_COMPARE_WITH_TIMEOUT(stateInTable(*pane.model(), id), JobState::Running, 20000);
        QVERIFY(!pane.cancelAction()->isEnabled());
        pane.table()->selectRow(pane.model()->rowOf(id));
        QVERIFY(pane.cancelAction()->isEnabled());
        pane.cancelAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateInTable(*pane.model(), id), JobState::Cancelled, 20000);
        JobStore jobs(m_project->database(), m_project->audit());
        QCOMPARE(jobs.job(id)->state, JobState::Cancelled);
        QVERIFY(!pane.cancelAction()->isEnabled());
    }
};

QTEST_MAIN(TestJobsPane)
#include "tst_jobs_pane.moc"
