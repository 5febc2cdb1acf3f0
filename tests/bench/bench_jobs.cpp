// Benchmark: jobs on an SSH host and a Slurm cluster over loopback (submit to running, re-attach at start, code upload) beside OpenSSH's and Slurm's own tools.
//
// Usage: bench_jobs [--no-slurm] [--only submit|slurm|reattach|upload]
// Starts a real sshd (tests/fixtures/ssh_server) and, when slurm-wlm is installed, a real
// single-node Slurm whose login node is that sshd (its sessions get SLURM_CONF; the fixture sets
// batch_sched_delay=0, where Slurm's default holds each batch job back up to 3 s). Prints:
//   1. submit to running: from SshTarget::submit (and SlurmTarget::submit over SSH) until the
//      job's first command has run on the host (it touches a file), p50 and p90 of 15 jobs, beside
//      a one-shot `ssh host touch FILE` (and `sbatch --wrap 'touch FILE'` on the cluster itself);
//   2. re-attach: a JobSupervisor started on a project with 100 unfinished jobs (50 still
//      running, 50 that ended while nobody watched), until it has recorded the 50 ends;
//   3. upload of a 209 MB folder (one 100 MB file, ten of 5 MB, 5000 of 10 KB, random bytes)
//      with CodeSync, then again unchanged, beside OpenSSH's sftp, scp and `tar c | ssh tar x`.
#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/slurm/slurm_target.h"
#include "core/compute/ssh/code_sync.h"
#include "core/compute/ssh/ssh_connection.h"
#include "core/compute/ssh_target.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/tasks/task_manager.h"
#include "tests/fixtures/slurm_cluster.h"
#include "tests/fixtures/ssh_server.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace atelier;
using atelier::testing::SlurmCluster;
using atelier::testing::SshServer;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_jobs: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T>
T orDie(Result<T> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().toString()));
    return std::move(*result);
}

void orDie(const Status &status, const char *what)
{
    if (!status)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), status.error().toString()));
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// Milliseconds until `path` exists after `start` was called.
double msUntilExists(const QString &path, const std::function<void()> &start)
{
    QElapsedTimer clock;
    clock.start();
    start();
    QDeadlineTimer deadline(60000);
    while (!QFileInfo::exists(path)) {
        if (deadline.hasExpired())
            die(QStringLiteral("%1 never appeared").arg(path));
        QThread::usleep(500);
    }
    return clock.nsecsElapsed() / 1e6;
}

// Seconds that a program takes to run to the end; dies when it fails.
double secondsToRun(const QString &program, const QStringList &arguments, const QString &shellCommand = {})
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    if (shellCommand.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 failed: %2").arg(shellCommand.isEmpty() ? program : shellCommand,
                                                QString::fromLocal8Bit(process.readAllStandardError())));
    return clock.nsecsElapsed() / 1e9;
}

