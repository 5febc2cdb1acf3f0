// Tests SshTarget against a real OpenSSH sshd on 127.0.0.1: detached jobs, exact logs, cancel, re-attach, drops, failures.
#include "core/compute/compute_target.h"
#include "core/compute/ssh_target.h"
#include "core/project/project.h"
#include "core/tracking/tracking_store.h"
#include "tests/fixtures/ssh_server.h"
#include "tests/integration/atelier_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <signal.h>

using namespace atelier;
using atelier::testing::Outcome;
using atelier::testing::SshServer;
using atelier::testing::atelierBinary;
using atelier::testing::runAtelier;

namespace {

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

const QString HostileValue = QStringLiteral("x=1 'y' \"$(z)\" `w`;\nü");

// Prints its arguments, one variable and its working folder, separated by NUL and SOH bytes.
const QString EchoScript = QStringLiteral(
    "import os, sys\n"
    "sys.stdout.buffer.write(b'\\0'.join(os.fsencode(a) for a in sys.argv[1:]) + b'\\1' + "
    "os.environb.get(b'HOSTILE', b'<unset>') + b'\\1' + os.fsencode(os.getcwd()))\n");

QByteArray expectedEcho(const QString &folder)
{
    QByteArrayList arguments;
    for (const QString &argument : HostileArguments)
        arguments.append(argument.toUtf8());
    return arguments.join('\0') + '\1' + HostileValue.toUtf8() + '\1' + folder.toUtf8();
}

QString errorOf(const auto &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class TestSshTarget : public QObject
{
    Q_OBJECT

private:
    SshServer m_server;
    QTemporaryDir m_scratch;
    std::int64_t m_nextJob = 0;

    SshTargetSettings settings(const QString &knownHosts = {}) const
    {
        SshTargetSettings s;
        s.endpoint.host = m_server.host();
        s.endpoint.port = m_server.port();
        s.endpoint.user = m_server.user();
        s.endpoint.identityFiles = {m_server.userKeyFile()};
        s.endpoint.knownHostsFile = knownHosts.isEmpty() ? m_server.knownHostsFile() : knownHosts;
        s.endpoint.useAgent = false;
        // Awkward on purpose: every script must quote the job folder.
        s.remoteRoot = m_scratch.filePath(QStringLiteral("remote root/it's \"$(x)\" `y`; z"));
        s.syncStateFolder = m_scratch.filePath(QStringLiteral("sync state"));
        s.timing.keepaliveInterval = std::chrono::milliseconds(500);
        s.timing.firstRetryDelay = std::chrono::milliseconds(200);
        s.timing.maxRetryDelay = std::chrono::milliseconds(1000);
        return s;
    }

    std::unique_ptr<SshTarget> makeTarget(const QString &knownHosts = {}) const
    {
        return std::make_unique<SshTarget>(QStringLiteral("box"), settings(knownHosts));
    }

    QString where() const { return QStringLiteral("%1@%2:%3").arg(m_server.user(), m_server.host()).arg(m_server.port()); }

    JobLaunch launch(const SshTarget &target, const QStringList &command)
    {
        JobLaunch launch;
        launch.jobId = ++m_nextJob;
        launch.jobFolder = target.jobFolder(m_scratch.filePath(QStringLiteral("project")), launch.jobId);
        launch.command = command;
        return launch;
    }

    static JobHandle handleOf(const JobLaunch &launch, const QString &externalId)
    {
        return {launch.jobId, launch.jobFolder, externalId};
    }

    static JobProbe probeOne(SshTarget &target, const JobHandle &handle)
    {
        auto probes = target.probe({handle});
        if (!probes || probes->size() != 1)
            qFatal("probe failed: %s", qPrintable(errorOf(probes)));
        return probes->first();
    }

    // Probes until the job is no longer pending or running.
    static JobProbe waitForEnd(SshTarget &target, const JobHandle &handle, int timeoutMs = 30000)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const JobProbe probe = probeOne(target, handle);
            if (probe.state == JobProbe::State::Exited || probe.state == JobProbe::State::Vanished
                || clock.hasExpired(timeoutMs))
                return probe;
            QThread::msleep(100);
        }
    }

