// LocalTarget: fork/exec of the job wrapper in a new session, and /proc to tell whether it runs.
#include "core/compute/local_target.h"

#include "core/compute/slurm/local_command_runner.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace atelier {

namespace {

// The fields of /proc/PID/stat that tell what a process is.
struct ProcessStat
{
    char state = '?';
    qint64 processGroup = 0;
    qint64 startTime = 0; // clock ticks after boot
};

std::optional<ProcessStat> processStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    // The command name in parentheses may hold spaces: the fields start after the last ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    return ProcessStat{fields[0].isEmpty() ? '?' : fields[0].at(0), fields[2].toLongLong(), fields[19].toLongLong()};
}

bool isLive(const ProcessStat &stat)
{
    return stat.state != 'Z' && stat.state != 'X' && stat.state != 'x';
}

// Whether `pid` is still the process that was started at `startTime` (0: not known) and not a zombie.
bool processAlive(qint64 pid, qint64 startTime)
{
    const auto stat = processStat(pid);
    return stat && isLive(*stat) && (startTime == 0 || stat->startTime == startTime);
}

// Whether any process of the group lives on (a zombie does not count: it only waits to be reaped).
bool groupAlive(qint64 group)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : pids) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        if (!isNumber)
            continue;
        const auto stat = processStat(pid);
        if (stat && stat->processGroup == group && isLive(*stat))
            return true;
    }
    return false;
}

struct ProcessId
{
    qint64 pid = 0;
    qint64 startTime = 0;
};

// From the external id "PID:STARTTIME", or else from the pid file the wrapper wrote.
ProcessId processOf(const JobHandle &job)
{
    const QStringList parts = job.externalId.split(u':');
    if (parts.size() == 2 && parts[0].toLongLong() > 0)
        return {parts[0].toLongLong(), parts[1].toLongLong()};
    QFile file(job.jobFolder + u'/' + JobFiles::Pid);
    if (file.open(QIODevice::ReadOnly))
        return {file.readAll().trimmed().toLongLong(), 0};
    return {};
}

std::optional<int> exitCodeIn(const QString &jobFolder)
{
    QFile file(jobFolder + u'/' + JobFiles::ExitCode);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const int code = file.readAll().trimmed().toInt(&ok);
    return ok ? std::optional(code) : std::nullopt;
}

// The last line the job wrote to stderr, cut to a length fit for a reason in the job's history.
QString lastErrorLine(const QString &jobFolder)
{
    QFile file(jobFolder + u'/' + JobFiles::Stderr);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(std::max<qint64>(0, file.size() - 4096));
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const QString line = QString::fromUtf8(it->trimmed());
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}

// Where `program` is, as execvp would find it with `path` (or relative to `workFolder`).
QString findProgram(const QString &program, const QString &path, const QString &workFolder)
{
    auto isExecutable = [](const QString &file) {
        const QFileInfo info(file);
        return info.isFile() && info.isExecutable();
    };
    if (program.contains(u'/')) {
        const QString file = QDir(workFolder).absoluteFilePath(program);
        return isExecutable(file) ? file : QString();
    }
    for (const QString &folder : path.split(u':', Qt::SkipEmptyParts)) {
        const QString file = QDir(folder).absoluteFilePath(program);
        if (isExecutable(file))
            return file;
    }
    return {};
}