// OpenSSH's options for the fixture's sshd: its key, its known_hosts, no questions.
QStringList opensshOptions(const SshServer &server, const QString &portFlag)
{
    return {portFlag,
            QString::number(server.port()),
            QStringLiteral("-i"),
            server.userKeyFile(),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + server.knownHostsFile(),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes")};
}

QString remote(const SshServer &server)
{
    return server.user() + QStringLiteral("@") + server.host();
}

SshEndpoint endpointOf(const SshServer &server)
{
    SshEndpoint endpoint;
    endpoint.host = server.host();
    endpoint.port = server.port();
    endpoint.user = server.user();
    endpoint.identityFiles = {server.userKeyFile()};
    endpoint.knownHostsFile = server.knownHostsFile();
    endpoint.useAgent = false;
    return endpoint;
}

QJsonObject sshTargetConfig(const SshServer &server, const QString &root)
{
    return {{QStringLiteral("host"), server.host()},
            {QStringLiteral("port"), server.port()},
            {QStringLiteral("user"), server.user()},
            {QStringLiteral("identity"), server.userKeyFile()},
            {QStringLiteral("known_hosts"), server.knownHostsFile()},
            {QStringLiteral("root"), root}};
}

// Submits `jobs` jobs that touch a file first thing and end; the milliseconds until each touched it.
QList<double> submitToRunning(ComputeTarget &target, const QString &projectFolder, int jobs)
{
    QList<double> times;
    for (int i = 1; i <= jobs; ++i) {
        JobLaunch launch;
        launch.jobId = i;
        launch.jobFolder = target.jobFolder(projectFolder, i);
        launch.command = {QStringLiteral("touch"), QStringLiteral("started")};
        times.append(msUntilExists(launch.jobFolder + QStringLiteral("/started"),
                                   [&] { orDie(target.submit(launch), "submit"); }));
    }
    return times;
}

void printLatency(const char *what, const QList<double> &ours, const char *peer, const QList<double> &theirs)
{
    std::printf("%-34s p50 %7.1f ms  p90 %7.1f ms   %s p50 %7.1f ms   ratio %.2f\n", what, percentile(ours, 0.5),
                percentile(ours, 0.9), peer, percentile(theirs, 0.5), percentile(ours, 0.5) / percentile(theirs, 0.5));
}

void benchSshSubmit(const SshServer &server, const QTemporaryDir &scratch)
{
    SshTargetSettings settings;
    settings.endpoint = endpointOf(server);
    settings.remoteRoot = scratch.filePath(QStringLiteral("submit"));
    SshTarget target(QStringLiteral("box"), settings);
    orDie(target.check(), "connect"); // the connection is shared and kept: submits reuse it
    const QList<double> ours = submitToRunning(target, QStringLiteral("/p"), 15);
    QList<double> openssh;
    for (int i = 0; i < 15; ++i) {
        const QString marker = scratch.filePath(QStringLiteral("ssh-touch-%1").arg(i));
        openssh.append(msUntilExists(marker, [&] {
            secondsToRun(QStringLiteral("ssh"), opensshOptions(server, QStringLiteral("-p"))
                                                    + QStringList{remote(server), QStringLiteral("touch"), marker});
        }));
    }
    printLatency("SSH submit -> running", ours, "ssh touch", openssh);
}

void benchSlurmSubmit(const SshServer &loginNode, SlurmCluster &cluster)
{
    TargetRecord record;
    record.name = QStringLiteral("cluster");
    record.kind = QStringLiteral("slurm");
    record.config = sshTargetConfig(loginNode, cluster.path(QStringLiteral("submit")));
    record.config.insert(QStringLiteral("partition"), SlurmCluster::Partition);
    const auto target = orDie(SlurmTarget::fromRecord(record), "slurm target");
    orDie(target->check(), "slurm check");
    const QList<double> ours = submitToRunning(*target, QString(), 15);
    QList<double> sbatch;
    for (int i = 0; i < 15; ++i) {
        const QString marker = cluster.path(QStringLiteral("sbatch-touch-%1").arg(i));
        sbatch.append(msUntilExists(marker, [&] {
            orDie(cluster.run(QStringLiteral("sbatch"),
                              {QStringLiteral("--quiet"), QStringLiteral("--output=/dev/null"),
                               QStringLiteral("--wrap"), QStringLiteral("touch '%1'").arg(marker)}),
                  "sbatch");
        }));
    }
    printLatency("Slurm (over SSH) submit -> running", ours, "local sbatch", sbatch);
}

void benchReattach(const SshServer &server, const QTemporaryDir &scratch)
{
    constexpr int Jobs = 100;
    auto project = orDie(Project::create(scratch.filePath(QStringLiteral("reattach project"))), "project");
    orDie(TargetStore(project->database(), project->audit())
              .add(QStringLiteral("box"), QStringLiteral("ssh"), sshTargetConfig(server, scratch.filePath(QStringLiteral("reattach")))),
          "target");
    JobStore jobs(project->database(), project->audit());
    TaskManager tasks;
    auto countIn = [&](JobState state) {
        const auto all = orDie(jobs.jobs(), "jobs");
        return std::count_if(all.cbegin(), all.cend(), [&](const JobRecord &job) { return job.state == state; });
    };
    auto waitFor = [&](const std::function<bool()> &done) {
        QDeadlineTimer deadline(300000);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!done())
            die(QStringLiteral("the jobs did not get there in 5 minutes"));
    };

    // Half the jobs end on their own while no workbench runs, once this file exists; half run on.
    const QString release = scratch.filePath(QStringLiteral("reattach-release"));
    QList<std::int64_t> ids;
    {
        JobSupervisor first(*project, tasks);
        first.setTargetFactory(&SshTarget::fromRecord);
        first.setPollInterval(200);
        first.start();
        for (int i = 0; i < Jobs; ++i) {
            JobSpec spec;
            spec.name = QStringLiteral("job %1").arg(i);
            spec.target = QStringLiteral("box");
            spec.command = i % 2 ? QStringList{QStringLiteral("sleep"), QStringLiteral("600")}
                                 : QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("while [ ! -e \"$1\" ]; do sleep 0.2; done"),
                                               QStringLiteral("sh"), release};
            ids.append(orDie(first.submit(spec), "submit"));
        }
        waitFor([&] { return countIn(JobState::Running) == Jobs; });
        first.stop();
        tasks.waitForAll();
    }
    QFile(release).open(QIODevice::WriteOnly);
    SshTarget probe(QStringLiteral("box"), SshTargetSettings{endpointOf(server), scratch.filePath(QStringLiteral("reattach"))});
    waitFor([&] {
        return std::count_if(ids.cbegin(), ids.cend(), [&](std::int64_t id) {
                   return QFileInfo::exists(probe.jobFolder(project->folder(), id) + QStringLiteral("/exit_code"));
               }) == Jobs / 2;
    });

    QElapsedTimer clock;
    clock.start();
    JobSupervisor second(*project, tasks);
    second.setTargetFactory(&SshTarget::fromRecord);
    second.start();
    waitFor([&] { return countIn(JobState::Succeeded) == Jobs / 2; });
    const double seconds = clock.nsecsElapsed() / 1e9;
    std::printf("re-attach to %d unfinished jobs      %.2f s (%d ended while away, %d still running)   target < 5 s\n",
                Jobs, seconds, Jobs / 2, int(countIn(JobState::Running)));

    for (const std::int64_t id : std::as_const(ids))
        if (jobs.job(id).value_or(JobRecord{}).state == JobState::Running)
            orDie(second.cancel(id), "cancel");
    second.setCancelGrace(1000);
    waitFor([&] { return countIn(JobState::Cancelled) == Jobs / 2; });
    second.stop();
    tasks.waitForAll();
}

