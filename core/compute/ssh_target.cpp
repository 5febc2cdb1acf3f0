// SshTarget: each step is one small sh script run on the host over the shared SshLink, its words shell-quoted.
#include "core/compute/ssh_target.h"

#include "core/compute/slurm/ssh_command_runner.h"
#include "core/compute/ssh/code_sync.h"
#include "core/compute/ssh/ssh_config.h"
#include "core/compute/ssh/ssh_connection.h"
#include "core/compute/target_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <map>
#include <mutex>

namespace atelier {

namespace {

// Exit statuses of StartScript for the checks it makes before the job starts.
enum StartFailure {
    FolderNotMade = 90,
    DiskNotWritable = 91,
    NoWorkingFolder = 92,
    CommandNotFound = 93,
    NoSetsid = 94,
};

// sh -c StartScript sh WRAPPER JOBFOLDER WORKFOLDER COMMAND ARGS..., in the job's environment.
// Prints "PID:STARTTIME" of the detached wrapper (STARTTIME from /proc, 0 when unknown). The
// wrapper is not a process group leader when it runs setsid, so setsid does not fork and $! is
// the pid of the new session's leader, whose group the job's processes join. The disk check
// writes through cat, whose error names the cause ("No space left on device"); dash's printf
// would say only "I/O error".
const QString StartScript = QStringLiteral(R"sh(wrapper=$1; dir=$2; work=$3; shift 3
mkdir -p -- "$dir" || exit 90
dir=$(cd -- "$dir" && pwd -P) || exit 90
printf 'atelier: checking that the disk takes writes\n' | cat > "$dir/.space-check" || exit 91
rm -f -- "$dir/.space-check" "$dir/pid" "$dir/exit_code"
: >> "$dir/stdout" && : >> "$dir/stderr" || exit 91
case $work in
'') work=$dir ;;
/*) ;;
*) work=$dir/$work ;;
esac
cd -- "$work" 2>/dev/null || { printf '%s' "$work"; exit 92; }
command -v "$1" >/dev/null 2>&1 || { printf '%s' "$PATH"; exit 93; }
command -v setsid >/dev/null 2>&1 && command -v nohup >/dev/null 2>&1 || exit 94
setsid nohup sh -c "$wrapper" sh "$dir" "$work" "$@" </dev/null >>"$dir/stdout" 2>>"$dir/stderr" &
pid=$!
start=0
set -f
if read -r stat < "/proc/$pid/stat"; then set -- ${stat##*) }; start=${20}; fi 2>/dev/null
printf '%s:%s\n' "$pid" "$start"
)sh");

// sh -c ProbeScript sh FOLDER PID STARTTIME ... (PID empty: read the pid file). One line a job,
// "INDEX STATE [EXITCODE]", and for a failure "E INDEX LAST-STDERR-LINE" after it.
const QString ProbeScript = QStringLiteral(R"sh(set -f
alive() {
  want=$2
  read -r s 2>/dev/null < "/proc/$1/stat" || return 1
  set -- ${s##*) }
  case $1 in Z|X|x) return 1 ;; esac
  [ "$want" = 0 ] || [ "$want" = "${20}" ]
}
i=0
while [ $# -ge 3 ]; do
  d=$1; pid=$2; start=$3; shift 3
  if [ -z "$pid" ]; then pid=; start=0; [ -r "$d/pid" ] && read -r pid < "$d/pid"; fi
  code=
  if [ -r "$d/exit_code" ]; then state=exited; read -r code < "$d/exit_code"
  elif [ -z "$pid" ]; then state=pending
  elif alive "$pid" "$start"; then state=running
  elif [ -r "$d/exit_code" ]; then state=exited; read -r code < "$d/exit_code"
  else state=vanished; fi
  printf '%s %s %s\n' "$i" "$state" "$code"
  if [ "$state" = vanished ] || { [ "$state" = exited ] && [ "$code" != 0 ]; }; then
    printf 'E %s %s\n' "$i" "$(tail -c 4096 -- "$d/stderr" 2>/dev/null | tr -d '\r' | grep -v '^[[:space:]]*$' | tail -n 1)"
  fi
  i=$((i+1))
done
)sh");

// sh -c CancelScript sh GROUP GRACE_MS: SIGTERM to the group, SIGKILL once the grace is over.
// Prints "gone", "terminated" or "killed"; exits 3 when the group outlived SIGKILL by 5 s. A group
// whose processes are all zombies counts as gone (kill -0 alone would still find it).
const QString CancelScript = QStringLiteral(R"sh(pg=$1; grace=$2
group_alive() {
  kill -s 0 -- "-$pg" 2>/dev/null || return 1
  for f in /proc/[0-9]*/stat; do
    read -r s 2>/dev/null < "$f" || continue
    set -f; set -- ${s##*) }; set +f
    case $1 in Z|X|x) continue ;; esac
    [ "$3" = "$pg" ] && return 0
  done
  return 1
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
group_alive || { echo gone; exit 0; }
kill -s TERM -- "-$pg" 2>/dev/null
deadline=$(( $(now_ms) + grace ))
while group_alive; do
  if [ "$(now_ms)" -ge "$deadline" ]; then
    kill -s KILL -- "-$pg" 2>/dev/null
    deadline=$(( $(now_ms) + 5000 ))
    while group_alive; do [ "$(now_ms)" -ge "$deadline" ] && exit 3; sleep 0.05; done
    echo killed; exit 0
  fi
  sleep 0.05
done
echo terminated
)sh");

// sh -c ReadLogScript sh FILE FIRSTBYTE MAXBYTES: the bytes from FIRSTBYTE (1-based) on.
const QString ReadLogScript = QStringLiteral(R"sh([ -f "$1" ] || exit 0
tail -c +"$2" -- "$1" | head -c "$3"
)sh");

// sh -c NewestScript sh FOLDER: "MTIME PATH\0" for every file below it, paths relative to it.
const QString NewestScript = QStringLiteral(R"sh(cd -- "$1" 2>/dev/null || exit 0
find . -type f -printf '%T@ %P\0'
)sh");

const QString CheckScript = QStringLiteral(R"sh(command -v sh
nvidia-smi -L 2>/dev/null || true
)sh");

// The folder's name, made safe to read, and a hash of its path: two projects of the same name
// do not share job folders.
QString projectKey(const QString &projectFolder)
{
    const QString absolute = QDir(projectFolder).absolutePath();
    QString name = QFileInfo(absolute).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return (name.isEmpty() ? QStringLiteral("project") : name) + u'-' + QString::fromLatin1(hash);
}

// What makes two connections interchangeable.
QString linkKey(const SshEndpoint &endpoint)
{
    return QStringList{endpoint.displayName(), endpoint.identityFiles.join(u','), endpoint.knownHostsFile,
                       endpoint.proxyJump, endpoint.useAgent ? QStringLiteral("agent") : QString()}
        .join(u'\n');
}

QString errorText(const SshExecResult &result)
{
    return QString::fromUtf8(result.standardError).trimmed();
}

std::optional<JobProbe::State> probeState(const QByteArray &word)
{
    if (word == "pending")
        return JobProbe::State::Pending;
    if (word == "running")
        return JobProbe::State::Running;
    if (word == "exited")
        return JobProbe::State::Exited;
    if (word == "vanished")
        return JobProbe::State::Vanished;
    return std::nullopt;
}

} // namespace

