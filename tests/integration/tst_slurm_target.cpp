// Tests SlurmTarget against a real single-node Slurm (tests/fixtures/slurm_cluster): submit, logs, states, cancel, failure, re-attach.
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/slurm/local_command_runner.h"
#include "core/compute/slurm/slurm_states.h"
#include "core/compute/slurm/slurm_target.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/tasks/task_manager.h"
#include "tests/fixtures/slurm_cluster.h"
#include "tests/fixtures/ssh_server.h"
#include "tests/integration/atelier_process.h"

#include <QDeadlineTimer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QMutex>
#include <QThread>
#include <QtTest>

using namespace atelier;
using atelier::testing::Outcome;
using atelier::testing::SlurmCluster;
using atelier::testing::SshServer;
using atelier::testing::runAtelier;

namespace {

// The real runner, with a record of which programs ran: polling must cost one squeue however
// many jobs are watched.
class RecordingRunner : public CommandRunner
{
public:
    QString where() const override { return m_runner.where(); }
    bool isLocal() const override { return true; }
    Result<CommandOutput> run(const QStringList &arguments, const QByteArray &input = {}) override
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_programs.append(arguments.value(0));
        }
        return m_runner.run(arguments, input);
    }
    QStringList takePrograms()
    {
        const QMutexLocker lock(&m_mutex);
        return std::exchange(m_programs, {});
    }

private:
    LocalCommandRunner m_runner;
    QMutex m_mutex;
    QStringList m_programs;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

const char *text(const Error &error)
{
    static QByteArray last;
    last = error.toString().toUtf8();
    return last.constData();
}

} // namespace

