// loadtest: HTTP load against a URL (closed loop or at a fixed rate), printed as JSON and kept with a deployment.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/project/project.h"
#include "core/serving/deployment_store.h"
#include "core/serving/load_generator.h"
#include "core/serving/load_test_store.h"
#include "core/tasks/task_context.h"

#include <QFile>
#include <QHash>

#include <climits>
#include <csignal>
#include <optional>

namespace atelier::cli {

namespace {

constexpr const char *LoadTestUsage =
    "loadtest URL --concurrency C [--threads T] [--rate R] (--duration S | --requests N) [--body FILE]... "
    "[--method M] [--header 'K: V']... [--timeout S] [--project DIR [--deployment NAME|ID]]";

// Options with a value (some repeatable), then the URL.
struct Parsed
{
    QString url;
    QHash<QString, QStringList> options;
    bool ok = true;

    QString option(const QString &name) const { return options.value(name).value(0); }
    bool has(const QString &name) const { return options.contains(name); }
};

Parsed parse(const QStringList &args)
{
    static const QStringList valued = {
        QStringLiteral("--concurrency"), QStringLiteral("--threads"), QStringLiteral("--rate"),
        QStringLiteral("--duration"), QStringLiteral("--requests"), QStringLiteral("--body"), QStringLiteral("--method"),
        QStringLiteral("--header"), QStringLiteral("--timeout"), QStringLiteral("--project"), QStringLiteral("--deployment")};
    static const QStringList repeatable = {QStringLiteral("--body"), QStringLiteral("--header")};
    Parsed parsed;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (valued.contains(arg) && i + 1 < args.size() && (repeatable.contains(arg) || !parsed.options.contains(arg)))
            parsed.options[arg].append(args[++i]);
        else if (arg.startsWith(QLatin1String("--")))
            parsed.ok = false;
        else
            positional.append(arg);
    }
    parsed.ok = parsed.ok && positional.size() == 1;
    parsed.url = positional.value(0);
    return parsed;
}

int usage()
{
    printError(Cli::tr("Usage: atelier %1").arg(QString::fromUtf8(LoadTestUsage)));
    return Misuse;
}

// A positive number given to `option`, or nothing after printing what was wrong.
std::optional<double> positive(const QString &text, const QString &option)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value > 0)) {
        printError(Cli::tr("%1 takes a number above 0, not \"%2\".").arg(option, text));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> wholePositive(const QString &text, const QString &option)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1) {
        printError(Cli::tr("%1 takes a whole number of 1 or more, not \"%2\".").arg(option, text));
        return std::nullopt;
    }
    return value;
}