// One 100 MB file, ten of 5 MB, 5000 of 10 KB, in two levels of folders; random bytes.
qint64 writeMixedFolder(const QString &folder)
{
    qint64 total = 0;
    auto write = [&](const QString &path, qsizetype size) {
        QDir().mkpath(QFileInfo(path).path());
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != size)
            die(QStringLiteral("could not write %1").arg(path));
        total += size;
    };
    write(folder + QStringLiteral("/weights.bin"), 100 << 20);
    for (int i = 0; i < 10; ++i)
        write(folder + QStringLiteral("/shards/shard-%1.bin").arg(i), 5 << 20);
    for (int i = 0; i < 5000; ++i)
        write(folder + QStringLiteral("/src/pkg%1/module%2.py").arg(i / 100).arg(i), 10 << 10);
    return total;
}

void benchUpload(const SshServer &server, const QTemporaryDir &scratch)
{
    const QString local = scratch.filePath(QStringLiteral("upload/local"));
    const double megabytes = writeMixedFolder(local) / 1e6;
    // The copies land in memory (/dev/shm) when it can: this machine's disk writes vary from one
    // run to the next far more than the transfers do, and would drown the comparison.
    QTemporaryDir inMemory(QStringLiteral("/dev/shm/bench_jobs-XXXXXX"));
    const QString remoteBase = inMemory.isValid() ? inMemory.path() : scratch.filePath(QStringLiteral("upload/remote"));
    auto rate = [&](double seconds) { return megabytes / seconds; };
    auto fresh = [&](const QString &name) {
        const QString folder = remoteBase + u'/' + name;
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        return folder;
    };

    SshConnection connection(endpointOf(server));
    orDie(connection.connect(), "connect");
    const QString manifest = scratch.filePath(QStringLiteral("upload/manifest.json"));
    const QString ours = fresh(QStringLiteral("codesync"));
    QElapsedTimer clock;
    clock.start();
    orDie(CodeSync(local, ours, scratch.filePath(QStringLiteral("upload/scan-only.json"))).changedFiles(), "scan");
    const double scanSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const CodeSyncReport first = orDie(CodeSync(local, ours, manifest).upload(connection), "upload");
    const double firstSeconds = clock.nsecsElapsed() / 1e9;
    clock.restart();
    const CodeSyncReport second = orDie(CodeSync(local, ours, manifest).upload(connection), "second upload");
    const double secondSeconds = clock.nsecsElapsed() / 1e9;
    if (first.uploaded.size() != 5011 || !second.uploaded.isEmpty())
        die(QStringLiteral("CodeSync sent %1 then %2 files").arg(first.uploaded.size()).arg(second.uploaded.size()));

    const QStringList ssh = opensshOptions(server, QStringLiteral("-p"));
    const QString sftpBatch = scratch.filePath(QStringLiteral("upload/sftp-batch"));
    const QString sftpTarget = fresh(QStringLiteral("sftp"));
    QFile batch(sftpBatch);
    if (!batch.open(QIODevice::WriteOnly)
        || batch.write(QStringLiteral("put -r \"%1\" \"%2\"\n").arg(local, sftpTarget).toUtf8()) < 0)
        die(QStringLiteral("could not write %1").arg(sftpBatch));
    batch.close();
    const double sftp = secondsToRun(QStringLiteral("sftp"), opensshOptions(server, QStringLiteral("-P"))
                                                               + QStringList{QStringLiteral("-q"), QStringLiteral("-b"), sftpBatch, remote(server)});
    const double scp = secondsToRun(QStringLiteral("scp"), opensshOptions(server, QStringLiteral("-P"))
                                                             + QStringList{QStringLiteral("-q"), QStringLiteral("-r"), local,
                                                                           remote(server) + u':' + fresh(QStringLiteral("scp"))});
    auto quoted = [](QStringList words) {
        for (QString &word : words)
            word = u'\'' + word + u'\'';
        return words.join(u' ');
    };
    const double tar = secondsToRun({}, {},
                                    QStringLiteral("tar -C %1 -cf - . | ssh %2 %3 'tar -xf - -C %4'")
                                        .arg(quoted({local}), quoted(ssh), quoted({remote(server)}), fresh(QStringLiteral("tar"))));

    std::printf("upload %.0f MB (5011 files) into %s\n", megabytes, qPrintable(remoteBase));
    std::printf("  CodeSync (tar over libssh)  %6.2f s  %7.1f MB/s   (of which listing and hashing alone: %.2f s)\n",
                firstSeconds, rate(firstSeconds), scanSeconds);
    std::printf("  OpenSSH sftp                %6.2f s  %7.1f MB/s   CodeSync/sftp %.2fx   (target >= 2x)\n", sftp,
                rate(sftp), sftp / firstSeconds);
    std::printf("  OpenSSH scp                 %6.2f s  %7.1f MB/s   CodeSync/scp  %.2fx\n", scp, rate(scp), scp / firstSeconds);
    std::printf("  tar c | ssh tar x           %6.2f s  %7.1f MB/s   CodeSync/tar  %.2fx\n", tar, rate(tar), tar / firstSeconds);
    std::printf("  CodeSync again, unchanged   %6.3f s   (target < 1 s)\n", secondSeconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool slurm = !app.arguments().contains(QStringLiteral("--no-slurm")) && SlurmCluster::isInstalled();
    QTemporaryDir scratch;
    std::unique_ptr<SlurmCluster> cluster;
    SshServer server;
    if (slurm) {
        cluster = std::make_unique<SlurmCluster>();
        orDie(cluster->start(), "slurm");
        server.setSessionEnvironment({QStringLiteral("SLURM_CONF=") + cluster->configFile()});
    }
    orDie(server.start(), "sshd");

    // --only submit|slurm|reattach|upload runs one part.
    const qsizetype only = app.arguments().indexOf(QStringLiteral("--only"));
    auto wanted = [&](const char *part) { return only < 0 || app.arguments().value(only + 1) == QLatin1String(part); };
    if (wanted("submit"))
        benchSshSubmit(server, scratch);
    if (wanted("slurm") && slurm)
        benchSlurmSubmit(server, *cluster);
    else if (wanted("slurm"))
        std::printf("Slurm: not installed (or --no-slurm), skipped\n");
    std::fflush(stdout);
    if (wanted("reattach"))
        benchReattach(server, scratch);
    std::fflush(stdout);
    if (wanted("upload"))
        benchUpload(server, scratch);
    return 0;
}
