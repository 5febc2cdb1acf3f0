// JobSpec: validation and the JSON form kept in job.spec.
#include "core/compute/job_spec.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <utility>

namespace atelier {

namespace {

const std::array<std::pair<JobState, const char *>, 8> StateNames = {{
    {JobState::Queued, "queued"},
    {JobState::Syncing, "syncing"},
    {JobState::Submitted, "submitted"},
    {JobState::Running, "running"},
    {JobState::Succeeded, "succeeded"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Lost, "lost"},
}};

bool isVariableName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

} // namespace

QString jobStateName(JobState state)
{
    for (const auto &[value, name] : StateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (const auto &[value, text] : StateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isFinished(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled
           || state == JobState::Lost;
}

Status JobSpec::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(tr("The job has no name. Give it one, such as \"train-resnet\"."));
    if (command.isEmpty() || command.constFirst().isEmpty())
        return fail(tr("The job \"%1\" has no command. Give the program to run and its arguments.").arg(name));
    for (const JobVariable &variable : environment) {
        if (!isVariableName(variable.name))
            return fail(tr("The environment variable name \"%1\" of the job \"%2\" is not valid. Use letters, "
                           "digits and '_', not starting with a digit.")
                            .arg(variable.name, name));
    }
    if (resources.gpus < 0 || resources.cpus < 0 || resources.memoryMb < 0 || resources.timeLimitSeconds < 0
        || retries < 0)
        return fail(tr("The job \"%1\" asks for a negative count (GPUs, CPUs, memory, time limit or retries). "
                       "Use 0 or more.")
                        .arg(name));
    return {};
}

QJsonObject JobSpec::toJson() const
{
    QJsonArray environmentJson;
    for (const JobVariable &variable : environment)
        environmentJson.append(QJsonArray{variable.name, variable.value});
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("command"), QJsonArray::fromStringList(command)},
        {QStringLiteral("working_folder"), workingFolder},
        {QStringLiteral("environment"), environmentJson},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("gpus"), resources.gpus},
                     {QStringLiteral("cpus"), resources.cpus},
                     {QStringLiteral("memory_mb"), qint64(resources.memoryMb)},
                     {QStringLiteral("time_limit_s"), qint64(resources.timeLimitSeconds)}}},
        {QStringLiteral("target"), target},
        {QStringLiteral("experiment"), experiment},
        {QStringLiteral("output_folder"), outputFolder},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("checkpoint_pattern"), checkpointPattern},
    };
    if (datasetVersionId)
        json.insert(QStringLiteral("dataset_version_id"), qint64(*datasetVersionId));
    return json;
}

Result<JobSpec> JobSpec::fromJson(const QJsonObject &json)
{
    JobSpec spec;
    spec.name = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue &argument : json.value(QStringLiteral("command")).toArray())
        spec.command.append(argument.toString());
    spec.workingFolder = json.value(QStringLiteral("working_folder")).toString();
    for (const QJsonValue &pair : json.value(QStringLiteral("environment")).toArray()) {
        const QJsonArray nameValue = pair.toArray();
        if (nameValue.size() != 2)
            return fail(tr("The stored spec of the job \"%1\" has a malformed environment entry.").arg(spec.name));
        spec.environment.append({nameValue[0].toString(), nameValue[1].toString()});
    }
    const QJsonObject resources = json.value(QStringLiteral("resources")).toObject();
    spec.resources.gpus = resources.value(QStringLiteral("gpus")).toInt();
    spec.resources.cpus = resources.value(QStringLiteral("cpus")).toInt();
    spec.resources.memoryMb = resources.value(QStringLiteral("memory_mb")).toInteger();
    spec.resources.timeLimitSeconds = resources.value(QStringLiteral("time_limit_s")).toInteger();
    spec.target = json.value(QStringLiteral("target")).toString();
    spec.experiment = json.value(QStringLiteral("experiment")).toString();
    if (json.contains(QStringLiteral("dataset_version_id")))
        spec.datasetVersionId = json.value(QStringLiteral("dataset_version_id")).toInteger();
    spec.outputFolder = json.value(QStringLiteral("output_folder")).toString();
    spec.retries = json.value(QStringLiteral("retries")).toInt();
    spec.checkpointPattern = json.value(QStringLiteral("checkpoint_pattern")).toString();
    if (auto ok = spec.validate(); !ok)
        return fail(ok.error());
    return spec;
}

} // namespace atelier