struct SshTarget::SharedLink
{
    explicit SharedLink(const SshTargetSettings &settings)
        : link(settings.endpoint, settings.callbacks, settings.timing)
    {}

    SshLink link;
    std::mutex openMutex;
    bool opened = false;
};

SshTarget::SshTarget(QString name, SshTargetSettings settings)
    : m_name(std::move(name))
    , m_settings(std::move(settings))
{
    // The links live as long as a target uses them; the map only lets targets find them.
    static std::mutex registryMutex;
    static std::map<QString, std::weak_ptr<SharedLink>> registry;
    const std::lock_guard lock(registryMutex);
    std::weak_ptr<SharedLink> &slot = registry[linkKey(m_settings.endpoint)];
    m_link = slot.lock();
    if (!m_link) {
        m_link = std::make_shared<SharedLink>(m_settings);
        slot = m_link;
    }
}

SshTarget::~SshTarget() = default;

Result<std::shared_ptr<ComputeTarget>> SshTarget::fromRecord(const TargetRecord &record)
{
    const QJsonObject config = record.config;
    const QString host = config.value(QStringLiteral("host")).toString();
    if (host.isEmpty())
        return fail(tr("The SSH target \"%1\" has no host. Add it again with --host.").arg(record.name));
    auto sshConfig = SshConfig::load(SshConfig::defaultPath());
    if (!sshConfig)
        return fail(sshConfig.error());
    SshTargetSettings settings;
    settings.endpoint = SshEndpoint::fromConfig(sshConfig->resolve(host));
    if (config.contains(QStringLiteral("port")))
        settings.endpoint.port = config.value(QStringLiteral("port")).toInt();
    if (config.contains(QStringLiteral("user")))
        settings.endpoint.user = config.value(QStringLiteral("user")).toString();
    if (config.contains(QStringLiteral("identity")))
        settings.endpoint.identityFiles = {config.value(QStringLiteral("identity")).toString()};
    settings.endpoint.knownHostsFile = config.value(QStringLiteral("known_hosts")).toString();
    if (config.contains(QStringLiteral("root")))
        settings.remoteRoot = config.value(QStringLiteral("root")).toString();
    return std::make_shared<SshTarget>(record.name, std::move(settings));
}

