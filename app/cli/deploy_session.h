// DeploySession: an open project with a deployment supervisor for the deploy commands, and their argument parsing.
#pragma once

#include "core/project/project.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/tasks/task_manager.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace atelier::cli {

// Options with a value (each may repeat), the positional words, and what follows "--".
struct DeployArguments
{
    QStringList positional;
    QHash<QString, QStringList> options;
    QStringList command;
    bool ok = true;

    QString option(const QString &name) const { return options.value(name).value(0); }
    bool has(const QString &name) const { return options.contains(name); }

    static DeployArguments parse(const QStringList &args, const QStringList &valued);
};

int deployUsage(const char *synopsis);
// A whole number from 0 to `highest`, or an error naming the option.
std::optional<int> wholeNumber(const QString &text, const QString &option, int highest);

// The command line waits in an event loop for what the supervisor reports.
class DeploySession
{
public:
    static std::unique_ptr<DeploySession> open(const QString &folder);
    ~DeploySession();

    // Runs the event loop until `done` holds (checked after every signal and every 100 ms) or
    // the deadline passes; false on the deadline.
    bool waitUntil(const std::function<bool()> &done, QDeadlineTimer deadline);

    std::optional<DeploymentRecord> deployment(const QString &nameOrId);
    // "VERSION:WEIGHT" or "MODEL/VERSION:WEIGHT" (VERSION of `model` when no model is named).
    std::optional<RouteWeight> routeWeight(const QString &text, const QString &model);
    // What `deploy status` prints: the record, the last probe, the routes, events and latest figures.
    QJsonObject json(const DeploymentRecord &record);

    std::unique_ptr<Project> project;
    TaskManager tasks;
    DeploymentSupervisor supervisor;
    DeploymentStore store;

private:
    explicit DeploySession(std::unique_ptr<Project> opened);
    QJsonArray routesJson(const DeploymentRecord &record);
};

} // namespace atelier::cli
