// Tests jobs on the local target with real processes: logs, verbatim arguments, cancel, retries with resume, re-attach, the CLI.
#include "core/compute/job_spec.h"
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/local_target.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tasks/task_manager.h"
#include "core/tracking/tracking_store.h"
#include "tests/integration/atelier_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace atelier;
using atelier::testing::Outcome;
using atelier::testing::runAtelier;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Arguments that a shell would split, expand, run or choke on.
const QStringList HostileArguments = {
    QStringLiteral("two words"),
    QStringLiteral("it's \"quoted\""),
    QStringLiteral("$(touch pwned) `touch pwned2` ${HOME}"),
    QStringLiteral("a;b && c | d > e"),
    QStringLiteral("line one\nline two\n"),
    QStringLiteral("données 日本語 ✓"),
    QString(),
    QStringLiteral("--not-an-option"),
    QStringLiteral("*"),
    QStringLiteral("\\back\\slash\t"),
};

// Prints its arguments, one variable and its working folder, separated by NUL and SOH bytes.
const QString EchoScript = QStringLiteral(
    "import os, sys\n"
    "sys.stdout.buffer.write(b'\\0'.join(os.fsencode(a) for a in sys.argv[1:]) + b'\\1' + "
    "os.environb.get(b'HOSTILE', b'<unset>') + b'\\1' + os.fsencode(os.getcwd()))\n");

QByteArray expectedEcho(const QString &variable, const QString &folder)
{
    QByteArrayList arguments;
    for (const QString &argument : HostileArguments)
        arguments.append(argument.toUtf8());
    return arguments.join('\0') + '\1' + variable.toUtf8() + '\1' + folder.toUtf8();
}

} // namespace

class TestLocalJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<JobSupervisor> m_supervisor;
    std::unique_ptr<JobStore> m_jobs;

    void openSupervisor()
    {
        m_tasks = std::make_unique<TaskManager>();
        m_supervisor = std::make_unique<JobSupervisor>(*m_project, *m_tasks);
        m_supervisor->setPollInterval(50);
        m_supervisor->setCancelGrace(1500);
        connect(m_supervisor.get(), &JobSupervisor::errorOccurred, this,
                [](std::int64_t job, const QString &message) { qWarning("job %lld: %s", qlonglong(job), qPrintable(message)); });
    }

    void closeSupervisor()
    {
        if (m_supervisor)
            m_supervisor->stop();
        if (m_tasks)
            m_tasks->waitForAll();
        m_supervisor.reset();
        m_tasks.reset();
    }

    JobSpec spec(const QStringList &command, const QString &name = QStringLiteral("job"))
    {
        JobSpec spec;
        spec.name = name;
        spec.command = command;
        spec.target = QStringLiteral("here");
        return spec;
    }

    std::int64_t submit(const JobSpec &spec)
    {
        auto id = m_supervisor->submit(spec);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    JobRecord job(std::int64_t id) { return m_jobs->job(id).value_or(JobRecord{}); }

    bool waitForEnd(std::int64_t id, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!isFinished(job(id).state)) {
            if (timer.hasExpired(timeoutMs))
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    QList<JobState> states(std::int64_t id)
    {
        QList<JobState> list;
        for (const JobEvent &event : m_jobs->events(id).value_or(QList<JobEvent>{}))
            list.append(event.state);
        return list;
    }

    QString lastReason(std::int64_t id)
    {
        const auto events = m_jobs->events(id).value_or(QList<JobEvent>{});
        return events.isEmpty() ? QString() : events.constLast().reason;
    }

    QString tag(const JobRecord &job, const QString &key)
    {
        auto run = TrackingStore(m_project->database(), m_project->audit()).run(job.runUuid);
        if (!run)
            return QStringLiteral("<no run>");
        for (const KeyValue &tag : run->tags) {
            if (tag.key == key)
                return tag.value;
        }
        return QStringLiteral("<no tag>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("ATELIER_BINARY")).isExecutable(), "ATELIER_BINARY is not set");
        QVERIFY(QFileInfo(Python).isExecutable());
    }

    void init()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("project %1").arg(++m_projects)));
        QVERIFY(project);
        m_project = std::move(*project);
        QVERIFY(TargetStore(m_project->database(), m_project->audit()).add(QStringLiteral("here"), QStringLiteral("local")));
        m_jobs = std::make_unique<JobStore>(m_project->database(), m_project->audit());
        openSupervisor();
        m_supervisor->start();
    }

    void cleanup()
    {
        closeSupervisor();
        m_jobs.reset();
        m_project.reset();
    }

    void succeedsWithLogsAndRun()
    {
        const std::int64_t id = submit(spec({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                             QStringLiteral("printf 'out 1\\n'; printf 'err\\n' >&2; sleep 0.3; printf 'out 2'")}));
        QVERIFY(waitForEnd(id));
        const JobRecord done = job(id);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.exitCode, std::optional(0));
        QCOMPARE(done.folder, m_project->folder() + QStringLiteral("/jobs/") + QString::number(id));
        QCOMPARE(readAll(done.folder + QStringLiteral("/stdout")), QByteArray("out 1\nout 2"));
        QCOMPARE(readAll(done.folder + QStringLiteral("/stderr")), QByteArray("err\n"));
        QCOMPARE(readAll(done.folder + QStringLiteral("/exit_code")).trimmed(), QByteArray("0"));
        QCOMPARE(states(id), (QList<JobState>{JobState::Queued, JobState::Submitted, JobState::Running, JobState::Succeeded}));

        auto run = TrackingStore(m_project->database(), m_project->audit()).run(done.runUuid);
        QVERIFY(run);
        QCOMPARE(run->info.status, RunStatus::Finished);
        QVERIFY(run->info.endTime.has_value());
        QCOMPARE(run->provenance.jobId, std::optional(id));
        QCOMPARE(tag(done, QStringLiteral("atelier.attempt")), QStringLiteral("1"));
    }

    void argumentsPassVerbatim()
    {
        const QString folder = m_dir.filePath(QStringLiteral("work 'dir' $(x) `y`; ü"));
        QVERIFY(QDir().mkpath(folder));
        const QString hostile = QStringLiteral("v a l'u\"e $(id) `id` ;\n€");
        JobSpec echo = spec(QStringList{Python, QStringLiteral("-c"), EchoScript} + HostileArguments,
                            QStringLiteral("name with 'quotes' and $(x)"));
        echo.workingFolder = folder;
        echo.environment = {{QStringLiteral("HOSTILE"), hostile}};
        const std::int64_t id = submit(echo);
        QVERIFY(waitForEnd(id));
        QCOMPARE(job(id).state, JobState::Succeeded);
        QCOMPARE(readAll(job(id).folder + QStringLiteral("/stdout")), expectedEcho(hostile, folder));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pwned")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pwned2")));
    }

    void logsReadFromAnOffset()
    {
        // 20 lines with pauses: a follower reading from its offset gets each byte once, in order.
        const std::int64_t id = submit(spec({Python, QStringLiteral("-c"),
                                             QStringLiteral("import sys, time\n"
                                                            "for i in range(20):\n"
                                                            "    sys.stdout.write('line %d ' % i + 'x' * 997 + '\\n'); sys.stdout.flush(); time.sleep(0.02)\n")}));
        LocalTarget target;
        QByteArray followed;
        std::int64_t offset = 0;
        int reads = 0;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            // The state is read before the log, so that after the end one more read takes the rest.
            const bool ended = isFinished(job(id).state);
            auto chunk = target.readLog({id, job(id).folder, job(id).externalId}, LogStream::Stdout, offset, 777);
            QVERIFY(chunk);
            followed += *chunk;
            offset += chunk->size();
            ++reads;
            if (ended && chunk->isEmpty())
                break;
            QVERIFY(!timer.hasExpired(30000));
            QTest::qWait(chunk->isEmpty() ? 5 : 0);
        }
        QByteArray expected;
        for (int i = 0; i < 20; ++i)
            expected += "line " + QByteArray::number(i) + ' ' + QByteArray(997, 'x') + '\n';
        QCOMPARE(followed.size(), expected.size());
        QCOMPARE(followed, expected);
        QVERIFY(reads > 20);
        QCOMPARE(target.readLog({id, job(id).folder, {}}, LogStream::Stdout, expected.size(), 100).value(), QByteArray());
        QCOMPARE(target.readLog({id, job(id).folder, {}}, LogStream::Stdout, 5, 3).value(), QByteArray("0 x"));
    }

    void cancelEndsAJobWithSigterm()
    {
        const std::int64_t id = submit(spec({QStringLiteral("sleep"), QStringLiteral("60")}));
        QTRY_COMPARE_WITH_TIMEOUT(job(id).state, JobState::Running, 10000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_supervisor->cancel(id));
        QVERIFY(waitForEnd(id, 10000));
        QVERIFY2(timer.elapsed() < 1500, "SIGTERM alone should have ended sleep, before the grace period");
        QCOMPARE(job(id).state, JobState::Cancelled);
        QCOMPARE(job(id).exitCode, std::optional(128 + SIGTERM)); // the wrapper saw sleep die of SIGTERM
        auto run = TrackingStore(m_project->database(), m_project->audit()).run(job(id).runUuid);
        QCOMPARE(run->info.status, RunStatus::Killed);
    }

    void cancelKillsAJobThatIgnoresSigterm()
    {
        const std::int64_t id = submit(spec({Python, QStringLiteral("-c"),
                                             QStringLiteral("import signal, sys, time, subprocess\n"
                                                            "signal.signal(signal.SIGTERM, lambda *a: print('TERM ignored', flush=True))\n"
                                                            "child = subprocess.Popen(['sleep', '60'])\n"
                                                            "print('child', child.pid, flush=True)\n"
                                                            "while True: time.sleep(0.05)\n")}));
        QTRY_VERIFY_WITH_TIMEOUT(readAll(job(id).folder + QStringLiteral("/stdout")).startsWith("child "), 10000);
        const qint64 child = readAll(job(id).folder + QStringLiteral("/stdout")).split(' ').value(1).trimmed().toLongLong();
        QVERIFY(child > 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_supervisor->cancel(id));
        QVERIFY(waitForEnd(id, 15000));
        QVERIFY2(timer.elapsed() >= 1500, "SIGKILL came before the grace period ended");
        QCOMPARE(job(id).state, JobState::Cancelled);
        QVERIFY(readAll(job(id).folder + QStringLiteral("/stdout")).contains("TERM ignored"));
        // SIGKILL went to the whole group: the wrapper wrote no exit code, and the grandchild is gone.
        QVERIFY(!QFile::exists(job(id).folder + QStringLiteral("/exit_code")));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        QVERIFY(!stat.open(QIODevice::ReadOnly) || stat.readAll().split(')').value(1).trimmed().startsWith('Z'));
    }

    void failedJobIsRetriedFromItsNewestCheckpoint()
    {
        const QString work = m_dir.filePath(QStringLiteral("retry work %1").arg(m_projects));
        const QString checkpoints = work + QStringLiteral("/out/ckpt");
        QVERIFY(QDir().mkpath(checkpoints + QStringLiteral("/sub")));
        // Decoys: an older checkpoint, a newer file that does not match, a match one folder too deep.
        for (const char *name : {"old.pt", "notes.txt", "sub/deep.pt"}) {
            QFile file(checkpoints + u'/' + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
            file.close();
            const QDateTime time = QDateTime::currentDateTime().addSecs(name[0] == 'o' ? -3600 : 3600);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
        }
        // Each attempt writes a checkpoint one hour later than the one before, then fails until the third.
        JobSpec train = spec({Python, QStringLiteral("-c"),
                              QStringLiteral("import os, sys, time\n"
                                             "attempt = int(os.environ['ATELIER_ATTEMPT'])\n"
                                             "out = os.environ['ATELIER_OUTPUT_DIR']\n"
                                             "open(os.path.join(out, 'resume-%d' % attempt), 'w').write(os.environ.get('ATELIER_RESUME_FROM', '<none>'))\n"
                                             "ckpt = os.path.join(out, 'ckpt', 'step-%d.pt' % attempt)\n"
                                             "open(ckpt, 'w').write('w')\n"
                                             "t = time.time() + 7200 + attempt * 3600\n"
                                             "os.utime(ckpt, (t, t))\n"
                                             "print('diverged at attempt %d' % attempt, file=sys.stderr)\n"
                                             "sys.exit(0 if attempt == 3 else 3)\n")});
        train.workingFolder = work;
        train.outputFolder = QStringLiteral("out");
        train.checkpointPattern = QStringLiteral("ckpt/*.pt");
        train.retries = 2;
        const std::int64_t id = submit(train);
        QVERIFY(waitForEnd(id));
        const JobRecord done = job(id);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.attempt, 3);
        QCOMPARE(readAll(work + QStringLiteral("/out/resume-1")), QByteArray("<none>"));
        QCOMPARE(readAll(work + QStringLiteral("/out/resume-2")), (checkpoints + QStringLiteral("/step-1.pt")).toUtf8());
        QCOMPARE(readAll(work + QStringLiteral("/out/resume-3")), (checkpoints + QStringLiteral("/step-2.pt")).toUtf8());
        QCOMPARE(tag(done, QStringLiteral("atelier.attempt")), QStringLiteral("3"));

        int retries = 0;
        const QList<JobEvent> events = m_jobs->events(id).value_or(QList<JobEvent>{});
        for (const JobEvent &event : events) {
            if (event.state == JobState::Queued && event.attempt > 1) {
                ++retries;
                QVERIFY2(event.reason.contains(QStringLiteral("exit code 3")), qPrintable(event.reason));
                QVERIFY2(event.reason.contains(QStringLiteral("diverged at attempt %1").arg(event.attempt - 1)),
                         qPrintable(event.reason));
            }
        }
        QCOMPARE(retries, 2);
    }

    void failureWithoutRetriesLeftFails()
    {
        const std::int64_t id = submit(spec({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                             QStringLiteral("echo 'CUDA out of memory' >&2; exit 7")}));
        QVERIFY(waitForEnd(id));
        QCOMPARE(job(id).state, JobState::Failed);
        QCOMPARE(job(id).exitCode, std::optional(7));
        QCOMPARE(lastReason(id), QStringLiteral("the command ended with exit code 7: CUDA out of memory"));
        auto run = TrackingStore(m_project->database(), m_project->audit()).run(job(id).runUuid);
        QCOMPARE(run->info.status, RunStatus::Failed);
    }

    void missingCommandFailsClearly()
    {
        const std::int64_t id = submit(spec({QStringLiteral("no-such-trainer-xyz"), QStringLiteral("--epochs")}));
        QVERIFY(waitForEnd(id));
        QCOMPARE(job(id).state, JobState::Failed);
        QVERIFY2(lastReason(id).contains(QStringLiteral("The command \"no-such-trainer-xyz\" was not found")),
                 qPrintable(lastReason(id)));

        const Outcome cli = runAtelier({QStringLiteral("job"), QStringLiteral("submit"), m_project->folder(),
                                        QStringLiteral("--target"), QStringLiteral("here"), QStringLiteral("--"),
                                        QStringLiteral("./missing-script.sh")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains("The command \"./missing-script.sh\" was not found"), cli.err.constData());
    }

    void gpusAreChosenWithCudaVisibleDevices()
    {
        qputenv("CUDA_VISIBLE_DEVICES", "3,5");
        JobSpec one = spec({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("printf %s \"$CUDA_VISIBLE_DEVICES\"")});
        one.resources.gpus = 1;
        const std::int64_t withGpu = submit(one);
        one.resources.gpus = 0;
        const std::int64_t withoutGpu = submit(one);
        one.resources.gpus = 3;
        const std::int64_t tooMany = submit(one);
        QVERIFY(waitForEnd(withGpu) && waitForEnd(withoutGpu) && waitForEnd(tooMany));
        qunsetenv("CUDA_VISIBLE_DEVICES");
        QCOMPARE(readAll(job(withGpu).folder + QStringLiteral("/stdout")), QByteArray("3"));
        QCOMPARE(readAll(job(withoutGpu).folder + QStringLiteral("/stdout")), QByteArray(""));
        QCOMPARE(job(tooMany).state, JobState::Failed);
        QVERIFY2(lastReason(tooMany).contains(QStringLiteral("asks for 3 GPU")), qPrintable(lastReason(tooMany)));
    }

    void fileStoreIsImportedWhenNoServerRuns()
    {
        // What MLflow's file store writes for log_param and log_metric, at the run MLFLOW_RUN_ID names.
        const std::int64_t id = submit(spec({Python, QStringLiteral("-c"),
                                             QStringLiteral("import os, urllib.parse\n"
                                                            "uri = os.environ['MLFLOW_TRACKING_URI']\n"
                                                            "assert uri.startswith('file://'), uri\n"
                                                            "run = os.path.join(urllib.parse.unquote(uri[7:]), os.environ['MLFLOW_EXPERIMENT_ID'], os.environ['MLFLOW_RUN_ID'])\n"
                                                            "assert os.path.isfile(os.path.join(run, 'meta.yaml'))\n"
                                                            "os.makedirs(os.path.join(run, 'params'))\n"
                                                            "open(os.path.join(run, 'params', 'lr'), 'w').write('0.01')\n"
                                                            "os.makedirs(os.path.join(run, 'metrics'))\n"
                                                            "open(os.path.join(run, 'metrics', 'loss'), 'w').write('1700000000000 0.5 0\\n1700000000001 0.25 1\\n')\n")}));
        QVERIFY(waitForEnd(id));
        QCOMPARE(job(id).state, JobState::Succeeded);
        auto run = TrackingStore(m_project->database(), m_project->audit()).run(job(id).runUuid);
        QVERIFY(run);
        QCOMPARE(run->info.status, RunStatus::Finished);
        QCOMPARE(run->params, (QList<KeyValue>{{QStringLiteral("lr"), QStringLiteral("0.01")}}));
        QCOMPARE(run->metrics.size(), 1);
        QCOMPARE(run->metrics.constFirst().value, 0.25);
        QCOMPARE(run->metrics.constFirst().step, 1);
    }

    void aLaterSupervisorReattaches()
    {
        const std::int64_t id = submit(spec({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                             QStringLiteral("sleep 1; echo done")}));
        QTRY_COMPARE_WITH_TIMEOUT(job(id).state, JobState::Running, 10000);
        closeSupervisor(); // the workbench quits; the job runs on
        QTest::qWait(1500);
        QCOMPARE(job(id).state, JobState::Running);
        openSupervisor();
        m_supervisor->start();
        QVERIFY(waitForEnd(id));
        QCOMPARE(job(id).state, JobState::Succeeded);
        QCOMPARE(readAll(job(id).folder + QStringLiteral("/stdout")), QByteArray("done\n"));
    }

    void aJobKilledWhileNobodyWatchedIsLost()
    {
        const std::int64_t id = submit(spec({QStringLiteral("sleep"), QStringLiteral("60")}));
        QTRY_COMPARE_WITH_TIMEOUT(job(id).state, JobState::Running, 10000);
        closeSupervisor();
        const qint64 group = job(id).externalId.section(u':', 0, 0).toLongLong();
        QVERIFY(group > 0);
        QCOMPARE(::kill(-pid_t(group), SIGKILL), 0);
        openSupervisor();
        m_supervisor->start();
        QVERIFY(waitForEnd(id));
        QCOMPARE(job(id).state, JobState::Lost);
        QVERIFY2(lastReason(id).contains(QStringLiteral("without writing an exit code")), qPrintable(lastReason(id)));
    }

    void cliSubmitWaitLogsAndList()
    {
        closeSupervisor(); // only the command line watches these jobs
        const QString folder = m_dir.filePath(QStringLiteral("cli work ü"));
        QVERIFY(QDir().mkpath(folder));
        const QString hostile = QStringLiteral("x=1 'y' \"$(z)\"\n;");
        const Outcome submitted = runAtelier(
            QStringList{QStringLiteral("job"), QStringLiteral("submit"), m_project->folder(), QStringLiteral("--target"),
                        QStringLiteral("here"), QStringLiteral("--name"), QStringLiteral("echo"), QStringLiteral("--workdir"),
                        folder, QStringLiteral("--env"), QStringLiteral("HOSTILE=") + hostile, QStringLiteral("--"), Python,
                        QStringLiteral("-c"), EchoScript}
            + HostileArguments);
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        // The submitting process is gone: `job wait`, another process, follows the job to its end.
        const Outcome waited = runAtelier({QStringLiteral("job"), QStringLiteral("wait"), m_project->folder(),
                                           QString::number(id), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        QCOMPARE(waited.json().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const Outcome logs = runAtelier({QStringLiteral("job"), QStringLiteral("logs"), m_project->folder(), QString::number(id)});
        QCOMPARE(logs.exitCode, 0);
        QCOMPARE(logs.out, expectedEcho(hostile, folder));

        const Outcome failing = runAtelier({QStringLiteral("job"), QStringLiteral("submit"), m_project->folder(),
                                            QStringLiteral("--target"), QStringLiteral("here"), QStringLiteral("--"),
                                            QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo oops >&2; exit 4")});
        QCOMPARE(failing.exitCode, 0);
        const qint64 failingId = failing.json().value(QStringLiteral("id")).toInteger();
        const Outcome waitedFailing = runAtelier({QStringLiteral("job"), QStringLiteral("wait"), m_project->folder(),
                                                  QString::number(failingId)});
        QCOMPARE(waitedFailing.exitCode, 1);
        QVERIFY2(waitedFailing.err.contains("exit code 4: oops"), waitedFailing.err.constData());
        const Outcome failingLogs = runAtelier({QStringLiteral("job"), QStringLiteral("logs"), m_project->folder(),
                                                QString::number(failingId), QStringLiteral("--follow")});
        QCOMPARE(failingLogs.exitCode, 0);
        QCOMPARE(failingLogs.err, QByteArray("oops\n"));

        const Outcome list = runAtelier({QStringLiteral("job"), QStringLiteral("list"), m_project->folder()});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray jobs = list.json().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs[0].toObject().value(QStringLiteral("id")).toInteger(), failingId);
        QCOMPARE(jobs[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(jobs[0].toObject().value(QStringLiteral("exit_code")).toInt(), 4);
        QCOMPARE(jobs[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("echo"));
    }

    void cliFollowsAndCancels()
    {
        closeSupervisor();
        const Outcome submitted = runAtelier({QStringLiteral("job"), QStringLiteral("submit"), m_project->folder(),
                                              QStringLiteral("--target"), QStringLiteral("here"), QStringLiteral("--"),
                                              QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                              QStringLiteral("echo started; exec sleep 60")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString id = QString::number(submitted.json().value(QStringLiteral("id")).toInteger());
        QProcess follower;
        follower.start(qEnvironmentVariable("ATELIER_BINARY"),
                       {QStringLiteral("job"), QStringLiteral("logs"), m_project->folder(), id, QStringLiteral("--follow")});
        QVERIFY(follower.waitForStarted());
        QByteArray followed;
        QTRY_VERIFY2_WITH_TIMEOUT((followed += follower.readAllStandardOutput()).contains("started"),
                                  follower.readAllStandardError().constData(), 10000);
        const Outcome cancelled = runAtelier({QStringLiteral("job"), QStringLiteral("cancel"), m_project->folder(), id,
                                              QStringLiteral("--grace"), QStringLiteral("2")});
        QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
        QCOMPARE(cancelled.json().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY(follower.waitForFinished(10000));
        QCOMPARE(follower.exitCode(), 0);
        const Outcome again = runAtelier({QStringLiteral("job"), QStringLiteral("cancel"), m_project->folder(), id});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("ended already"), again.err.constData());
    }

    // The workbench dies (SIGKILL) while a local job runs in its own process group; the job runs to
    // its end, and the next workbench re-attaches and records the success.
    void aKilledWorkbenchLeavesTheJobToTheNext()
    {
        closeSupervisor();
        const Outcome submitted = runAtelier({QStringLiteral("job"), QStringLiteral("submit"), m_project->folder(),
                                              QStringLiteral("--target"), QStringLiteral("here"), QStringLiteral("--"),
                                              QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                              QStringLiteral("for i in 1 2 3 4 5 6 7 8; do echo $i; sleep 0.8; done")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
        const QString failed = atelier::testing::reattachAfterKilledWorkbench(
            m_project->folder(), id, m_dir.filePath(QStringLiteral("home")), job(id).folder + QStringLiteral("/exit_code"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(readAll(job(id).folder + QStringLiteral("/stdout")), QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n"));
    }

    void cliTargets()
    {
        const Outcome added = runAtelier({QStringLiteral("target"), QStringLiteral("add"), m_project->folder(),
                                          QStringLiteral("--name"), QStringLiteral("gpu box"), QStringLiteral("--kind"),
                                          QStringLiteral("ssh"), QStringLiteral("--host"), QStringLiteral("gpu1.lab"),
                                          QStringLiteral("--port"), QStringLiteral("2222"), QStringLiteral("--user"),
                                          QStringLiteral("ml")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        auto stored = TargetStore(m_project->database(), m_project->audit()).target(QStringLiteral("gpu box"));
        QVERIFY(stored);
        QCOMPARE(stored->kind, QStringLiteral("ssh"));
        QCOMPARE(stored->config, (QJsonObject{{QStringLiteral("host"), QStringLiteral("gpu1.lab")},
                                              {QStringLiteral("port"), 2222},
                                              {QStringLiteral("user"), QStringLiteral("ml")}}));
        const Outcome badKind = runAtelier({QStringLiteral("target"), QStringLiteral("add"), m_project->folder(),
                                            QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--kind"),
                                            QStringLiteral("k8s")});
        QCOMPARE(badKind.exitCode, 1);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), QStringLiteral("0,1"));
        const Outcome tested = runAtelier({QStringLiteral("target"), QStringLiteral("test"), m_project->folder(),
                                           QStringLiteral("here")},
                                          environment);
        QVERIFY2(tested.exitCode == 0, tested.err.constData());
        QCOMPARE(tested.json().value(QStringLiteral("gpus")).toInt(), 2);
        QCOMPARE(tested.json().value(QStringLiteral("shell")).toString(), QStringLiteral("/bin/sh"));
        environment.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), QString());
        const Outcome none = runAtelier({QStringLiteral("target"), QStringLiteral("test"), m_project->folder(),
                                         QStringLiteral("here")},
                                        environment);
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().value(QStringLiteral("gpus")).toInt(), 0);
        QVERIFY(none.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalJobs)
#include "tst_local_jobs.moc"