    static QByteArray wholeLog(SshTarget &target, const JobHandle &handle, LogStream stream, std::int64_t chunk)
    {
        QByteArray log;
        for (;;) {
            auto piece = target.readLog(handle, stream, log.size(), chunk);
            if (!piece)
                qFatal("readLog failed: %s", qPrintable(errorOf(piece)));
            if (piece->isEmpty())
                return log;
            log += *piece;
        }
    }

    // A project made with `atelier project init` and the target "box" (this sshd) added with
    // `atelier target add`; the error, or an empty text.
    QString createCliProject(const QString &project, const QString &remoteRoot) const
    {
        const Outcome created = runAtelier({QStringLiteral("project"), QStringLiteral("init"), project});
        if (created.exitCode != 0)
            return QString::fromUtf8(created.err);
        const Outcome added = runAtelier(
            {QStringLiteral("target"), QStringLiteral("add"), project, QStringLiteral("--name"), QStringLiteral("box"),
             QStringLiteral("--kind"), QStringLiteral("ssh"), QStringLiteral("--host"), m_server.host(),
             QStringLiteral("--port"), QString::number(m_server.port()), QStringLiteral("--user"), m_server.user(),
             QStringLiteral("--identity"), m_server.userKeyFile(), QStringLiteral("--known-hosts"),
             m_server.knownHostsFile(), QStringLiteral("--root"), remoteRoot});
        return added.exitCode == 0 ? QString() : QString::fromUtf8(added.err);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        const Status started = m_server.start();
        QVERIFY2(started, qPrintable(errorOf(started)));
    }

    void checkAnswers()
    {
        auto target = makeTarget();
        const auto check = target->check();
        QVERIFY2(check, qPrintable(errorOf(check)));
        QVERIFY(check->shell.endsWith(QLatin1String("/sh")));
    }

    void submitsAndReadsStdoutByteForByte()
    {
        auto target = makeTarget();
        // Every byte value, a line without its newline at the end, and something on stderr.
        const JobLaunch job = launch(*target, {QStringLiteral("python3"), QStringLiteral("-c"),
                                               QStringLiteral("import sys\n"
                                                              "sys.stdout.buffer.write(bytes(range(256)) * 40 + b'no newline')\n"
                                                              "sys.stderr.write('warning: ü\\n')\n")});
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:\\d+$")).match(*id).hasMatch(), qPrintable(*id));
        const JobHandle handle = handleOf(job, *id);
        const JobProbe end = waitForEnd(*target, handle);
        QCOMPARE(end.state, JobProbe::State::Exited);
        QCOMPARE(end.exitCode, std::optional<int>(0));
        QCOMPARE(end.jobId, job.jobId);

        QByteArray expected;
        for (int i = 0; i < 40; ++i)
            for (int b = 0; b < 256; ++b)
                expected.append(char(b));
        expected += "no newline";
        // Odd chunk sizes: every piece starts where the previous ended.
        QCOMPARE(wholeLog(*target, handle, LogStream::Stdout, 997), expected);
        QCOMPARE(wholeLog(*target, handle, LogStream::Stdout, 1 << 20), expected);
        QCOMPARE(wholeLog(*target, handle, LogStream::Stderr, 3), QStringLiteral("warning: ü\n").toUtf8());
        const auto tail = target->readLog(handle, LogStream::Stdout, expected.size() - 10, 100);
        QVERIFY(tail);
        QCOMPARE(*tail, QByteArray("no newline"));
        const auto past = target->readLog(handle, LogStream::Stdout, expected.size() + 5, 100);
        QVERIFY(past);
        QCOMPARE(*past, QByteArray());
    }