// The settings from the options; nothing (after printing why) when one is wrong. The exit code
// for that case is left in `exitCode`.
std::optional<LoadSettings> settingsFrom(const Parsed &parsed, int &exitCode)
{
    exitCode = Misuse;
    if (!parsed.has(QStringLiteral("--concurrency"))
        || parsed.has(QStringLiteral("--duration")) == parsed.has(QStringLiteral("--requests"))
        || (parsed.has(QStringLiteral("--deployment")) && !parsed.has(QStringLiteral("--project")))) {
        usage();
        return std::nullopt;
    }
    LoadSettings settings;
    settings.url = parsed.url;
    const auto concurrency = wholePositive(parsed.option(QStringLiteral("--concurrency")), QStringLiteral("--concurrency"));
    const auto threads = wholePositive(parsed.options.value(QStringLiteral("--threads"), {QStringLiteral("1")}).constFirst(),
                                       QStringLiteral("--threads"));
    if (!concurrency || !threads)
        return std::nullopt;
    settings.concurrency = int(std::min<qint64>(*concurrency, INT_MAX));
    settings.threads = int(std::min<qint64>(*threads, INT_MAX));
    if (parsed.has(QStringLiteral("--requests"))) {
        settings.requests = wholePositive(parsed.option(QStringLiteral("--requests")), QStringLiteral("--requests"));
        if (!settings.requests)
            return std::nullopt;
    } else {
        const auto seconds = positive(parsed.option(QStringLiteral("--duration")), QStringLiteral("--duration"));
        if (!seconds)
            return std::nullopt;
        settings.duration = std::chrono::milliseconds(qint64(*seconds * 1000.0));
    }
    if (parsed.has(QStringLiteral("--rate"))) {
        settings.rate = positive(parsed.option(QStringLiteral("--rate")), QStringLiteral("--rate"));
        if (!settings.rate)
            return std::nullopt;
    }
    if (parsed.has(QStringLiteral("--timeout"))) {
        const auto seconds = positive(parsed.option(QStringLiteral("--timeout")), QStringLiteral("--timeout"));
        if (!seconds)
            return std::nullopt;
        settings.requestTimeout = std::chrono::milliseconds(std::max<qint64>(1, qint64(*seconds * 1000.0)));
    }
    for (const QString &header : parsed.options.value(QStringLiteral("--header"))) {
        if (!header.contains(u':') || header.startsWith(u':') || header.contains(u'\n') || header.contains(u'\r')) {
            printError(Cli::tr("--header takes \"Name: value\" on one line, not \"%1\".").arg(header));
            return std::nullopt;
        }
        settings.headers.append(header.toUtf8());
    }
    exitCode = Failure;
    for (const QString &path : parsed.options.value(QStringLiteral("--body"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(Cli::tr("Could not read the request body file \"%1\": %2.").arg(path, file.errorString()));
            return std::nullopt;
        }
        settings.bodies.append(file.readAll());
    }
    const QString method = parsed.option(QStringLiteral("--method"));
    settings.method = !method.isEmpty() ? method.toUpper().toUtf8()
                                        : (settings.bodies.isEmpty() ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"));
    return settings;
}

// Ctrl-C (or SIGTERM) ends the test early with the result so far. TaskContext::cancel() is one
// lock-free atomic store, which a signal handler may make.
TaskContext *interruptible = nullptr;

void interrupt(int)
{
    if (interruptible)
        interruptible->cancel();
}

class InterruptScope
{
public:
    explicit InterruptScope(TaskContext &context)
    {
        interruptible = &context;
        m_int = std::signal(SIGINT, interrupt);
        m_term = std::signal(SIGTERM, interrupt);
    }
    ~InterruptScope()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
        interruptible = nullptr;
    }

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

} // namespace

int loadTest(const QStringList &args)
{
    const Parsed parsed = parse(args);
    if (!parsed.ok)
        return usage();
    int exitCode = Success;
    const std::optional<LoadSettings> settings = settingsFrom(parsed, exitCode);
    if (!settings)
        return exitCode;
    if (auto ok = settings->validate(); !ok) {
        printError(ok.error());
        return Misuse;
    }

    // The project and the deployment are checked before the load, not after it.
    std::unique_ptr<Project> project;
    std::optional<std::int64_t> deploymentId;
    if (parsed.has(QStringLiteral("--project"))) {
        auto opened = Project::open(parsed.option(QStringLiteral("--project")));
        if (!succeeded(opened))
            return Failure;
        project = std::move(*opened);
        if (parsed.has(QStringLiteral("--deployment"))) {
            DeploymentStore deployments(project->database(), project->audit());
            auto deployment = deployments.deployment(parsed.option(QStringLiteral("--deployment")));
            if (!succeeded(deployment))
                return Failure;
            deploymentId = deployment->id;
        }
    }

    TaskContext context;
    Result<LoadResult> result = [&] {
        InterruptScope scope(context);
        return LoadGenerator::run(*settings, &context);
    }();
    if (!succeeded(result))
        return Failure;

    QJsonObject json = result->toJson();
    json.insert(QStringLiteral("url"), settings->url);
    json.insert(QStringLiteral("settings"), settings->toJson());
    if (project) {
        LoadTestStore store(project->database(), project->audit());
        auto id = store.save(LoadTestRecord::from(*settings, *result, deploymentId));
        if (!succeeded(id))
            return Failure;
        json.insert(QStringLiteral("load_test_id"), qint64(*id));
        if (deploymentId)
            json.insert(QStringLiteral("deployment_id"), qint64(*deploymentId));
    }
    printJson(json);
    if (result->canceled) {
        printError(Cli::tr("the load test was interrupted; the figures above cover the part that ran."));
        return Failure;
    }
    return Success;
}

} // namespace atelier::cli