Result<std::shared_ptr<CommandRunner>> SshTarget::commandRunner()
{
    auto connection = this->connection(tr("Transferring files"));
    if (!connection)
        return fail(connection.error());
    return std::make_shared<SshCommandRunner>(*connection, int(std::chrono::milliseconds(StepTimeout).count()));
}

QString SshTarget::where() const
{
    return m_settings.endpoint.displayName();
}

QString SshTarget::jobFolder(const QString &projectFolder, std::int64_t jobId) const
{
    return m_settings.remoteRoot + u'/' + projectKey(projectFolder) + u'/' + QString::number(jobId);
}

Result<std::shared_ptr<SshConnection>> SshTarget::connection(const QString &step)
{
    const std::lock_guard lock(m_link->openMutex);
    if (!m_link->opened) {
        if (auto ok = m_link->link.open(); !ok)
            return fail(withContext(tr("%1 on %2 failed at the step \"connect\"").arg(step, where()), ok.error()));
        m_link->opened = true;
    } else if (!m_link->link.isUp()) {
        return fail(tr("%1 on %2 failed at the step \"connect\": the connection was lost and Atelier is "
                       "reconnecting. It is tried again by itself; check the network if this persists.")
                        .arg(step, where()));
    }
    return m_link->link.connection();
}

Result<SshExecResult> SshTarget::runScript(const QString &step, const QString &script, const QStringList &arguments,
                                           std::chrono::milliseconds timeout, const QStringList &variables)
{
    auto connection = this->connection(step);
    if (!connection)
        return fail(connection.error());
    QStringList words;
    if (!variables.isEmpty())
        words << QStringLiteral("env") << variables;
    words << QStringLiteral("sh") << QStringLiteral("-c") << script << QStringLiteral("sh") << arguments;
    auto result = (*connection)->run(words, {}, timeout);
    if (!result)
        return fail(withContext(tr("%1 on %2 failed").arg(step, where()), result.error()));
    return result;
}

Result<TargetCheck> SshTarget::check()
{
    auto answered = runScript(tr("Checking the target"), CheckScript, {}, StepTimeout);
    if (!answered)
        return fail(answered.error());
    const QList<QByteArray> lines = answered->standardOutput.split('\n');
    TargetCheck check;
    check.shell = QString::fromUtf8(lines.value(0).trimmed());
    if (answered->exitStatus != 0 || check.shell.isEmpty())
        return fail(tr("The shell sh on %1 did not answer. Jobs need it to start: check that the account has a "
                       "working POSIX shell.")
                        .arg(where()),
                    errorText(*answered));
    static const QRegularExpression gpuLine(QStringLiteral("^GPU (\\d+):"));
    for (const QByteArray &line : lines.mid(1)) {
        const auto match = gpuLine.match(QString::fromUtf8(line));
        if (match.hasMatch())
            check.gpus.append(match.captured(1));
    }
    return check;
}