    void argumentsAndEnvironmentPassVerbatim()
    {
        auto target = makeTarget();
        JobLaunch job = launch(*target, QStringList{QStringLiteral("python3"), QStringLiteral("-c"), EchoScript}
                                            + HostileArguments);
        job.environment = {{QStringLiteral("HOSTILE"), HostileValue}};
        const QString work = QStringLiteral("work it's $(no) `no`; ü");
        QVERIFY(QDir().mkpath(job.jobFolder + u'/' + work));
        job.workingFolder = work;
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const JobHandle handle = handleOf(job, *id);
        const JobProbe end = waitForEnd(*target, handle);
        QCOMPARE(end.state, JobProbe::State::Exited);
        QCOMPARE(end.exitCode, std::optional<int>(0));
        // The host is this computer: the remote folder is a local one too.
        const QString expectedFolder = QFileInfo(job.jobFolder + u'/' + work).canonicalFilePath();
        QCOMPARE(wholeLog(*target, handle, LogStream::Stdout, 1 << 20), expectedEcho(expectedFolder));
        QVERIFY(!QFile::exists(job.jobFolder + QStringLiteral("/pwned")));
        QVERIFY(!QFile::exists(QDir::home().filePath(QStringLiteral("pwned"))));
    }

    void localWorkingFolderIsUploaded()
    {
        QTemporaryDir code;
        QVERIFY(code.isValid());
        QFile script(code.filePath(QStringLiteral("train.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("echo trained in \"$(basename \"$PWD\")\"\n");
        script.close();
        auto target = makeTarget();
        JobLaunch job = launch(*target, {QStringLiteral("sh"), QStringLiteral("train.sh")});
        job.workingFolder = code.path();
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const JobHandle handle = handleOf(job, *id);
        QCOMPARE(waitForEnd(*target, handle).exitCode, std::optional<int>(0));
        QCOMPARE(wholeLog(*target, handle, LogStream::Stdout, 4096), QByteArray("trained in code\n"));
        QVERIFY(QFile::exists(job.jobFolder + QStringLiteral("/code/train.sh")));
    }

    void failingCommandReportsExitCodeAndLastError()
    {
        auto target = makeTarget();
        const JobLaunch job = launch(*target, {QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("echo first >&2; echo 'it broke: ü' >&2; echo >&2; exit 3")});
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const JobProbe end = waitForEnd(*target, handleOf(job, *id));
        QCOMPARE(end.state, JobProbe::State::Exited);
        QCOMPARE(end.exitCode, std::optional<int>(3));
        QCOMPARE(end.lastError, QStringLiteral("it broke: ü"));
    }

    void missingCommandFailsClearly()
    {
        auto target = makeTarget();
        const JobLaunch job = launch(*target, {QStringLiteral("no-such-command-atelier"), QStringLiteral("x")});
        const auto id = target->submit(job);
        QVERIFY(!id);
        const QString message = id.error().message;
        QVERIFY2(message.contains(QLatin1String("\"no-such-command-atelier\" was not found")), qPrintable(message));
        QVERIFY2(message.contains(where()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("start")), qPrintable(message));
    }

    void missingWorkingFolderFailsClearly()
    {
        auto target = makeTarget();
        JobLaunch job = launch(*target, {QStringLiteral("true")});
        job.workingFolder = QStringLiteral("/no/such/folder");
        const auto id = target->submit(job);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QLatin1String("/no/such/folder")), qPrintable(id.error().message));
        QVERIFY2(id.error().message.contains(where()), qPrintable(id.error().message));
    }