class TestSlurmTarget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlurmCluster> m_cluster;
    std::shared_ptr<RecordingRunner> m_runner;
    std::unique_ptr<SlurmTarget> m_target;
    std::int64_t m_nextJob = 1;

    JobLaunch launch(const QStringList &command)
    {
        JobLaunch job;
        job.jobId = m_nextJob++;
        job.jobFolder = m_target->jobFolder(QString(), job.jobId);
        job.command = command;
        return job;
    }

    // Submits and returns the handle a supervisor would keep.
    JobHandle submit(const JobLaunch &job)
    {
        auto externalId = m_target->submit(job);
        if (!externalId)
            qFatal("submit failed: %s", text(externalId.error()));
        return JobHandle{job.jobId, job.jobFolder, *externalId};
    }

    JobProbe probeOne(ComputeTarget &target, const JobHandle &job)
    {
        auto probes = target.probe({job});
        if (!probes || probes->size() != 1)
            qFatal("probe failed: %s", probes ? "not one answer" : text(probes.error()));
        return probes->first();
    }

    // Polls until the job is in `state` (or the time is up) and returns the last probe.
    JobProbe waitFor(ComputeTarget &target, const JobHandle &job, JobProbe::State state, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        JobProbe probe = probeOne(target, job);
        while (probe.state != state && !deadline.hasExpired()) {
            QThread::msleep(250);
            probe = probeOne(target, job);
        }
        return probe;
    }

    QString slurmState(const QString &externalId)
    {
        const auto output = m_cluster->run(QStringLiteral("scontrol"), SlurmStates::scontrolArguments().mid(1));
        if (!output)
            return output.error().toString();
        const auto states = SlurmStates::parseScontrol(*output);
        for (const SlurmJobState &state : states.value_or(QList<SlurmJobState>()))
            if (state.jobId == externalId)
                return state.state;
        return QStringLiteral("(not known)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SlurmCluster::isInstalled())
            QSKIP("slurm-wlm and munge are not installed (installer/bootstrap.sh installs them)");
        m_cluster = std::make_unique<SlurmCluster>();
        const Status started = m_cluster->start();
        QVERIFY2(started, started ? "" : text(started.error()));
        m_runner = std::make_shared<RecordingRunner>();
        m_target = std::make_unique<SlurmTarget>(QStringLiteral("cluster"), m_runner, SlurmOptions{}, m_cluster->jobRoot());
    }

    void cleanupTestCase()
    {
        m_target.reset();
        m_cluster.reset();
    }

    void check()
    {
        const auto check = m_target->check();
        QVERIFY2(check, check ? "" : text(check.error()));
        QCOMPARE(check->shell, QStringLiteral("/bin/sh"));
        QCOMPARE(check->gpus, QStringList()); // the fixture's node has no gres
    }

    // The job id comes from --parsable; stdout arrives byte for byte (all 256 byte values), read
    // in pieces from growing offsets while the job runs.
    void submitRunsAndStreamsItsOutput()
    {
        QByteArray expected;
        for (int round = 0; round < 300; ++round)
            for (int byte = 0; byte < 256; ++byte)
                expected.append(char(byte));
        const JobLaunch job = launch({QStringLiteral("python3"), QStringLiteral("-c"),
                                      QStringLiteral("import sys, time\n"
                                                     "data = bytes(range(256)) * 300\n"
                                                     "for i in range(0, len(data), 9000):\n"
                                                     "    sys.stdout.buffer.write(data[i:i + 9000]); sys.stdout.flush(); time.sleep(0.05)\n"
                                                     "sys.stderr.write('to stderr\\n')\n")});
        const JobHandle handle = submit(job);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+$")).match(handle.externalId).hasMatch(),
                 qPrintable(handle.externalId));
        QCOMPARE(slurmState(handle.externalId).isEmpty(), false);

        QByteArray got;
        QDeadlineTimer deadline(60000);
        while (got.size() < expected.size() && !deadline.hasExpired()) {
            const auto piece = m_target->readLog(handle, LogStream::Stdout, got.size(), 7000);
            QVERIFY2(piece, piece ? "" : text(piece.error()));
            QVERIFY(piece->size() <= 7000);
            got += *piece;
            if (piece->isEmpty())
                QThread::msleep(100);
        }
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
        const JobProbe probe = waitFor(*m_target, handle, JobProbe::State::Exited);
        QCOMPARE(probe.state, JobProbe::State::Exited);
        QCOMPARE(probe.exitCode, std::optional(0));
        QCOMPARE(*m_target->readLog(handle, LogStream::Stderr, 0, 1000), QByteArray("to stderr\n"));
        QCOMPARE(*m_target->readLog(handle, LogStream::Stdout, expected.size(), 1000), QByteArray());
        // The wrapper wrote the exit code as its last act; slurmd reports the end a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(slurmState(handle.externalId), QStringLiteral("COMPLETED"), 10000);
    }

    // Five jobs on two CPUs: some wait, some run; each poll is one squeue for all of them (and one
    // scontrol for those squeue no longer lists, since the fixture keeps no accounting).
    void severalJobsInOnePoll()
    {
        QList<JobHandle> handles;
        for (int i = 0; i < 5; ++i)
            handles.append(submit(launch({QStringLiteral("sleep"), QStringLiteral("2")})));
        m_runner->takePrograms();
        auto first = m_target->probe(handles);
        QVERIFY2(first, first ? "" : text(first.error()));
        QCOMPARE(first->size(), 5);
        QCOMPARE(m_runner->takePrograms().count(QStringLiteral("squeue")), 1);
        QVERIFY(std::any_of(first->cbegin(), first->cend(), [](const JobProbe &p) { return p.state == JobProbe::State::Pending; }));

        QDeadlineTimer deadline(90000);
        bool allExited = false;
        while (!allExited && !deadline.hasExpired()) {
            QThread::msleep(500);
            auto probes = m_target->probe(handles);
            QVERIFY2(probes, probes ? "" : text(probes.error()));
            const QStringList programs = m_runner->takePrograms();
            QCOMPARE(programs.count(QStringLiteral("squeue")), 1);
            QVERIFY(programs.count(QStringLiteral("sacct")) <= 1);
            QVERIFY(programs.count(QStringLiteral("scontrol")) <= 1);
            QVERIFY(programs.size() <= 4);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(probes->at(i).jobId, handles[i].jobId);
            allExited = std::all_of(probes->cbegin(), probes->cend(), [](const JobProbe &p) {
                return p.state == JobProbe::State::Exited && p.exitCode == 0;
            });
        }
        QVERIFY(allExited);
    }

    // scancel: the command gets SIGTERM, the wrapper writes its exit code, Slurm says CANCELLED.
    void cancelEndsTheJobAsCancelled()
    {
        const JobHandle handle = submit(launch({QStringLiteral("sleep"), QStringLiteral("300")}));
        QCOMPARE(waitFor(*m_target, handle, JobProbe::State::Running).state, JobProbe::State::Running);
        QDeadlineTimer pid(20000);
        while (!QFile::exists(handle.jobFolder + QStringLiteral("/pid")) && !pid.hasExpired())
            QThread::msleep(100);
        const Status cancelled = m_target->cancel(handle, 20000);
        QVERIFY2(cancelled, cancelled ? "" : text(cancelled.error()));
        const JobProbe probe = waitFor(*m_target, handle, JobProbe::State::Exited, 20000);
        QCOMPARE(probe.state, JobProbe::State::Exited);
        QCOMPARE(probe.exitCode, std::optional(128 + 15));
        QTRY_COMPARE_WITH_TIMEOUT(slurmState(handle.externalId), QStringLiteral("CANCELLED"), 10000);
        // Cancelling again (or a job that ended) is no error.
        QVERIFY(m_target->cancel(handle, 1000));
    }

    // A job that waits (a first one holds every CPU of the node) is cancelled before it ran: it
    // never wrote an exit code, and the probe says why it is gone.
    void cancelWhilePending()
    {
        const auto cpus = m_cluster->run(QStringLiteral("sinfo"), {QStringLiteral("--noheader"), QStringLiteral("--format=%c")});
        QVERIFY2(cpus, cpus ? "" : text(cpus.error()));
        JobLaunch blocker = launch({QStringLiteral("sleep"), QStringLiteral("300")});
        blocker.resources.cpus = cpus->trimmed().toInt();
        const JobHandle blocking = submit(blocker);
        QCOMPARE(waitFor(*m_target, blocking, JobProbe::State::Running).state, JobProbe::State::Running);

        const JobHandle waiting = submit(launch({QStringLiteral("true")}));
        QCOMPARE(probeOne(*m_target, waiting).state, JobProbe::State::Pending);
        const Status cancelled = m_target->cancel(waiting, 1000);
        QVERIFY2(cancelled, cancelled ? "" : text(cancelled.error()));
        const JobProbe probe = waitFor(*m_target, waiting, JobProbe::State::Vanished, 20000);
        QCOMPARE(probe.state, JobProbe::State::Vanished);
        QVERIFY2(probe.lastError.contains(QStringLiteral("CANCELLED")), qPrintable(probe.lastError));
        QVERIFY(!QFile::exists(waiting.jobFolder + QStringLiteral("/pid")));

        QVERIFY(m_target->cancel(blocking, 10000));
        QCOMPARE(waitFor(*m_target, blocking, JobProbe::State::Exited, 20000).exitCode, std::optional(128 + 15));
    }

    void failingCommandReportsItsExitCode()
    {
        const JobHandle handle = submit(launch({QStringLiteral("sh"), QStringLiteral("-c"),
                                                QStringLiteral("echo working; echo 'out of patience' >&2; exit 3")}));
        const JobProbe probe = waitFor(*m_target, handle, JobProbe::State::Exited);
        QCOMPARE(probe.state, JobProbe::State::Exited);
        QCOMPARE(probe.exitCode, std::optional(3));
        QCOMPARE(probe.lastError, QStringLiteral("out of patience"));
        QTRY_COMPARE_WITH_TIMEOUT(slurmState(handle.externalId), QStringLiteral("FAILED"), 10000);
    }

    void missingCommandFailsWith127()
    {
        const JobHandle handle = submit(launch({QStringLiteral("no-such-program-atelier")}));
        const JobProbe probe = waitFor(*m_target, handle, JobProbe::State::Exited);
        QCOMPARE(probe.exitCode, std::optional(127));
        QVERIFY2(probe.lastError.contains(QStringLiteral("no-such-program-atelier")), qPrintable(probe.lastError));
    }

    void sbatchRejectionNamesThePartition()
    {
        SlurmOptions options;
        options.partition = QStringLiteral("no_such_partition");
        SlurmTarget wrong(QStringLiteral("wrong"), m_runner, options, m_cluster->jobRoot());
        JobLaunch job = launch({QStringLiteral("true")});
        const auto submitted = wrong.submit(job);
        QVERIFY(!submitted);
        const QString message = submitted.error().message;
        QVERIFY2(message.contains(QStringLiteral("sbatch refused")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("partition no_such_partition")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("invalid partition specified: no_such_partition")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"wrong\"")), qPrintable(message));
    }

    // Another SlurmTarget (a workbench started later) follows a job from its handle alone.
    void secondInstanceReattaches()
    {
        const JobLaunch job = launch({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 2; echo done")});
        JobHandle handle = submit(job);
        m_target.reset();
        SlurmTarget later(QStringLiteral("cluster"), std::make_shared<LocalCommandRunner>(), SlurmOptions{},
                          m_cluster->jobRoot());
        const JobHandle stored{handle.jobId, later.jobFolder(QString(), handle.jobId), handle.externalId};
        QCOMPARE(stored.jobFolder, handle.jobFolder);
        const JobProbe probe = waitFor(later, stored, JobProbe::State::Exited);
        QCOMPARE(probe.exitCode, std::optional(0));
        QCOMPARE(*later.readLog(stored, LogStream::Stdout, 0, 100), QByteArray("done\n"));
        m_target = std::make_unique<SlurmTarget>(QStringLiteral("cluster"), m_runner, SlurmOptions{}, m_cluster->jobRoot());
    }

    void newestFile()
    {
        const QString folder = m_cluster->jobRoot() + QStringLiteral("/checkpoints test");
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/ckpt")));
        for (const QString &name : {QStringLiteral("ckpt/step_01.pt"), QStringLiteral("ckpt/step_02.pt"), QStringLiteral("ckpt/notes.txt")}) {
            QFile file(folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QThread::msleep(20);
        }
        QCOMPARE(*m_target->newestFile(folder, QStringLiteral("ckpt/*.pt")), folder + QStringLiteral("/ckpt/step_02.pt"));
        QCOMPARE(*m_target->newestFile(folder, QStringLiteral("*.pt")), QString());
        QCOMPARE(*m_target->newestFile(folder + QStringLiteral("/absent"), QStringLiteral("*")), QString());
    }

    // The workbench follows a Slurm job and dies (SIGKILL) while it runs; Slurm runs it to the
    // end, and the next workbench re-attaches through squeue/scontrol and records the success.
    void aKilledWorkbenchLeavesTheJobToTheNext()
    {
        if (!QFileInfo(atelier::testing::atelierBinary()).isExecutable())
            QSKIP("ATELIER_BINARY is not set: run through CTest");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        const QString root = m_cluster->path(QStringLiteral("killed workbench"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
        const Outcome added = runAtelier({QStringLiteral("target"), QStringLiteral("add"), project, QStringLiteral("--name"),
                                          QStringLiteral("cluster"), QStringLiteral("--kind"), QStringLiteral("slurm"),
                                          QStringLiteral("--partition"), SlurmCluster::Partition, QStringLiteral("--root"), root});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Outcome submitted = runAtelier(
            {QStringLiteral("job"), QStringLiteral("submit"), project, QStringLiteral("--target"), QStringLiteral("cluster"),
             QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("i=0; while [ $i -lt 10 ]; do echo \"tick $i\"; i=$((i+1)); sleep 0.8; done")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
        const QString failed = atelier::testing::reattachAfterKilledWorkbench(
            project, id, dir.filePath(QStringLiteral("home")), root + QStringLiteral("/%1/exit_code").arg(id));
        QVERIFY2(failed.isEmpty(), qPrintable(failed + u'\n' + m_cluster->logs()));
        const Outcome logs = runAtelier({QStringLiteral("job"), QStringLiteral("logs"), project, QString::number(id)});
        QCOMPARE(logs.out, QByteArray("tick 0\ntick 1\ntick 2\ntick 3\ntick 4\ntick 5\ntick 6\ntick 7\ntick 8\ntick 9\n"));
    }

    // A target of kind slurm with a host reaches the cluster through its login node over SSH (a
    // real sshd whose sessions know the cluster through SLURM_CONF): submit, probe, logs, cancel.
    void overSshThroughTheLoginNode()
    {
        SshServer loginNode;
        loginNode.setSessionEnvironment({QStringLiteral("SLURM_CONF=") + m_cluster->configFile()});
        const Status up = loginNode.start();
        QVERIFY2(up, up ? "" : text(up.error()));
        TargetRecord record;
        record.name = QStringLiteral("remote cluster");
        record.kind = QStringLiteral("slurm");
        record.config = {{QStringLiteral("host"), loginNode.host()},
                         {QStringLiteral("port"), loginNode.port()},
                         {QStringLiteral("user"), loginNode.user()},
                         {QStringLiteral("identity"), loginNode.userKeyFile()},
                         {QStringLiteral("known_hosts"), loginNode.knownHostsFile()},
                         {QStringLiteral("partition"), SlurmCluster::Partition},
                         {QStringLiteral("root"), m_cluster->path(QStringLiteral("over ssh"))}};
        auto made = SlurmTarget::fromRecord(record);
        QVERIFY2(made, made ? "" : text(made.error()));
        ComputeTarget &target = **made;
        QVERIFY2(target.check(), qPrintable(loginNode.log()));

        JobLaunch job;
        job.jobId = 1;
        job.jobFolder = target.jobFolder(QString(), job.jobId);
        job.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo \"on $SLURM_JOB_PARTITION\"")};
        auto submitted = target.submit(job);
        QVERIFY2(submitted, submitted ? "" : text(submitted.error()));
        const JobHandle handle{job.jobId, job.jobFolder, *submitted};
        const JobProbe ended = waitFor(target, handle, JobProbe::State::Exited);
        QCOMPARE(ended.exitCode, std::optional(0));
        QCOMPARE(*target.readLog(handle, LogStream::Stdout, 0, 100), QByteArray("on debug\n"));

        JobLaunch endless = job;
        endless.jobId = 2;
        endless.jobFolder = target.jobFolder(QString(), endless.jobId);
        endless.command = {QStringLiteral("sleep"), QStringLiteral("300")};
        auto started = target.submit(endless);
        QVERIFY(started);
        const JobHandle endlessHandle{endless.jobId, endless.jobFolder, *started};
        QCOMPARE(waitFor(target, endlessHandle, JobProbe::State::Running).state, JobProbe::State::Running);
        QDeadlineTimer pid(20000);
        while (!QFile::exists(endless.jobFolder + QStringLiteral("/pid")) && !pid.hasExpired())
            QThread::msleep(100);
        QVERIFY(target.cancel(endlessHandle, 5000));
        QCOMPARE(waitFor(target, endlessHandle, JobProbe::State::Exited).state, JobProbe::State::Exited);
        QTRY_COMPARE_WITH_TIMEOUT(slurmState(*started), QStringLiteral("CANCELLED"), 10000);
    }

    // Through JobSupervisor with a target of kind "slurm" in the project's store: a job that fails
    // is submitted again to Slurm and resumes from its newest checkpoint; a cancel ends a job as
    // cancelled.
    void supervisorRetriesWithResumeAndCancels()
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("project")));
        QVERIFY2(project, project ? "" : text(project.error()));
        const QString root = m_cluster->path(QStringLiteral("supervised"));
        QVERIFY(TargetStore((*project)->database(), (*project)->audit())
                    .add(QStringLiteral("cluster"), QStringLiteral("slurm"),
                         QJsonObject{{QStringLiteral("partition"), SlurmCluster::Partition},
                                     {QStringLiteral("root"), root}}));
        JobStore jobs((*project)->database(), (*project)->audit());
        TaskManager tasks;
        JobSupervisor supervisor(**project, tasks);
        supervisor.setPollInterval(200);
        supervisor.setCancelGrace(10000);
        supervisor.setTargetFactory(&SlurmTarget::fromRecord);
        connect(&supervisor, &JobSupervisor::errorOccurred, this,
                [](std::int64_t job, const QString &message) { qWarning("job %lld: %s", qlonglong(job), qPrintable(message)); });
        supervisor.start();
        auto waitForEnd = [&](std::int64_t id) {
            QDeadlineTimer deadline(120000);
            while (!isFinished(jobs.job(id).value_or(JobRecord{}).state) && !deadline.hasExpired())
                QTest::qWait(100);
            return jobs.job(id).value_or(JobRecord{});
        };

        const QString work = dir.filePath(QStringLiteral("work dir"));
        QVERIFY(QDir().mkpath(work + QStringLiteral("/out/ckpt")));
        JobSpec train;
        train.name = QStringLiteral("train");
        train.target = QStringLiteral("cluster");
        train.command = {QStringLiteral("python3"), QStringLiteral("-c"),
                         QStringLiteral("import os, sys, time\n"
                                        "attempt = int(os.environ['ATELIER_ATTEMPT'])\n"
                                        "out = os.environ['ATELIER_OUTPUT_DIR']\n"
                                        "open(os.path.join(out, 'resume-%d' % attempt), 'w').write(os.environ.get('ATELIER_RESUME_FROM', '<none>'))\n"
                                        "ckpt = os.path.join(out, 'ckpt', 'step-%d.pt' % attempt)\n"
                                        "open(ckpt, 'w').write('w')\n"
                                        "t = time.time() + attempt * 3600\n"
                                        "os.utime(ckpt, (t, t))\n"
                                        "print('diverged at attempt %d' % attempt, file=sys.stderr)\n"
                                        "sys.exit(0 if attempt == 2 else 5)\n")};
        train.workingFolder = work;
        train.outputFolder = QStringLiteral("out");
        train.checkpointPattern = QStringLiteral("ckpt/*.pt");
        train.retries = 1;
        const auto trained = supervisor.submit(train);
        QVERIFY2(trained, trained ? "" : text(trained.error()));
        const JobRecord done = waitForEnd(*trained);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.attempt, 2);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+$")).match(done.externalId).hasMatch(), qPrintable(done.externalId));
        QCOMPARE(readAll(work + QStringLiteral("/out/resume-1")), QByteArray("<none>"));
        QCOMPARE(readAll(work + QStringLiteral("/out/resume-2")), (work + QStringLiteral("/out/ckpt/step-1.pt")).toUtf8());
        bool retried = false;
        for (const JobEvent &event : jobs.events(*trained).value_or(QList<JobEvent>{})) {
            if (event.state == JobState::Queued && event.attempt == 2) {
                retried = true;
                QVERIFY2(event.reason.contains(QStringLiteral("exit code 5")), qPrintable(event.reason));
                QVERIFY2(event.reason.contains(QStringLiteral("diverged at attempt 1")), qPrintable(event.reason));
            }
        }
        QVERIFY(retried);
        // Both attempts appended to the same log files.
        QCOMPARE(readAll(root + QStringLiteral("/%1/stderr").arg(*trained)),
                 QByteArray("diverged at attempt 1\ndiverged at attempt 2\n"));

        JobSpec endless;
        endless.name = QStringLiteral("endless");
        endless.target = QStringLiteral("cluster");
        endless.command = {QStringLiteral("sleep"), QStringLiteral("300")};
        const auto started = supervisor.submit(endless);
        QVERIFY(started);
        QDeadlineTimer running(60000);
        while (jobs.job(*started).value_or(JobRecord{}).state != JobState::Running && !running.hasExpired())
            QTest::qWait(100);
        QCOMPARE(jobs.job(*started)->state, JobState::Running);
        QVERIFY(supervisor.cancel(*started));
        const JobRecord cancelled = waitForEnd(*started);
        QCOMPARE(cancelled.state, JobState::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(slurmState(cancelled.externalId), QStringLiteral("CANCELLED"), 10000);
        supervisor.stop();
        tasks.waitForAll();
    }
};

QTEST_GUILESS_MAIN(TestSlurmTarget)
#include "tst_slurm_target.moc"