// The working folder goes up into a code cache beside the project's job folders, one for each
// local folder, which every later upload of that folder brings up to date by sending only what
// changed; the job then gets its own copy of the cache (cp -a on the host, at disk speed), so a
// job that edits its code leaves the cache and the other jobs alone.
Result<QString> SshTarget::upload(SshConnection &connection, const QString &localFolder, const QString &jobFolder)
{
    const QString stateFolder = m_settings.syncStateFolder.isEmpty()
                                    ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                          + QStringLiteral("/ssh-sync")
                                    : m_settings.syncStateFolder;
    const QString projectFolder = jobFolder.section(u'/', 0, -2);
    const QByteArray localKey = QCryptographicHash::hash(QFileInfo(localFolder).absoluteFilePath().toUtf8(),
                                                         QCryptographicHash::Sha256);
    const QString cache = projectFolder + QStringLiteral("/code-cache/") + QString::fromLatin1(localKey.toHex().left(16));
    const QByteArray key = QCryptographicHash::hash((where() + u'\n' + cache).toUtf8(), QCryptographicHash::Sha256);
    const QString manifest = stateFolder + u'/' + QString::fromLatin1(key.toHex().left(24)) + QStringLiteral(".json");
    auto report = CodeSync(localFolder, cache, manifest).upload(connection);
    if (!report)
        return fail(withContext(tr("Could not upload the working folder %1 to %2 on %3 (step \"upload\")")
                                    .arg(localFolder, cache, where()),
                                report.error()));
    const QString code = jobFolder + QStringLiteral("/code");
    // The cache exists even when nothing needed sending (an empty folder).
    auto copied = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("mkdir -p -- \"$1\" \"$2\" && cp -a -- \"$1/.\" \"$2\""),
                                  QStringLiteral("atelier-code"), cache, code});
    if (!copied || copied->exitStatus != 0)
        return fail(tr("Could not copy the uploaded code into %1 on %2 (step \"upload\"): %3. Check that the disk has room.")
                        .arg(code, where(),
                             copied ? QString::fromUtf8(copied->standardError.trimmed()) : copied.error().toString()));
    return code;
}

bool SshTarget::isLocalFolder(const QString &workingFolder)
{
    return QDir::isAbsolutePath(workingFolder) && QFileInfo(workingFolder).isDir();
}

QString SshTarget::workingFolderOnTarget(const QString &jobFolder, const QString &workingFolder) const
{
    return isLocalFolder(workingFolder) ? jobFolder + QStringLiteral("/code")
                                        : ComputeTarget::workingFolderOnTarget(jobFolder, workingFolder);
}

