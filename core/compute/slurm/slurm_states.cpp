// SlurmStates: command lines and line-by-line parsers for squeue, sacct and scontrol.
#include "core/compute/slurm/slurm_states.h"

#include <QHash>
#include <QRegularExpression>

namespace atelier {

namespace {

// JOBID_[0-3,7%2] (a pending array range) as JOBID_0 ... JOBID_3, JOBID_7; other ids as they are.
QStringList expandArrayRange(const QString &jobId)
{
    static const QRegularExpression range(QStringLiteral("^([0-9]+)_\\[([0-9,\\-:]+)(%[0-9]+)?\\]$"));
    const QRegularExpressionMatch match = range.match(jobId);
    if (!match.hasMatch())
        return {jobId};
    QStringList ids;
    for (const QString &part : match.captured(2).split(u',', Qt::SkipEmptyParts)) {
        const QStringList stepParts = part.split(u':');
        const QStringList bounds = stepParts[0].split(u'-');
        const int first = bounds[0].toInt();
        const int last = bounds.size() > 1 ? bounds[1].toInt() : first;
        const int step = stepParts.size() > 1 ? std::max(1, stepParts[1].toInt()) : 1;
        // A range too large to list is one no Atelier job belongs to (sweeps are small).
        if (last - first > 100000)
            return {jobId};
        for (int task = first; task <= last; task += step)
            ids.append(match.captured(1) + u'_' + QString::number(task));
    }
    return ids;
}

// "3:0" (code:signal) as 3.
std::optional<int> exitCodeOf(const QString &text)
{
    bool ok = false;
    const int code = text.section(u':', 0, 0).toInt(&ok);
    return ok ? std::optional(code) : std::nullopt;
}

// "CANCELLED by 0" as CANCELLED.
QString stateWord(const QString &text)
{
    return text.section(u' ', 0, 0).trimmed();
}

QList<QStringList> fieldLines(const QByteArray &output, int fieldCount)
{
    QList<QStringList> lines;
    for (const QByteArray &line : output.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList fields = text.split(u'|');
        if (fields.size() < fieldCount)
            return {{text}};
        lines.append(fields);
    }
    return lines;
}

Error malformed(const QString &command, const QString &line)
{
    return Error{SlurmStates::tr("%1 answered in a form Atelier does not read. Check that the cluster runs "
                                 "Slurm 20.11 or newer.")
                     .arg(command),
                 line};
}

// `Key=value` from one line of `scontrol -o show job`; the value ends at the next space.
QString scontrolField(QStringView text, const QString &key)
{
    const QString needle = u' ' + key + u'=';
    const qsizetype start = text.indexOf(needle);
    if (start < 0)
        return {};
    const qsizetype valueStart = start + needle.size();
    const qsizetype end = text.indexOf(u' ', valueStart);
    return text.mid(valueStart, end < 0 ? -1 : end - valueStart).toString();
}

} // namespace

SlurmStates::Phase SlurmStates::phase(const QString &state)
{
    static const QHash<QString, Phase> phases = {
        {QStringLiteral("PENDING"), Phase::Waiting},
        {QStringLiteral("CONFIGURING"), Phase::Waiting},
        {QStringLiteral("REQUEUED"), Phase::Waiting},
        {QStringLiteral("REQUEUE_HOLD"), Phase::Waiting},
        {QStringLiteral("REQUEUE_FED"), Phase::Waiting},
        {QStringLiteral("RESV_DEL_HOLD"), Phase::Waiting},
        {QStringLiteral("RUNNING"), Phase::Active},
        {QStringLiteral("COMPLETING"), Phase::Active},
        {QStringLiteral("SUSPENDED"), Phase::Active},
        {QStringLiteral("STOPPED"), Phase::Active},
        {QStringLiteral("SIGNALING"), Phase::Active},
        {QStringLiteral("STAGE_OUT"), Phase::Active},
        {QStringLiteral("RESIZING"), Phase::Active},
        {QStringLiteral("COMPLETED"), Phase::Ended},
        {QStringLiteral("FAILED"), Phase::Ended},
        {QStringLiteral("CANCELLED"), Phase::Ended},
        {QStringLiteral("TIMEOUT"), Phase::Ended},
        {QStringLiteral("NODE_FAIL"), Phase::Ended},
        {QStringLiteral("OUT_OF_MEMORY"), Phase::Ended},
        {QStringLiteral("BOOT_FAIL"), Phase::Ended},
        {QStringLiteral("DEADLINE"), Phase::Ended},
        {QStringLiteral("PREEMPTED"), Phase::Ended},
        {QStringLiteral("SPECIAL_EXIT"), Phase::Ended},
        {QStringLiteral("REVOKED"), Phase::Ended},
    };
    return phases.value(state, Phase::Active);
}

QStringList SlurmStates::squeueArguments(const QStringList &jobIds)
{
    return {QStringLiteral("squeue"), QStringLiteral("--noheader"), QStringLiteral("--jobs=") + jobIds.join(u','),
            QStringLiteral("--format=%i|%T|%r")};
}

QStringList SlurmStates::sacctArguments(const QStringList &jobIds)
{
    return {QStringLiteral("sacct"), QStringLiteral("--parsable2"), QStringLiteral("--noheader"),
            QStringLiteral("--format=JobID,State,ExitCode"), QStringLiteral("--jobs=") + jobIds.join(u',')};
}

QStringList SlurmStates::scontrolArguments()
{
    return {QStringLiteral("scontrol"), QStringLiteral("--oneliner"), QStringLiteral("show"), QStringLiteral("job")};
}

bool SlurmStates::isUnknownJobsAnswer(const QByteArray &standardError)
{
    return standardError.contains("Invalid job id specified");
}

bool SlurmStates::isAccountingDisabledAnswer(const QByteArray &standardError)
{
    return standardError.contains("accounting storage is disabled");
}

Result<QList<SlurmJobState>> SlurmStates::parseSqueue(const QByteArray &output)
{
    QList<SlurmJobState> states;
    for (const QStringList &fields : fieldLines(output, 3)) {
        if (fields.size() < 3)
            return fail(malformed(QStringLiteral("squeue"), fields.value(0)));
        for (const QString &id : expandArrayRange(fields[0]))
            states.append({id, stateWord(fields[1]), fields[2], std::nullopt});
    }
    return states;
}

Result<QList<SlurmJobState>> SlurmStates::parseSacct(const QByteArray &output)
{
    QList<SlurmJobState> states;
    for (const QStringList &fields : fieldLines(output, 3)) {
        if (fields.size() < 3)
            return fail(malformed(QStringLiteral("sacct"), fields.value(0)));
        if (fields[0].contains(u'.'))
            continue;
        for (const QString &id : expandArrayRange(fields[0]))
            states.append({id, stateWord(fields[1]), QString(), exitCodeOf(fields[2])});
    }
    return states;
}

Result<QList<SlurmJobState>> SlurmStates::parseScontrol(const QByteArray &output)
{
    QList<SlurmJobState> states;
    for (const QByteArray &line : output.split('\n')) {
        const QString text = u' ' + QString::fromUtf8(line).trimmed();
        if (text.trimmed().isEmpty() || text.trimmed() == QLatin1String("No jobs in the system"))
            continue;
        // The job's name (free text, spaces and all) comes before UserId, the fields read here
        // after it, except the ids, which come before the name.
        const qsizetype nameAt = text.indexOf(QLatin1String(" JobName="));
        const qsizetype userAt = text.indexOf(QLatin1String(" UserId="), std::max<qsizetype>(0, nameAt));
        if (nameAt < 0 || userAt < 0)
            return fail(malformed(QStringLiteral("scontrol"), text.trimmed()));
        const QStringView ids = QStringView(text).left(nameAt);
        const QStringView rest = QStringView(text).mid(userAt);
        const QString arrayJob = scontrolField(ids, QStringLiteral("ArrayJobId"));
        const QString jobId = arrayJob.isEmpty() ? scontrolField(ids, QStringLiteral("JobId"))
                                                 : arrayJob + u'_' + scontrolField(ids, QStringLiteral("ArrayTaskId"));
        const QString state = scontrolField(rest, QStringLiteral("JobState"));
        if (jobId.isEmpty() || state.isEmpty())
            return fail(malformed(QStringLiteral("scontrol"), text.trimmed()));
        // A pending task range has ArrayTaskId=2-3%2: the same form as squeue's brackets.
        const QString listed = jobId.contains(u'-') || jobId.contains(u',')
                                   ? jobId.section(u'_', 0, 0) + QStringLiteral("_[") + jobId.section(u'_', 1) + u']'
                                   : jobId;
        for (const QString &id : expandArrayRange(listed))
            states.append({id, state, scontrolField(rest, QStringLiteral("Reason")),
                           exitCodeOf(scontrolField(rest, QStringLiteral("ExitCode")))});
    }
    return states;
}

} // namespace atelier
