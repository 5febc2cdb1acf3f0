// SlurmTarget: sbatch to submit, squeue + sacct (or scontrol) to follow, scancel to stop, the job folder for the rest.
#include "core/compute/slurm/slurm_target.h"

#include "core/compute/slurm/command_runner.h"
#include "core/compute/slurm/local_command_runner.h"
#include "core/compute/slurm/slurm_states.h"
#include "core/compute/slurm/ssh_command_runner.h"
#include "core/compute/ssh/ssh_config.h"
#include "core/compute/ssh/ssh_connection.h"
#include "core/compute/target_store.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

namespace atelier {

namespace {

// The first line of a command's stderr that says something, for a message.
QString firstErrorLine(const CommandOutput &output)
{
    for (const QByteArray &line : output.standardError.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return SlurmTarget::tr("exit code %1, no message").arg(output.exitCode);
}

QStringList shellScript(const char *script, const QStringList &arguments)
{
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QString::fromLatin1(script),
                       QStringLiteral("sh")}
           + arguments;
}

// What a job folder says: the exit code the wrapper wrote, and the last line of stderr.
struct FolderReport
{
    std::optional<int> exitCode;
    QString lastError;
};

// One shell for all the folders, so that a poll of 500 jobs costs one command.
Result<QList<FolderReport>> readFolders(CommandRunner &runner, const QStringList &folders)
{
    const auto output = runner.run(shellScript(
        "for d; do\n"
        "  c=$(cat \"$d/exit_code\" 2>/dev/null) || c=\n"
        "  e=$(tail -c 4096 \"$d/stderr\" 2>/dev/null | tr -d '\\r' | grep -v '^[[:space:]]*$' | tail -n 1)\n"
        "  printf '%s\\t%s\\n' \"$c\" \"$e\"\n"
        "done\n",
        folders));
    if (!output)
        return fail(output.error());
    QList<QByteArray> lines = output->standardOutput.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (output->exitCode != 0 || lines.size() != folders.size())
        return fail(SlurmTarget::tr("Could not read the job folders on %1 (%n folder(s)). Check that they are on "
                                    "a file system the login node sees.",
                                    "", int(folders.size()))
                        .arg(runner.where()),
                    QString::fromUtf8(output->standardError));
    QList<FolderReport> reports;
    for (const QByteArray &line : lines) {
        const qsizetype tab = line.indexOf('\t');
        bool ok = false;
        const int code = line.left(tab).trimmed().toInt(&ok);
        reports.append({ok ? std::optional(code) : std::nullopt, QString::fromUtf8(line.mid(tab + 1)).left(300)});
    }
    return reports;
}

// One squeue for the active jobs among `jobIds`; one sacct for the others, or one scontrol
// where the cluster keeps no accounting.
Result<QHash<QString, SlurmJobState>> slurmStates(CommandRunner &runner, const QStringList &jobIds)
{
    QHash<QString, SlurmJobState> states;
    auto merge = [&](const Result<QList<SlurmJobState>> &parsed, const QStringList &wanted) -> Status {
        if (!parsed)
            return fail(parsed.error());
        for (const SlurmJobState &state : *parsed) {
            if (wanted.contains(state.jobId))
                states.insert(state.jobId, state);
        }
        return {};
    };
    const auto queue = runner.run(SlurmStates::squeueArguments(jobIds));
    if (!queue)
        return fail(queue.error());
    if (queue->exitCode != 0 && !SlurmStates::isUnknownJobsAnswer(queue->standardError))
        return fail(SlurmTarget::tr("squeue failed on %1: %2. Check that the Slurm controller is up (scontrol ping).")
                        .arg(runner.where(), firstErrorLine(*queue)));
    if (queue->exitCode == 0) {
        if (auto merged = merge(SlurmStates::parseSqueue(queue->standardOutput), jobIds); !merged)
            return fail(merged.error());
    }

    QStringList ended;
    for (const QString &id : jobIds) {
        if (!states.contains(id))
            ended.append(id);
    }
    if (ended.isEmpty())
        return states;
    const auto accounting = runner.run(SlurmStates::sacctArguments(ended));
    if (!accounting)
        return fail(accounting.error());
    if (accounting->exitCode == 0) {
        if (auto merged = merge(SlurmStates::parseSacct(accounting->standardOutput), ended); !merged)
            return fail(merged.error());
        return states;
    }
    if (!SlurmStates::isAccountingDisabledAnswer(accounting->standardError))
        return fail(SlurmTarget::tr("sacct failed on %1: %2. Check the cluster's accounting (slurmdbd).")
                        .arg(runner.where(), firstErrorLine(*accounting)));
    const auto controller = runner.run(SlurmStates::scontrolArguments());
    if (!controller)
        return fail(controller.error());
    if (controller->exitCode != 0)
        return fail(SlurmTarget::tr("scontrol show job failed on %1: %2. Check that the Slurm controller is up "
                                    "(scontrol ping).")
                        .arg(runner.where(), firstErrorLine(*controller)));
    if (auto merged = merge(SlurmStates::parseScontrol(controller->standardOutput), ended); !merged)
        return fail(merged.error());
    return states;
}

} // namespace

SlurmTarget::SlurmTarget(QString name, std::shared_ptr<CommandRunner> runner, SlurmOptions options, QString jobRoot)
    : m_name(std::move(name))
    , m_runner(std::move(runner))
    , m_options(std::move(options))
    , m_jobRoot(std::move(jobRoot))
{}

SlurmTarget::~SlurmTarget() = default;

Result<std::shared_ptr<ComputeTarget>> SlurmTarget::fromRecord(const TargetRecord &record)
{
    if (record.kind != QLatin1String("slurm"))
        return fail(tr("The target \"%1\" is of kind %2, not slurm.").arg(record.name, record.kind));
    const QJsonObject &config = record.config;
    SlurmOptions options;
    options.partition = config.value(QStringLiteral("partition")).toString();
    options.account = config.value(QStringLiteral("account")).toString();
    const QString gpuRequest = config.value(QStringLiteral("gpu_request")).toString(QStringLiteral("gres"));
    if (gpuRequest != QLatin1String("gres") && gpuRequest != QLatin1String("gpus"))
        return fail(tr("The target \"%1\" asks for GPUs by \"%2\": write gres (--gres=gpu:N) or gpus (--gpus=N).")
                        .arg(record.name, gpuRequest));
    options.gpuRequest = gpuRequest == QLatin1String("gpus") ? SlurmOptions::GpuRequest::Gpus
                                                             : SlurmOptions::GpuRequest::Gres;
    std::shared_ptr<CommandRunner> runner;
    const QString host = config.value(QStringLiteral("host")).toString();
    if (host.isEmpty()) {
        runner = std::make_shared<LocalCommandRunner>();
    } else {
        // The login node as `ssh HOST` reaches it (~/.ssh/config), then the target's own settings.
        auto sshConfig = SshConfig::load(SshConfig::defaultPath());
        if (!sshConfig)
            return fail(sshConfig.error());
        SshEndpoint endpoint = SshEndpoint::fromConfig(sshConfig->resolve(host));
        if (config.contains(QStringLiteral("port")))
            endpoint.port = config.value(QStringLiteral("port")).toInt();
        if (config.contains(QStringLiteral("user")))
            endpoint.user = config.value(QStringLiteral("user")).toString();
        if (config.contains(QStringLiteral("identity")))
            endpoint.identityFiles = {config.value(QStringLiteral("identity")).toString()};
        endpoint.knownHostsFile = config.value(QStringLiteral("known_hosts")).toString();
        runner = std::make_shared<SshCommandRunner>(std::make_shared<SshConnection>(endpoint));
    }
    return std::make_shared<SlurmTarget>(record.name, runner, options,
                                         config.value(QStringLiteral("root")).toString());
}

bool SlurmTarget::reachesLocalServer() const
{
    // A job runs on a compute node, whose 127.0.0.1 is the node itself, not this computer.
    return false;
}

QString SlurmTarget::jobFolder(const QString &projectFolder, std::int64_t jobId) const
{
    const QString root = m_jobRoot.isEmpty() ? projectFolder + QStringLiteral("/jobs") : m_jobRoot;
    return root + u'/' + QString::number(jobId);
}

Result<TargetCheck> SlurmTarget::check()
{
    const auto version = m_runner->run({QStringLiteral("sinfo"), QStringLiteral("--version")});
    if (!version)
        return fail(version.error());
    if (version->exitCode != 0)
        return fail(tr("Slurm's sinfo does not run on %1: %2. Install the Slurm client commands there, or put them "
                       "on the PATH.")
                        .arg(m_runner->where(), firstErrorLine(*version)));
    const auto gres = m_runner->run({QStringLiteral("sinfo"), QStringLiteral("--noheader"), QStringLiteral("--format=%G")});
    if (!gres)
        return fail(gres.error());
    // "gpu:4" or "gpu:a100:4(S:0-1)": a job may get as many GPUs as the largest node has.
    static const QRegularExpression gpuCount(QStringLiteral("gpu(?::[^:,(]+)?:([0-9]+)"));
    int most = 0;
    for (auto it = gpuCount.globalMatch(QString::fromUtf8(gres->standardOutput)); it.hasNext();)
        most = std::max(most, it.next().captured(1).toInt());
    QStringList gpus;
    for (int i = 0; i < most; ++i)
        gpus.append(QString::number(i));
    return TargetCheck{QStringLiteral("/bin/sh"), gpus};
}

Result<QString> SlurmTarget::submit(const JobLaunch &launch)
{
    const QString context = tr("Could not submit the job %1 to the Slurm target \"%2\"").arg(launch.jobId).arg(m_name);
    const auto script = SbatchScript::build(launch, m_options);
    if (!script)
        return fail(withContext(context, script.error()));
    const auto prepared = m_runner->run(shellScript("mkdir -p \"$1\" && rm -f \"$1/pid\" \"$1/exit_code\"",
                                                    {launch.jobFolder}));
    if (!prepared)
        return fail(withContext(context, prepared.error()));
    if (prepared->exitCode != 0)
        return fail(tr("%1: could not make the job folder %2 on %3 (%4). Check that it is writable.")
                        .arg(context, launch.jobFolder, m_runner->where(), firstErrorLine(*prepared)));
    const auto submitted = m_runner->run(SbatchScript::submitArguments(), script->text());
    if (!submitted)
        return fail(withContext(context, submitted.error()));
    if (submitted->exitCode != 0) {
        const QString partition = m_options.partition.isEmpty() ? tr("the default partition")
                                                                 : tr("partition %1").arg(m_options.partition);
        return fail(tr("sbatch refused the job %1 on the Slurm target \"%2\" (%3): %4. Check the target's partition "
                       "and the resources the job asks for.")
                        .arg(launch.jobId)
                        .arg(m_name, partition, firstErrorLine(*submitted)),
                    QString::fromUtf8(submitted->standardError));
    }
    // --parsable prints "JOBID" or "JOBID;CLUSTER".
    const QString jobId = QString::fromUtf8(submitted->standardOutput).trimmed().section(u';', 0, 0);
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    if (!number.match(jobId).hasMatch())
        return fail(tr("%1: sbatch answered \"%2\" instead of a job id.")
                        .arg(context, QString::fromUtf8(submitted->standardOutput).trimmed()));
    return jobId;
}

Result<QList<JobProbe>> SlurmTarget::probe(const QList<JobHandle> &jobs)
{
    QStringList jobIds;
    for (const JobHandle &job : jobs) {
        if (!job.externalId.isEmpty())
            jobIds.append(job.externalId);
    }
    QHash<QString, SlurmJobState> states;
    if (!jobIds.isEmpty()) {
        auto found = slurmStates(*m_runner, jobIds);
        if (!found)
            return fail(withContext(tr("Could not ask Slurm on %1 about %n job(s)", "", int(jobIds.size()))
                                        .arg(m_runner->where()),
                                    found.error()));
        states = std::move(*found);
    }

    // Jobs not submitted yet, or queued in Slurm, are pending; the others have their say in
    // their folders (the exit code).
    auto isPending = [&states](const JobHandle &job) {
        const auto state = states.constFind(job.externalId);
        return job.externalId.isEmpty()
               || (state != states.cend() && SlurmStates::phase(state->state) == SlurmStates::Phase::Waiting);
    };
    QStringList folders;
    for (const JobHandle &job : jobs) {
        if (!isPending(job))
            folders.append(job.jobFolder);
    }
    QList<FolderReport> reports;
    if (!folders.isEmpty()) {
        auto read = readFolders(*m_runner, folders);
        if (!read)
            return fail(read.error());
        reports = std::move(*read);
    }

    QList<JobProbe> probes;
    qsizetype next = 0;
    for (const JobHandle &job : jobs) {
        JobProbe probe{job.jobId};
        if (isPending(job)) {
            probes.append(probe);
            continue;
        }
        const auto state = states.constFind(job.externalId);
        const bool known = state != states.cend();
        const FolderReport &report = reports[next++];
        if (report.exitCode) {
            probe.state = JobProbe::State::Exited;
            probe.exitCode = report.exitCode;
            if (*report.exitCode != 0)
                probe.lastError = report.lastError;
        } else if (known && SlurmStates::phase(state->state) == SlurmStates::Phase::Active) {
            probe.state = JobProbe::State::Running;
        } else {
            // Killed before the wrapper could write its exit code: time limit, memory, node
            // failure, a cancel while pending, or a job too old for Slurm to remember.
            probe.state = JobProbe::State::Vanished;
            probe.lastError = known ? tr("Slurm ended the job %1 as %2").arg(job.externalId, state->state)
                                    : tr("Slurm no longer knows the job %1").arg(job.externalId);
            if (!report.lastError.isEmpty())
                probe.lastError += QStringLiteral(": ") + report.lastError;
        }
        probes.append(probe);
    }
    return probes;
}

Status SlurmTarget::cancel(const JobHandle &job, int graceMs)
{
    if (job.externalId.isEmpty())
        return fail(tr("The job %1 has no Slurm job id to cancel yet. Try again in a moment.").arg(job.jobId));
    auto phaseNow = [&]() -> Result<std::optional<SlurmStates::Phase>> {
        const auto queue = m_runner->run(SlurmStates::squeueArguments({job.externalId}));
        if (!queue)
            return fail(queue.error());
        const auto parsed = SlurmStates::parseSqueue(queue->exitCode == 0 ? queue->standardOutput : QByteArray());
        if (!parsed)
            return fail(parsed.error());
        for (const SlurmJobState &state : *parsed) {
            if (state.jobId == job.externalId)
                return SlurmStates::phase(state.state);
        }
        return std::optional<SlurmStates::Phase>();
    };
    auto scancel = [&](const QStringList &options) -> Status {
        const auto output = m_runner->run(QStringList{QStringLiteral("scancel")} + options + QStringList{job.externalId});
        if (!output)
            return fail(output.error());
        // A job that ended meanwhile is no failure to cancel it.
        if (output->exitCode != 0 && !output->standardError.contains("already completing or completed"))
            return fail(tr("scancel could not cancel the Slurm job %1 (job %2) on %3: %4.")
                            .arg(job.externalId)
                            .arg(job.jobId)
                            .arg(m_runner->where(), firstErrorLine(*output)));
        return {};
    };

    auto phase = phaseNow();
    if (!phase)
        return fail(phase.error());
    if (!*phase || **phase == SlurmStates::Phase::Ended)
        return {};
    // Slurm's cancel: SIGTERM to the batch shell and every step (the wrapper waits for the
    // command and writes its exit code), and the job ends as CANCELLED.
    if (auto cancelled = scancel({}); !cancelled)
        return cancelled;
    QDeadlineTimer deadline(graceMs);
    while (!deadline.hasExpired()) {
        phase = phaseNow();
        if (!phase)
            return fail(phase.error());
        if (!*phase || **phase == SlurmStates::Phase::Ended)
            return {};
        QThread::msleep(200);
    }
    // Slurm kills what is left after its own KillWait; a shorter grace asks for it now.
    return scancel({QStringLiteral("--full"), QStringLiteral("--signal=KILL")});
}

Result<QByteArray> SlurmTarget::readLog(const JobHandle &job, LogStream stream, std::int64_t offset,
                                        std::int64_t maxBytes)
{
    const QString file = job.jobFolder + u'/' + (stream == LogStream::Stdout ? JobFiles::Stdout : JobFiles::Stderr);
    const auto output = m_runner->run(shellScript("test -f \"$1\" || exit 0\n"
                                                  "tail -c \"+$2\" -- \"$1\" | head -c \"$3\"",
                                                  {file, QString::number(offset + 1), QString::number(maxBytes)}));
    if (!output)
        return fail(withContext(tr("Could not read the log %1 on %2").arg(file, m_runner->where()), output.error()));
    if (output->exitCode != 0)
        return fail(tr("Could not read the log %1 on %2: %3.").arg(file, m_runner->where(), firstErrorLine(*output)));
    return output->standardOutput;
}

Result<QString> SlurmTarget::newestFile(const QString &folder, const QString &pattern)
{
    const QRegularExpression matcher = QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive);
    if (!matcher.isValid())
        return fail(tr("The checkpoint pattern \"%1\" is not a valid glob.").arg(pattern));
    // Modification time and relative path of every file, NUL-separated (names may hold newlines).
    const auto output = m_runner->run(shellScript("test -d \"$1\" || exit 0\n"
                                                  "find \"$1\" -type f -printf '%T@ %P\\0'",
                                                  {folder}));
    if (!output)
        return fail(withContext(tr("Could not list %1 on %2").arg(folder, m_runner->where()), output.error()));
    if (output->exitCode != 0)
        return fail(tr("Could not list %1 on %2: %3.").arg(folder, m_runner->where(), firstErrorLine(*output)));
    QString newest;
    double newestTime = 0;
    for (const QByteArray &entry : output->standardOutput.split('\0')) {
        const qsizetype space = entry.indexOf(' ');
        if (space < 0)
            continue;
        const double modified = entry.left(space).toDouble();
        const QString path = QString::fromUtf8(entry.mid(space + 1));
        if (!matcher.match(path).hasMatch())
            continue;
        if (newest.isEmpty() || modified > newestTime || (modified == newestTime && path > newest)) {
            newest = path;
            newestTime = modified;
        }
    }
    return newest.isEmpty() ? QString() : folder + u'/' + newest;
}

} // namespace atelier