Result<QString> SshTarget::submit(const JobLaunch &launch)
{
    const QString step = tr("Starting the job %1").arg(launch.jobId);
    QString workFolder = launch.workingFolder;
    // A local folder is the job's code: it goes up first. Any other path names a folder on the host.
    if (isLocalFolder(workFolder)) {
        auto connection = this->connection(step);
        if (!connection)
            return fail(connection.error());
        auto uploaded = upload(**connection, workFolder, launch.jobFolder);
        if (!uploaded)
            return fail(uploaded.error());
        workFolder = *uploaded;
    }

    QStringList variables;
    bool gpusChosen = false;
    for (const JobVariable &variable : launch.environment)
        gpusChosen = gpusChosen || variable.name == QLatin1String("CUDA_VISIBLE_DEVICES");
    if (!gpusChosen) {
        QStringList ids;
        for (int i = 0; i < launch.resources.gpus; ++i)
            ids.append(QString::number(i));
        variables.append(QStringLiteral("CUDA_VISIBLE_DEVICES=") + ids.join(u','));
    }
    for (const JobVariable &variable : launch.environment)
        variables.append(variable.name + u'=' + variable.value);

    auto started = runScript(step, StartScript, QStringList{jobWrapperScript(), launch.jobFolder, workFolder} + launch.command,
                             StepTimeout, variables);
    if (!started)
        return fail(started.error());
    const QString output = QString::fromUtf8(started->standardOutput);
    const QString detail = errorText(*started);
    const QString program = launch.command.value(0);
    switch (started->exitStatus) {
    case 0:
        break;
    case FolderNotMade:
        return fail(tr("Could not make the job folder %1 on %2 (step \"start\"): %3. Check that the target's root "
                       "folder is writable there, or choose another root.")
                        .arg(launch.jobFolder, where(), detail),
                    detail);
    case DiskNotWritable:
        return fail(tr("Could not write to the job folder %1 on %2 (step \"start\"): %3. The disk there may be "
                       "full: free some space or choose another root folder for the target.")
                        .arg(launch.jobFolder, where(), detail),
                    detail);
    case NoWorkingFolder:
        return fail(tr("The working folder %1 does not exist on %2 (step \"start\"). Create it there, or give a "
                       "local folder to upload.")
                        .arg(output, where()));
    case CommandNotFound:
        return fail(tr("The command \"%1\" was not found on %2 (step \"start\"; looked in %3). Install it there, "
                       "or give its full path.")
                        .arg(program, where(), output));
    case NoSetsid:
        return fail(tr("%1 has no setsid or nohup (step \"start\"), which Atelier needs to run jobs detached. "
                       "Install util-linux and coreutils there.")
                        .arg(where()));
    default:
        return fail(tr("Could not start the job %1 on %2 (step \"start\"): the shell exited with status %3. %4")
                        .arg(launch.jobId)
                        .arg(where())
                        .arg(started->exitStatus)
                        .arg(detail),
                    detail);
    }
    static const QRegularExpression externalId(QStringLiteral("^(\\d+):(\\d+)$"));
    const QString id = output.trimmed();
    if (!externalId.match(id).hasMatch())
        return fail(tr("The job %1 was started on %2, but the host did not say which process runs it. Check the "
                       "job folder %3 there.")
                        .arg(launch.jobId)
                        .arg(where(), launch.jobFolder),
                    output + u'\n' + detail);
    return id;
}

Result<QList<JobProbe>> SshTarget::probe(const QList<JobHandle> &jobs)
{
    if (jobs.isEmpty())
        return QList<JobProbe>();
    QStringList arguments;
    for (const JobHandle &job : jobs) {
        const QStringList parts = job.externalId.split(u':');
        const bool known = parts.size() == 2 && parts[0].toLongLong() > 1;
        arguments << job.jobFolder << (known ? parts[0] : QString()) << (known ? parts[1] : QStringLiteral("0"));
    }
    auto answered = runScript(tr("Checking %n job(s)", "", int(jobs.size())), ProbeScript, arguments, StepTimeout);
    if (!answered)
        return fail(answered.error());
    QList<JobProbe> probes(jobs.size());
    QList<bool> seen(jobs.size(), false);
    for (const QByteArray &line : answered->standardOutput.split('\n')) {
        if (line.startsWith("E ")) {
            const qsizetype space = line.indexOf(' ', 2);
            const int index = line.mid(2, space - 2).toInt();
            if (space > 0 && index >= 0 && index < probes.size())
                probes[index].lastError = QString::fromUtf8(line.mid(space + 1)).trimmed().left(300);
            continue;
        }
        const QList<QByteArray> words = line.split(' ');
        bool isIndex = false;
        const int index = words.value(0).toInt(&isIndex);
        const auto state = probeState(words.value(1));
        if (!isIndex || index < 0 || index >= probes.size() || !state)
            continue;
        probes[index].state = *state;
        bool isCode = false;
        const int code = words.value(2).toInt(&isCode);
        if (*state == JobProbe::State::Exited)
            probes[index].exitCode = isCode ? code : -1;
        seen[index] = true;
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        probes[i].jobId = jobs[i].jobId;
        if (!seen[i])
            return fail(tr("Could not read the state of the job %1 on %2: the host's answer was cut short. It is "
                           "asked again on the next check.")
                            .arg(jobs[i].jobId)
                            .arg(where()),
                        QString::fromUtf8(answered->standardOutput + answered->standardError));
    }
    return probes;
}

