// Runs the atelier executable under test (ATELIER_BINARY): a command to its end, or the workbench until it is killed.
#pragma once

#include "core/compute/job_store.h"
#include "core/project/project.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QThread>

#include <functional>

namespace atelier::testing {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline QString atelierBinary()
{
    return qEnvironmentVariable("ATELIER_BINARY");
}

inline Outcome runAtelier(const QStringList &args,
                          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(atelierBinary(), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// The workbench window on the offscreen platform, with a HOME of its own so that it leaves the
// user's settings alone. kill() sends SIGKILL, as a crash or a flat battery would: nothing of the
// workbench's own shutdown runs.
class WorkbenchProcess
{
public:
    explicit WorkbenchProcess(const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home);
        m_process.setProcessEnvironment(environment);
        // Its messages go to the test's log, and never fill a pipe that nobody reads.
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    }
    ~WorkbenchProcess() { kill(); }
    WorkbenchProcess(const WorkbenchProcess &) = delete;
    WorkbenchProcess &operator=(const WorkbenchProcess &) = delete;

    bool start(const QString &project)
    {
        m_process.start(atelierBinary(), {QStringLiteral("--project"), project});
        return m_process.waitForStarted(10000);
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

private:
    QProcess m_process;
};

// Calls `done` every 100 ms until it holds or `ms` have passed; whether it held.
inline bool eventually(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

// A job's state as the store of `project` has it now (queued when it cannot be read).
inline JobState storedJobState(const QString &project, qint64 id)
{
    auto opened = Project::open(project);
    if (!opened)
        return JobState::Queued;
    return JobStore((*opened)->database(), (*opened)->audit()).job(id).value_or(JobRecord{}).state;
}

// The workbench follows job `id` of `project` and dies (SIGKILL) while the job runs; the job goes
// on without it, until its wrapper writes `exitCodeFile`; the next workbench then re-attaches and
// records the end. Empty when all that happened, else what did not.
inline QString reattachAfterKilledWorkbench(const QString &project, qint64 id, const QString &home,
                                            const QString &exitCodeFile)
{
    WorkbenchProcess first(home);
    if (!first.start(project))
        return QStringLiteral("the workbench did not start");
    if (!eventually([&] { return storedJobState(project, id) == JobState::Running; }, 30000))
        return QStringLiteral("the workbench never saw the job run");
    first.kill();
    if (!eventually([&] { return QFileInfo::exists(exitCodeFile); }, 60000))
        return QStringLiteral("the job did not end without the workbench");
    if (storedJobState(project, id) != JobState::Running)
        return QStringLiteral("someone recorded the end while no workbench ran");
    WorkbenchProcess second(home);
    if (!second.start(project))
        return QStringLiteral("the second workbench did not start");
    if (!eventually([&] { return storedJobState(project, id) == JobState::Succeeded; }, 30000))
        return QStringLiteral("the next workbench did not re-attach and record the success");
    return {};
}

} // namespace atelier::testing
