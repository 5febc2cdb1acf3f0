// Tests TaskManager: results and progress come back on the caller's thread; cancel stops work.
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace atelier;

class TestTaskManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAWorkerAndReportsBackOnTheCallersThread()
    {
        TaskManager tasks;
        QSignalSpy started(&tasks, &TaskManager::taskStarted);
        QSignalSpy progressed(&tasks, &TaskManager::taskProgressed);
        QSignalSpy finished(&tasks, &TaskManager::taskFinished);
        QThread *workerThread = nullptr;
        QThread *doneThread = nullptr;
        bool succeeded = false;

        const int id = tasks.start(
            QStringLiteral("count"),
            [&](TaskContext &context) -> Status {
                workerThread = QThread::currentThread();
                for (int i = 0; i <= 10; ++i)
                    context.setProgress(i, 10);
                return {};
            },
            this, [&](const Status &status) {
                doneThread = QThread::currentThread();
                succeeded = status.has_value();
            });

        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toInt(), id);
        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(succeeded);
        QVERIFY(workerThread && workerThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(finished.first().at(2).toBool());
        // Throttled, but the final step always arrives.
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(1).toLongLong(), 10);
        QCOMPARE(tasks.runningCount(), 0);
    }

    void failureCarriesTheMessage()
    {
        TaskManager tasks;
        QSignalSpy finished(&tasks, &TaskManager::taskFinished);
        tasks.start(QStringLiteral("broken"), [](TaskContext &) -> Status {
            return fail(QStringLiteral("The disk is full."));
        });
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(finished.first().at(3).toString(), QStringLiteral("The disk is full."));
    }

    void cancelStopsALongTask()
    {
        TaskManager tasks;
        QSignalSpy finished(&tasks, &TaskManager::taskFinished);
        std::atomic<int> steps{0};
        std::atomic<bool> running{false};
        const int id = tasks.start(QStringLiteral("endless"), [&](TaskContext &context) -> Status {
            running = true;
            while (!context.isCanceled()) {
                ++steps;
                QThread::msleep(1);
            }
            return fail(QStringLiteral("stopped"));
        });
        QTRY_VERIFY(running.load());
        tasks.cancel(id);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(finished.first().at(3).toString(), QStringLiteral("Canceled."));
    }

    void doneIsSkippedWhenTheReceiverIsGone()
    {
        TaskManager tasks;
        QSignalSpy finished(&tasks, &TaskManager::taskFinished);
        bool called = false;
        auto *receiver = new QObject;
        std::atomic<bool> release{false};
        tasks.start(
            QStringLiteral("slow"),
            [&](TaskContext &) -> Status {
                while (!release)
                    QThread::msleep(1);
                return {};
            },
            receiver, [&](const Status &) { called = true; });
        delete receiver;
        release = true;
        QTRY_COMPARE(finished.size(), 1);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTaskManager)
#include "tst_task_manager.moc"