Status SshTarget::cancel(const JobHandle &job, int graceMs)
{
    const QString step = tr("Cancelling the job %1").arg(job.jobId);
    qint64 group = job.externalId.section(u':', 0, 0).toLongLong();
    if (group <= 1) {
        // Not recorded yet: the pid file tells, once the wrapper wrote it.
        auto pid = runScript(step, QStringLiteral("cat -- \"$1/pid\" 2>/dev/null"), {job.jobFolder}, StepTimeout);
        if (!pid)
            return fail(pid.error());
        group = pid->standardOutput.trimmed().toLongLong();
    }
    // Never 0, 1 or negative: kill -- -1 would signal every process of the user.
    if (group <= 1)
        return fail(tr("The job %1 has no process on %2 to cancel yet. Try again in a moment.").arg(job.jobId).arg(where()));
    const auto timeout = std::chrono::milliseconds(graceMs) + std::chrono::seconds(20);
    auto stopped = runScript(step, CancelScript, {QString::number(group), QString::number(std::max(graceMs, 0))}, timeout);
    if (!stopped)
        return fail(stopped.error());
    if (stopped->exitStatus != 0)
        return fail(tr("The job %1 (process group %2 on %3) did not end after SIGKILL. It may be stuck in the "
                       "kernel (a hung disk or GPU driver) there.")
                        .arg(job.jobId)
                        .arg(group)
                        .arg(where()),
                    errorText(*stopped));
    return {};
}

Result<QByteArray> SshTarget::readLog(const JobHandle &job, LogStream stream, std::int64_t offset, std::int64_t maxBytes)
{
    const QString file = job.jobFolder + u'/' + (stream == LogStream::Stdout ? JobFiles::Stdout : JobFiles::Stderr);
    if (maxBytes <= 0)
        return QByteArray();
    auto read = runScript(tr("Reading the log %1").arg(file), ReadLogScript,
                          {file, QString::number(std::max<std::int64_t>(offset, 0) + 1), QString::number(maxBytes)},
                          StepTimeout);
    if (!read)
        return fail(read.error());
    if (read->exitStatus != 0)
        return fail(tr("Could not read the log %1 on %2. Check that the job folder is readable there.")
                        .arg(file, where()),
                    errorText(*read));
    return read->standardOutput;
}

Result<QString> SshTarget::newestFile(const QString &folder, const QString &pattern)
{
    const QRegularExpression matcher = QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive);
    if (!matcher.isValid())
        return fail(tr("The checkpoint pattern \"%1\" is not a valid glob.").arg(pattern));
    auto listed = runScript(tr("Looking for checkpoints in %1").arg(folder), NewestScript, {folder}, StepTimeout);
    if (!listed)
        return fail(listed.error());
    if (listed->exitStatus != 0)
        return fail(tr("Could not list the files of %1 on %2 (find needs GNU findutils there).").arg(folder, where()),
                    errorText(*listed));
    QString newest;
    double newestTime = 0;
    for (const QByteArray &entry : listed->standardOutput.split('\0')) {
        const qsizetype space = entry.indexOf(' ');
        if (space <= 0)
            continue;
        const QString path = QString::fromUtf8(entry.mid(space + 1));
        if (!matcher.match(path).hasMatch())
            continue;
        const double modified = entry.left(space).toDouble();
        // Equal times: the later name wins, as on the local target.
        if (newest.isEmpty() || modified > newestTime || (modified == newestTime && path > newest)) {
            newest = path;
            newestTime = modified;
        }
    }
    return newest.isEmpty() ? QString() : folder + u'/' + newest;
}

} // namespace atelier
