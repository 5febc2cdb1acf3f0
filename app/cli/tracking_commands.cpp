// tracking serve: run the MLflow-compatible tracking server for a project without a window.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/project/project.h"
#include "core/tracking/mlflow_server.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace atelier::cli {

namespace {

constexpr const char *Usage = "tracking serve DIR [--port P]";

struct ServeArguments
{
    QString folder;
    quint16 port = 0;
};

std::optional<ServeArguments> parse(const QStringList &args)
{
    ServeArguments parsed;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--port") && i + 1 < args.size()) {
            bool ok = false;
            const uint port = args[++i].toUInt(&ok);
            if (!ok || port > 65535) {
                printError(Cli::tr("--port takes a port number from 0 (any free port) to 65535, not \"%1\".")
                               .arg(args[i]));
                return std::nullopt;
            }
            parsed.port = quint16(port);
        } else {
            positional.append(args[i]);
        }
    }
    if (positional.size() != 1) {
        printError(Cli::tr("expected one project folder. Usage: atelier %1").arg(QString::fromLatin1(Usage)));
        return std::nullopt;
    }
    parsed.folder = positional.constFirst();
    return parsed;
}

// SIGINT and SIGTERM end the event loop through a socket pair, since a signal handler may only
// do async-signal-safe work such as write().
int signalSockets[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    if (::write(signalSockets[1], &byte, 1) < 0) {
        // Nothing can be reported from inside a signal handler.
    }
}

bool quitOnStopSignals(QSocketNotifier **notifier)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return false;
    *notifier = new QSocketNotifier(signalSockets[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(*notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace

int trackingServe(const QStringList &args)
{
    const auto parsed = parse(args);
    if (!parsed)
        return Misuse;
    // Opening the project upgrades its schema; the server then makes its own connection.
    auto project = Project::open(parsed->folder);
    if (!succeeded(project))
        return Failure;
    QSocketNotifier *notifier = nullptr;
    if (!quitOnStopSignals(&notifier)) {
        printError(Cli::tr("could not set up the handling of SIGINT and SIGTERM."));
        return Failure;
    }
    MlflowServer server;
    auto port = server.start((*project)->folder(), parsed->port);
    if (!succeeded(port))
        return Failure;
    printJson({{QStringLiteral("url"), server.url()}});
    std::fflush(stdout);
    QCoreApplication::exec();
    server.stop();
    return Success;
}

} // namespace atelier::cli