// The wrapper runs in a new session: the parent forks a child that forks the job and exits at
// once, so the job is reparented away from Atelier and needs nobody to reap it here. Between fork
// and exec only async-signal-safe calls are made, since other threads may hold locks.
Result<qint64> forkDetached(const std::vector<QByteArray> &arguments, const std::vector<QByteArray> &environment,
                            int stdoutFd, int stderrFd, int nullFd)
{
    std::vector<char *> argv;
    for (const QByteArray &argument : arguments)
        argv.push_back(const_cast<char *>(argument.constData()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const QByteArray &variable : environment)
        envp.push_back(const_cast<char *>(variable.constData()));
    envp.push_back(nullptr);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        return fail(LocalTarget::tr("Could not start the job: no pipe."), QString::fromLocal8Bit(std::strerror(errno)));
    const pid_t middle = ::fork();
    if (middle < 0) {
        const int error = errno;
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        return fail(LocalTarget::tr("Could not start the job: the system refused a new process. Close some "
                                    "programs and try again."),
                    QString::fromLocal8Bit(std::strerror(error)));
    }
    if (middle == 0) {
        const pid_t job = ::fork();
        if (job == 0) {
            ::setsid();
            sigset_t none;
            sigemptyset(&none);
            sigprocmask(SIG_SETMASK, &none, nullptr);
            for (int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
                ::signal(signal, SIG_DFL);
            ::dup2(nullFd, STDIN_FILENO);
            ::dup2(stdoutFd, STDOUT_FILENO);
            ::dup2(stderrFd, STDERR_FILENO);
            ::close_range(3, ~0U, 0);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        const qint64 sent = job;
        const bool written = ::write(pipeFds[1], &sent, sizeof sent) == ssize_t(sizeof sent);
        ::_exit(job > 0 && written ? 0 : 1);
    }
    ::close(pipeFds[1]);
    qint64 pid = 0;
    ssize_t got = 0;
    do {
        got = ::read(pipeFds[0], &pid, sizeof pid);
    } while (got < 0 && errno == EINTR);
    ::close(pipeFds[0]);
    int status = 0;
    while (::waitpid(middle, &status, 0) < 0 && errno == EINTR) {
    }
    if (got != ssize_t(sizeof pid) || pid <= 0)
        return fail(LocalTarget::tr("Could not start the job: the system refused a new process. Close some "
                                    "programs and try again."));
    return pid;
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

LocalTarget::LocalTarget(QString name)
    : m_name(std::move(name))
{}

QString LocalTarget::jobFolder(const QString &projectFolder, std::int64_t jobId) const
{
    return projectFolder + QStringLiteral("/jobs/") + QString::number(jobId);
}

QStringList LocalTarget::visibleGpus()
{
    if (qEnvironmentVariableIsSet("CUDA_VISIBLE_DEVICES"))
        return qEnvironmentVariable("CUDA_VISIBLE_DEVICES").split(u',', Qt::SkipEmptyParts);
    const int count = int(QDir(QStringLiteral("/proc/driver/nvidia/gpus")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(QString::number(i));
    return ids;
}

Result<TargetCheck> LocalTarget::check()
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo ok")});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0 || shell.readAllStandardOutput().trimmed() != "ok")
        return fail(tr("The shell /bin/sh on this computer did not answer. Jobs need it to start: check that it "
                       "is installed and runs."),
                    shell.errorString());
    return TargetCheck{QStringLiteral("/bin/sh"), visibleGpus()};
}

Result<QString> LocalTarget::submit(const JobLaunch &launch)
{
    const QString folder = launch.jobFolder;
    if (!QDir().mkpath(folder))
        return fail(tr("Could not make the job folder %1. Check that the project folder is writable.").arg(folder));
    QFile::remove(folder + u'/' + JobFiles::Pid);
    QFile::remove(folder + u'/' + JobFiles::ExitCode);
    const QString workFolder = QDir(folder).absoluteFilePath(launch.workingFolder.isEmpty() ? QStringLiteral(".")
                                                                                             : launch.workingFolder);
    if (!QFileInfo(workFolder).isDir())
        return fail(tr("The working folder %1 does not exist. Create it or choose another for the job.").arg(workFolder));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool gpusChosen = false;
    for (const JobVariable &variable : launch.environment) {
        environment.insert(variable.name, variable.value);
        gpusChosen = gpusChosen || variable.name == QLatin1String("CUDA_VISIBLE_DEVICES");
    }
    if (!gpusChosen) {
        const QStringList gpus = visibleGpus();
        if (launch.resources.gpus > gpus.size())
            return fail(tr("The job asks for %n GPU(s), and this computer has %1 for jobs. Ask for fewer.", "",
                           launch.resources.gpus)
                            .arg(gpus.size()));
        environment.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), gpus.mid(0, launch.resources.gpus).join(u','));
    }
    const QString program = launch.command.value(0);
    if (findProgram(program, environment.value(QStringLiteral("PATH")), workFolder).isEmpty())
        return fail(tr("The command \"%1\" was not found on this computer (looked in %2). Install it, or give "
                       "its full path.")
                        .arg(program,
                             program.contains(u'/') ? workFolder : environment.value(QStringLiteral("PATH"))));

    std::vector<QByteArray> arguments = {"/bin/sh", "-c", jobWrapperScript().toUtf8(), "sh", QFile::encodeName(folder),
                                         QFile::encodeName(workFolder)};
    for (const QString &argument : launch.command)
        arguments.push_back(argument.toUtf8());
    std::vector<QByteArray> variables;
    for (const QString &variable : environment.toStringList())
        variables.push_back(variable.toUtf8());

    const int flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC;
    const FileDescriptor out(::open(QFile::encodeName(folder + u'/' + JobFiles::Stdout).constData(), flags, 0644));
    const FileDescriptor err(::open(QFile::encodeName(folder + u'/' + JobFiles::Stderr).constData(), flags, 0644));
    const FileDescriptor null(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    if (out.get() < 0 || err.get() < 0 || null.get() < 0)
        return fail(tr("Could not open the log files in %1. Check that the project folder is writable.").arg(folder),
                    QString::fromLocal8Bit(std::strerror(errno)));
    auto pid = forkDetached(arguments, variables, out.get(), err.get(), null.get());
    if (!pid)
        return fail(pid.error());
    const auto stat = processStat(*pid);
    return QStringLiteral("%1:%2").arg(*pid).arg(stat ? stat->startTime : 0);
}

Result<QList<JobProbe>> LocalTarget::probe(const QList<JobHandle> &jobs)
{
    QList<JobProbe> probes;
    for (const JobHandle &job : jobs) {
        JobProbe probe{job.jobId};
        auto exited = [&](int code) {
            probe.state = JobProbe::State::Exited;
            probe.exitCode = code;
            if (code != 0)
                probe.lastError = lastErrorLine(job.jobFolder);
        };
        if (const auto code = exitCodeIn(job.jobFolder)) {
            exited(*code);
        } else if (const ProcessId process = processOf(job); process.pid <= 0) {
            probe.state = JobProbe::State::Pending;
        } else if (processAlive(process.pid, process.startTime)) {
            probe.state = JobProbe::State::Running;
        } else if (const auto lateCode = exitCodeIn(job.jobFolder)) {
            exited(*lateCode); // it ended between the two looks
        } else {
            probe.state = JobProbe::State::Vanished;
            probe.lastError = lastErrorLine(job.jobFolder);
        }
        probes.append(probe);
    }
    return probes;
}

Status LocalTarget::cancel(const JobHandle &job, int graceMs)
{
    const ProcessId process = processOf(job);
    if (process.pid <= 0)
        return fail(tr("The job %1 has no process to cancel yet. Try again in a moment.").arg(job.jobId));
    // The group id is the wrapper's pid; once the wrapper is gone, a group of that id that still
    // lives is the job's orphaned children (pids are not reused while a group holds them).
    if (!processAlive(process.pid, process.startTime) && !groupAlive(process.pid))
        return {};
    auto waitForGroup = [&](int ms) {
        QDeadlineTimer deadline(ms);
        while (groupAlive(process.pid)) {
            if (deadline.hasExpired())
                return false;
            QThread::msleep(20);
        }
        return true;
    };
    if (::kill(-pid_t(process.pid), SIGTERM) != 0 && errno != ESRCH)
        return fail(tr("Could not stop the job %1 (process group %2).").arg(job.jobId).arg(process.pid),
                    QString::fromLocal8Bit(std::strerror(errno)));
    if (waitForGroup(graceMs))
        return {};
    ::kill(-pid_t(process.pid), SIGKILL);
    if (!waitForGroup(5000))
        return fail(tr("The job %1 (process group %2) did not end after SIGKILL. It may be stuck in the kernel "
                       "(a hung disk or GPU driver).")
                        .arg(job.jobId)
                        .arg(process.pid));
    return {};
}

Result<QByteArray> LocalTarget::readLog(const JobHandle &job, LogStream stream, std::int64_t offset,
                                        std::int64_t maxBytes)
{
    QFile file(job.jobFolder + u'/' + (stream == LogStream::Stdout ? JobFiles::Stdout : JobFiles::Stderr));
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read the log %1.").arg(file.fileName()), file.errorString());
    if (offset >= file.size())
        return QByteArray();
    if (!file.seek(offset))
        return fail(tr("Could not read the log %1.").arg(file.fileName()), file.errorString());
    return file.read(maxBytes);
}

Result<QString> LocalTarget::newestFile(const QString &folder, const QString &pattern)
{
    const QRegularExpression matcher = QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive);
    if (!matcher.isValid())
        return fail(tr("The checkpoint pattern \"%1\" is not a valid glob.").arg(pattern));
    const QDir root(folder);
    QString newest;
    QDateTime newestTime;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (!matcher.match(root.relativeFilePath(file.filePath())).hasMatch())
            continue;
        const QDateTime modified = file.lastModified();
        // Equal times (a coarse file system, or files written within a millisecond): the
        // later name wins, so that step_10 after step_9 needs zero-padded names, as usual.
        if (newest.isEmpty() || modified > newestTime || (modified == newestTime && file.filePath() > newest)) {
            newest = file.filePath();
            newestTime = modified;
        }
    }
    return newest;
}

Result<std::shared_ptr<CommandRunner>> LocalTarget::commandRunner()
{
    return std::make_shared<LocalCommandRunner>();
}

} // namespace atelier