    void fullDiskFailsClearly()
    {
        auto target = makeTarget();
        const JobLaunch job = launch(*target, {QStringLiteral("true")});
        // A write to the job folder meets what a full disk answers.
        QVERIFY(QDir().mkpath(job.jobFolder));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), job.jobFolder + QStringLiteral("/.space-check")));
        const auto id = target->submit(job);
        QVERIFY(!id);
        const QString message = id.error().message;
        QVERIFY2(message.contains(QLatin1String("No space left on device")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("full")), qPrintable(message));
        QVERIFY2(message.contains(where()), qPrintable(message));
        QVERIFY2(message.contains(job.jobFolder), qPrintable(message));
        QVERIFY(!QFile::exists(job.jobFolder + u'/' + JobFiles::Pid));
    }

    void cancelEndsAJobWithSigterm()
    {
        auto target = makeTarget();
        const JobLaunch job = launch(*target, {QStringLiteral("sleep"), QStringLiteral("60")});
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const JobHandle handle = handleOf(job, *id);
        QTRY_COMPARE_WITH_TIMEOUT(probeOne(*target, handle).state, JobProbe::State::Running, 10000);
        QElapsedTimer clock;
        clock.start();
        const Status cancelled = target->cancel(handle, 10000);
        QVERIFY2(cancelled, qPrintable(errorOf(cancelled)));
        QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
        const JobProbe end = waitForEnd(*target, handle, 5000);
        QCOMPARE(end.state, JobProbe::State::Exited);
        QCOMPARE(end.exitCode, std::optional<int>(128 + SIGTERM));
    }

    void cancelKillsAJobThatTrapsSigterm()
    {
        auto target = makeTarget();
        const JobLaunch job = launch(*target, {QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("trap 'echo got TERM' TERM; echo ready; "
                                                              "while :; do sleep 0.1; done")});
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const JobHandle handle = handleOf(job, *id);
        QTRY_COMPARE_WITH_TIMEOUT(wholeLog(*target, handle, LogStream::Stdout, 4096), QByteArray("ready\n"), 10000);
        constexpr int Grace = 1500;
        QElapsedTimer clock;
        clock.start();
        const Status cancelled = target->cancel(handle, Grace);
        QVERIFY2(cancelled, qPrintable(errorOf(cancelled)));
        QVERIFY2(clock.elapsed() >= Grace, qPrintable(QString::number(clock.elapsed())));
        // Nothing of the group is left; the wrapper died with it, so no exit code was written.
        const JobProbe end = probeOne(*target, handle);
        QCOMPARE(end.state, JobProbe::State::Vanished);
        QVERIFY(wholeLog(*target, handle, LogStream::Stdout, 4096).startsWith("ready\ngot TERM\n"));
        // Cancelling what is gone succeeds and changes nothing.
        QVERIFY(target->cancel(handle, Grace));
    }

    void aNewTargetReattaches()
    {
        JobLaunch job;
        QString externalId;
        {
            auto first = makeTarget();
            // It runs until the test lets it end, however slow the restart is.
            job = launch(*first, {QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("while [ ! -e release ]; do sleep 0.1; done; echo done; exit 5")});
            const auto id = first->submit(job);
            QVERIFY2(id, qPrintable(errorOf(id)));
            externalId = *id;
        } // As after a restart: the first target and its connection are gone.
        auto second = makeTarget();
        const JobHandle handle = handleOf(job, externalId);
        QCOMPARE(probeOne(*second, handle).state, JobProbe::State::Running);
        // Without the external id (the submitter died before recording it), the pid file tells.
        const JobHandle unrecorded{job.jobId, job.jobFolder, QString()};
        QCOMPARE(probeOne(*second, unrecorded).state, JobProbe::State::Running);
        QFile release(job.jobFolder + QStringLiteral("/release")); // the host is this computer
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.close();
        const JobProbe end = waitForEnd(*second, handle);
        QCOMPARE(end.state, JobProbe::State::Exited);
        QCOMPARE(end.exitCode, std::optional<int>(5));
        QCOMPARE(wholeLog(*second, handle, LogStream::Stdout, 4096), QByteArray("done\n"));
    }

    void probesManyJobsInOneGo()
    {
        auto target = makeTarget();
        const JobLaunch running = launch(*target, {QStringLiteral("sleep"), QStringLiteral("30")});
        const JobLaunch done = launch(*target, {QStringLiteral("true")});
        const auto runningId = target->submit(running);
        const auto doneId = target->submit(done);
        QVERIFY(runningId && doneId);
        QCOMPARE(waitForEnd(*target, handleOf(done, *doneId)).exitCode, std::optional<int>(0));
        const JobLaunch never = launch(*target, {QStringLiteral("true")});
        // A process that is not the job's any more: same pid, another start time.
        const JobHandle stale{done.jobId + 1000, m_scratch.filePath(QStringLiteral("nowhere")),
                              runningId->section(u':', 0, 0) + QStringLiteral(":1")};
        auto probes = target->probe({handleOf(running, *runningId), handleOf(done, *doneId),
                                     JobHandle{never.jobId, never.jobFolder, QString()}, stale});
        QVERIFY2(probes, qPrintable(errorOf(probes)));
        QCOMPARE(probes->size(), 4);
        QCOMPARE(probes->at(0).state, JobProbe::State::Running);
        QCOMPARE(probes->at(0).jobId, running.jobId);
        QCOMPARE(probes->at(1).state, JobProbe::State::Exited);
        QCOMPARE(probes->at(2).state, JobProbe::State::Pending);
        QCOMPARE(probes->at(3).state, JobProbe::State::Vanished);
        QVERIFY(target->cancel(handleOf(running, *runningId), 1000));
    }

    void newestFileFindsTheLatestCheckpoint()
    {
        auto target = makeTarget();
        const QString folder = m_scratch.filePath(QStringLiteral("outputs it's"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/checkpoints/deeper")));
        const QList<std::pair<QString, int>> files = {{QStringLiteral("checkpoints/step_01.pt"), 30},
                                                       {QStringLiteral("checkpoints/step_02.pt"), 20},
                                                       {QStringLiteral("checkpoints/deeper/step_03.pt"), 10},
                                                       {QStringLiteral("checkpoints/notes.txt"), 0}};
        for (const auto &[name, ageSeconds] : files) {
            QFile file(folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
            QVERIFY(file.flush());
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        }
        const auto newest = target->newestFile(folder, QStringLiteral("checkpoints/*.pt"));
        QVERIFY2(newest, qPrintable(errorOf(newest)));
        QCOMPARE(*newest, folder + QStringLiteral("/checkpoints/step_02.pt"));
        const auto none = target->newestFile(folder + QStringLiteral("/missing"), QStringLiteral("*.pt"));
        QVERIFY(none);
        QCOMPARE(*none, QString());
    }

    void logsContinueWithoutGapAfterADroppedConnection()
    {
        const QList<qint64> before = m_server.connectionProcesses();
        auto target = makeTarget();
        const JobLaunch job = launch(*target, {QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("i=0; while [ $i -lt 60 ]; do echo \"line $i of the job\"; "
                                                              "i=$((i+1)); sleep 0.1; done")});
        const auto id = target->submit(job);
        QVERIFY2(id, qPrintable(errorOf(id)));
        const JobHandle handle = handleOf(job, *id);

        QByteArray followed;
        QList<qint64> killed;
        bool dropped = false;
        bool ended = false;
        QElapsedTimer clock;
        clock.start();
        while (!clock.hasExpired(60000)) {
            if (!dropped && followed.count('\n') >= 10) {
                QList<qint64> ours;
                for (const qint64 pid : m_server.connectionProcesses())
                    if (!before.contains(pid))
                        ours.append(pid);
                QVERIFY(!ours.isEmpty());
                for (const qint64 pid : std::as_const(ours))
                    ::kill(static_cast<pid_t>(pid), SIGKILL);
                killed = ours;
                dropped = true;
            }
            // A follower as the log viewer is: small reads from its offset, again after a failure.
            auto piece = target->readLog(handle, LogStream::Stdout, followed.size(), 64);
            if (!piece) {
                QThread::msleep(100);
                continue;
            }
            followed += *piece;
            if (!piece->isEmpty())
                continue;
            if (ended)
                break;
            auto probes = target->probe({handle});
            ended = probes && probes->first().state == JobProbe::State::Exited;
            if (!ended)
                QThread::msleep(50);
        }
        QVERIFY(dropped);
        // The link noticed the drop and connected again (a read may fail meanwhile, or be retried
        // on the new connection at once).
        bool reconnected = false;
        for (const qint64 pid : m_server.connectionProcesses())
            reconnected = reconnected || (!before.contains(pid) && !killed.contains(pid));
        QVERIFY2(reconnected, "the dropped connection was not replaced");
        QByteArray expected;
        for (int i = 0; i < 60; ++i)
            expected += QByteArrayLiteral("line ") + QByteArray::number(i) + " of the job\n";
        QCOMPARE(followed, expected);
        // The job itself ran on, detached from the connection that started it.
        QCOMPARE(probeOne(*target, handle).exitCode, std::optional<int>(0));
    }

    void connectFailuresNameTheHostAndStep()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int closedPort = probe.serverPort();
        probe.close();
        SshTargetSettings refused = settings();
        refused.endpoint.port = closedPort;
        SshTarget refusedTarget(QStringLiteral("refused"), refused);
        auto noPort = refusedTarget.submit(launch(refusedTarget, {QStringLiteral("true")}));
        QVERIFY(!noPort);
        QVERIFY2(noPort.error().message.contains(QStringLiteral("%1:%2").arg(m_server.host()).arg(closedPort)),
                 qPrintable(noPort.error().message));
        QVERIFY2(noPort.error().message.contains(QLatin1String("\"connect\"")), qPrintable(noPort.error().message));

        SshTargetSettings stranger = settings();
        stranger.endpoint.identityFiles = {m_server.strangerKeyFile()};
        SshTarget strangerTarget(QStringLiteral("stranger"), stranger);
        auto badKey = strangerTarget.submit(launch(strangerTarget, {QStringLiteral("true")}));
        QVERIFY(!badKey);
        QVERIFY2(badKey.error().message.contains(where()), qPrintable(badKey.error().message));
        QVERIFY2(badKey.error().message.contains(QLatin1String("authorized_keys")), qPrintable(badKey.error().message));

        SshTargetSettings nowhere = settings();
        nowhere.endpoint.host = QStringLiteral("no-such-host.invalid");
        SshTarget nowhereTarget(QStringLiteral("nowhere"), nowhere);
        auto noHost = nowhereTarget.probe({JobHandle{1, QStringLiteral("/x"), QStringLiteral("2:3")}});
        QVERIFY(!noHost);
        QVERIFY2(noHost.error().message.contains(QLatin1String("no-such-host.invalid")), qPrintable(noHost.error().message));
    }

    void cliSubmitWaitLogsThroughTheSupervisor()
    {
        if (!QFileInfo(qEnvironmentVariable("ATELIER_BINARY")).isExecutable())
            QSKIP("ATELIER_BINARY is not set: run through CTest");
        const QString project = m_scratch.filePath(QStringLiteral("cli project"));
        const QString created = createCliProject(project, m_scratch.filePath(QStringLiteral("cli root")));
        QVERIFY2(created.isEmpty(), qPrintable(created));
        const Outcome tested = runAtelier({QStringLiteral("target"), QStringLiteral("test"), project, QStringLiteral("box")});
        QVERIFY2(tested.exitCode == 0, tested.err.constData());

        const QString work = m_scratch.filePath(QStringLiteral("cli work ü"));
        QVERIFY(QDir().mkpath(work));
        const Outcome submitted = runAtelier(
            QStringList{QStringLiteral("job"), QStringLiteral("submit"), project, QStringLiteral("--target"),
                        QStringLiteral("box"), QStringLiteral("--name"), QStringLiteral("echo"), QStringLiteral("--workdir"),
                        work, QStringLiteral("--env"),
                        QStringLiteral("HOSTILE=") + HostileValue, QStringLiteral("--"), QStringLiteral("python3"),
                        QStringLiteral("-c"), EchoScript}
            + HostileArguments);
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const Outcome waited = runAtelier({QStringLiteral("job"), QStringLiteral("wait"), project, QString::number(id),
                                           QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        QCOMPARE(waited.json().value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const Outcome logs = runAtelier({QStringLiteral("job"), QStringLiteral("logs"), project, QString::number(id)});
        QVERIFY2(logs.exitCode == 0, logs.err.constData());
        // The working folder was a local folder: it went up as the job's code folder.
        SshTargetSettings cli = settings();
        cli.remoteRoot = m_scratch.filePath(QStringLiteral("cli root"));
        const QString jobFolder = SshTarget(QStringLiteral("box"), cli).jobFolder(project, id);
        QCOMPARE(logs.out, expectedEcho(QFileInfo(jobFolder + QStringLiteral("/code")).canonicalFilePath()));

        // A failed first attempt is started again on the host from its newest checkpoint there;
        // both attempts' output is kept.
        const Outcome retried = runAtelier(
            {QStringLiteral("job"), QStringLiteral("submit"), project, QStringLiteral("--target"), QStringLiteral("box"),
             QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("out"),
             QStringLiteral("--checkpoints"), QStringLiteral("ckpt/*.pt"), QStringLiteral("--"), QStringLiteral("sh"),
             QStringLiteral("-c"),
             QStringLiteral("echo \"attempt $ATELIER_ATTEMPT from ${ATELIER_RESUME_FROM:-scratch}\"; "
                            "[ \"$ATELIER_ATTEMPT\" = 2 ] || { mkdir -p \"$ATELIER_OUTPUT_DIR/ckpt\" && "
                            "touch \"$ATELIER_OUTPUT_DIR/ckpt/step-1.pt\"; echo \"attempt $ATELIER_ATTEMPT failed\" >&2; exit 7; }")});
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        const qint64 retriedId = retried.json().value(QStringLiteral("id")).toInteger();
        const Outcome retriedWait = runAtelier({QStringLiteral("job"), QStringLiteral("wait"), project,
                                                QString::number(retriedId), QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY2(retriedWait.exitCode == 0, retriedWait.err.constData());
        QCOMPARE(retriedWait.json().value(QStringLiteral("attempt")).toInt(), 2);
        const QString checkpoint = SshTarget(QStringLiteral("box"), cli).jobFolder(project, retriedId)
                                   + QStringLiteral("/out/ckpt/step-1.pt");
        const Outcome retriedLogs = runAtelier({QStringLiteral("job"), QStringLiteral("logs"), project, QString::number(retriedId)});
        QCOMPARE(retriedLogs.out, "attempt 1 from scratch\nattempt 2 from " + checkpoint.toUtf8() + '\n');
        QCOMPARE(retriedLogs.err, QByteArray("attempt 1 failed\n"));
    }

    // The workbench follows a job and dies (SIGKILL) while the job runs; the job goes on without
    // it on the host, and the next workbench re-attaches and records the end with the whole log.
    void aKilledWorkbenchLeavesTheJobToTheNext()
    {
        if (!QFileInfo(atelierBinary()).isExecutable())
            QSKIP("ATELIER_BINARY is not set: run through CTest");
        const QString project = m_scratch.filePath(QStringLiteral("killed workbench"));
        const QString remoteRoot = m_scratch.filePath(QStringLiteral("killed workbench root"));
        const QString created = createCliProject(project, remoteRoot);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        const Outcome submitted = runAtelier(
            {QStringLiteral("job"), QStringLiteral("submit"), project, QStringLiteral("--target"), QStringLiteral("box"),
             QStringLiteral("--name"), QStringLiteral("ticker"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("i=0; while [ $i -lt 10 ]; do echo \"tick $i\"; i=$((i+1)); sleep 0.8; done")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
        SshTargetSettings cli = settings();
        cli.remoteRoot = remoteRoot;
        const QString jobFolder = SshTarget(QStringLiteral("box"), cli).jobFolder(project, id);
        const QString failed = atelier::testing::reattachAfterKilledWorkbench(
            project, id, m_scratch.filePath(QStringLiteral("home")), jobFolder + QStringLiteral("/exit_code"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QByteArray expected;
        for (int i = 0; i < 10; ++i)
            expected += "tick " + QByteArray::number(i) + '\n';
        const Outcome logs = runAtelier({QStringLiteral("job"), QStringLiteral("logs"), project, QString::number(id)});
        QCOMPARE(logs.out, expected);
    }

    // A job on the host logs into the MLflow file store seeded in its folder there; when it ends,
    // the store comes back and its params and metrics are in the project's run.
    void aRemoteFileStoreComesBackAtTheEnd()
    {
        if (!QFileInfo(atelierBinary()).isExecutable())
            QSKIP("ATELIER_BINARY is not set: run through CTest");
        const QString project = m_scratch.filePath(QStringLiteral("file store project"));
        const QString created = createCliProject(project, m_scratch.filePath(QStringLiteral("file store root")));
        QVERIFY2(created.isEmpty(), qPrintable(created));
        const Outcome submitted = runAtelier(
            {QStringLiteral("job"), QStringLiteral("submit"), project, QStringLiteral("--target"), QStringLiteral("box"),
             QStringLiteral("--"), QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
             QStringLiteral("import os, urllib.parse\n"
                            "uri = os.environ['MLFLOW_TRACKING_URI']\n"
                            "run = os.path.join(urllib.parse.unquote(uri[7:]), os.environ['MLFLOW_EXPERIMENT_ID'], os.environ['MLFLOW_RUN_ID'])\n"
                            "assert os.path.isfile(os.path.join(run, 'meta.yaml')), run\n"
                            "assert run.startswith(os.environ['ATELIER_JOB_DIR']), run\n"
                            "os.makedirs(os.path.join(run, 'params'))\n"
                            "open(os.path.join(run, 'params', 'lr'), 'w').write('0.01')\n"
                            "os.makedirs(os.path.join(run, 'metrics'))\n"
                            "open(os.path.join(run, 'metrics', 'loss'), 'w').write('1700000000000 0.5 0\\n1700000000001 0.25 1\\n')\n")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString id = QString::number(submitted.json().value(QStringLiteral("id")).toInteger());
        const Outcome waited = runAtelier({QStringLiteral("job"), QStringLiteral("wait"), project, id});
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        auto opened = Project::open(project);
        QVERIFY(opened);
        auto run = TrackingStore((*opened)->database(), (*opened)->audit()).run(waited.json().value(QStringLiteral("run_id")).toString());
        QVERIFY(run);
        QCOMPARE(run->info.status, RunStatus::Finished);
        QCOMPARE(run->params, (QList<KeyValue>{{QStringLiteral("lr"), QStringLiteral("0.01")}}));
        QCOMPARE(run->metrics.size(), 1);
        QCOMPARE(run->metrics.constFirst().value, 0.25);
        QCOMPARE(run->metrics.constFirst().step, 1);
    }

    // Last: it gives the server a new host key.
    void changedHostKeyIsRefused()
    {
        const QString oldKnownHosts = m_scratch.filePath(QStringLiteral("old_known_hosts"));
        QVERIFY(QFile::copy(m_server.knownHostsFile(), oldKnownHosts));
        m_server.stop();
        QVERIFY(m_server.regenerateHostKey());
        const Status restarted = m_server.start();
        QVERIFY2(restarted, qPrintable(errorOf(restarted)));

        auto target = makeTarget(oldKnownHosts);
        const auto id = target->submit(launch(*target, {QStringLiteral("true")}));
        QVERIFY(!id);
        const QString message = id.error().message;
        QVERIFY2(message.contains(oldKnownHosts), qPrintable(message));
        QVERIFY2(message.contains(m_server.hostKeyFingerprint()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\"connect\"")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port())), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSshTarget)
#include "tst_ssh_target.moc"
