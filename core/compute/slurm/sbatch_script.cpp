// SbatchScript: #SBATCH lines from the launch's resources and options, a body that runs the job wrapper.
#include "core/compute/slurm/sbatch_script.h"

#include "core/compute/ssh/shell_quote.h"

#include <QRegularExpression>

namespace atelier {

namespace {

// Partition and account names: what Slurm itself accepts in slurm.conf and sacctmgr.
bool isSlurmName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return pattern.match(name).hasMatch();
}

bool isArraySpec(const QString &spec)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]+(-[0-9]+(:[0-9]+)?)?(,[0-9]+(-[0-9]+(:[0-9]+)?)?)*(%[0-9]+)?$"));
    return pattern.match(spec).hasMatch();
}

bool isVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Slurm's "days-hours:minutes:seconds".
QString slurmDuration(std::int64_t seconds)
{
    return QStringLiteral("%1-%2:%3:%4")
        .arg(seconds / 86400)
        .arg(seconds / 3600 % 24, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Slurm expands filename patterns (%j, %a ...) in --output and --error; "%%" is a plain '%'.
QString withoutPatterns(const QString &path)
{
    QString escaped = path;
    return escaped.replace(u'%', QStringLiteral("%%"));
}

// A path in an #SBATCH line: in double quotes, taken literally.
QString sbatchPath(const QString &path)
{
    return u'"' + withoutPatterns(path) + u'"';
}

} // namespace

QStringList SbatchScript::submitArguments()
{
    return {QStringLiteral("sbatch"), QStringLiteral("--parsable")};
}

QString SbatchScript::jobName(std::int64_t jobId)
{
    return QStringLiteral("atelier-%1").arg(jobId);
}

Result<SbatchScript> SbatchScript::build(const JobLaunch &launch, const SlurmOptions &options)
{
    if (launch.command.isEmpty())
        return fail(tr("The job %1 has no command to run.").arg(launch.jobId));
    if (!launch.jobFolder.startsWith(u'/'))
        return fail(tr("The job folder \"%1\" is not an absolute path. Slurm needs one for the job's output.")
                        .arg(launch.jobFolder));
    // Neither a #SBATCH line nor its double quotes can hold these; the folder is Atelier's own,
    // so only a project folder with such a name gets here.
    if (launch.jobFolder.contains(u'"') || launch.jobFolder.contains(u'\n') || launch.jobFolder.contains(u'\r'))
        return fail(tr("The job folder \"%1\" contains a double quote or a line break, which an #SBATCH line "
                       "cannot hold. Move the project to a folder without them.")
                        .arg(launch.jobFolder));
    if (!options.partition.isEmpty() && !isSlurmName(options.partition))
        return fail(tr("The partition name \"%1\" is not valid: use letters, digits, '_', '-' and '.'.")
                        .arg(options.partition));
    if (!options.account.isEmpty() && !isSlurmName(options.account))
        return fail(tr("The account name \"%1\" is not valid: use letters, digits, '_', '-' and '.'.")
                        .arg(options.account));
    if (!options.array.isEmpty() && !isArraySpec(options.array))
        return fail(tr("The array \"%1\" is not a Slurm array: write indices like 0-9, 1,3,5 or 0-99:2%10.")
                        .arg(options.array));
    const JobResources &resources = launch.resources;
    if (options.nodes < 0 || options.tasksPerNode < 0 || resources.gpus < 0 || resources.cpus < 0
        || resources.memoryMb < 0 || resources.timeLimitSeconds < 0)
        return fail(tr("The job %1 asks for a negative number of nodes, tasks, GPUs, CPUs, memory or time.")
                        .arg(launch.jobId));
    for (const JobVariable &variable : launch.environment) {
        if (!isVariableName(variable.name))
            return fail(tr("\"%1\" is not a valid environment variable name: use letters, digits and '_', "
                           "not starting with a digit.")
                            .arg(variable.name));
    }

    QStringList lines = {QStringLiteral("#!/bin/sh")};
    auto sbatch = [&lines](const QString &option) { lines.append(QStringLiteral("#SBATCH ") + option); };
    sbatch(QStringLiteral("--job-name=") + jobName(launch.jobId));
    const bool isArray = !options.array.isEmpty();
    if (isArray) {
        sbatch(QStringLiteral("--array=") + options.array);
        // The only pattern Atelier writes itself: %a, the task id.
        sbatch(QStringLiteral("--output=\"") + withoutPatterns(launch.jobFolder) + QStringLiteral("/slurm-%a.out\""));
    } else {
        sbatch(QStringLiteral("--output=") + sbatchPath(launch.jobFolder + u'/' + JobFiles::Stdout));
        sbatch(QStringLiteral("--error=") + sbatchPath(launch.jobFolder + u'/' + JobFiles::Stderr));
    }
    sbatch(QStringLiteral("--open-mode=append"));
    sbatch(QStringLiteral("--chdir=") + sbatchPath(launch.jobFolder));
    if (!options.partition.isEmpty())
        sbatch(QStringLiteral("--partition=") + options.partition);
    if (!options.account.isEmpty())
        sbatch(QStringLiteral("--account=") + options.account);
    if (options.nodes > 0)
        sbatch(QStringLiteral("--nodes=%1").arg(options.nodes));
    if (options.tasksPerNode > 0)
        sbatch(QStringLiteral("--ntasks-per-node=%1").arg(options.tasksPerNode));
    if (resources.cpus > 0)
        sbatch(QStringLiteral("--cpus-per-task=%1").arg(resources.cpus));
    if (resources.memoryMb > 0)
        sbatch(QStringLiteral("--mem=%1M").arg(resources.memoryMb));
    if (resources.gpus > 0)
        sbatch(options.gpuRequest == SlurmOptions::GpuRequest::Gres ? QStringLiteral("--gres=gpu:%1").arg(resources.gpus)
                                                                    : QStringLiteral("--gpus=%1").arg(resources.gpus));
    if (resources.timeLimitSeconds > 0)
        sbatch(QStringLiteral("--time=") + slurmDuration(resources.timeLimitSeconds));

    QByteArray text = lines.join(u'\n').toUtf8() + '\n';
    for (const JobVariable &variable : launch.environment)
        text += "export " + variable.name.toUtf8() + '=' + shellQuote(variable.value) + '\n';
    text += "folder=" + shellQuote(launch.jobFolder) + '\n';
    if (isArray) {
        text += "folder=\"$folder/$SLURM_ARRAY_TASK_ID\"\n"
                "mkdir -p \"$folder\" || exit 1\n"
                "exec >>\"$folder/stdout\" 2>>\"$folder/stderr\"\n";
    }
    // A relative working folder is relative to the job's folder, as on the other targets.
    const QString work = launch.workingFolder.isEmpty() ? QStringLiteral(".") : launch.workingFolder;
    text += "work=" + shellQuote(work) + '\n';
    text += "case $work in /*) ;; *) work=\"$folder/$work\" ;; esac\n";
    QStringList wrapper = {QStringLiteral("/bin/sh"), QStringLiteral("-c"), jobWrapperScript(), QStringLiteral("sh")};
    text += "exec " + shellCommand(wrapper) + " \"$folder\" \"$work\" " + shellCommand(launch.command) + '\n';
    return SbatchScript(text);
}

} // namespace atelier
