// ProjectSession: a project is opened on a worker into a shared slot; the done callback, back on
// the GUI thread, adopts it. Requests that a newer one overtook are recognised by a generation
// number and dropped, so a slow open can never replace a project the user chose after it.
#include "ui/shell/project_session.h"

#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"

#include <QDir>

namespace atelier {

namespace {

// What an opening task hands back to the GUI thread.
struct Opening
{
    std::unique_ptr<Project> project;
    bool canceled = false;
};

} // namespace

ProjectSession::ProjectSession(TaskManager &tasks, QObject *parent)
    : QObject(parent)
    , m_tasks(tasks)
{}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::folder() const
{
    return m_project ? m_project->folder() : QString();
}

QString ProjectSession::name() const
{
    return m_project ? m_project->name() : QString();
}

void ProjectSession::open(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    startOpening(tr("Opening project %1").arg(QDir(absolute).dirName()), absolute,
                 [absolute](TaskContext &) { return Project::open(absolute); });
}

void ProjectSession::create(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    startOpening(tr("Creating project %1").arg(QDir(absolute).dirName()), absolute,
                 [absolute](TaskContext &) { return Project::create(absolute); });
}

void ProjectSession::openDemo(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    // Whether the demo exists is decided on the worker too: even a stat may wait on a slow disk.
    startOpening(tr("Opening the demo project"), absolute,
                 [absolute](TaskContext &context) -> Result<std::unique_ptr<Project>> {
                     if (Project::looksLikeProject(absolute))
                         return Project::open(absolute);
                     return DemoProject::create(absolute, context);
                 });
}

void ProjectSession::startOpening(const QString &title, const QString &folder, Opener opener)
{
    const int generation = ++m_openGeneration;
    m_pendingFolder = folder;
    Q_EMIT openingStarted(folder);

    auto slot = std::make_shared<Opening>();
    auto work = [opener = std::move(opener), slot](TaskContext &context) -> Status {
        auto project = opener(context);
        slot->canceled = context.isCanceled();
        if (!project)
            return fail(project.error());
        slot->project = std::move(*project);
        return {};
    };
    auto done = [this, generation, folder, slot](const Status &status) {
        if (generation != m_openGeneration)
            return;
        m_pendingFolder.clear();
        if (slot->canceled)
            Q_EMIT openCanceled(folder);
        else if (!status)
            Q_EMIT openFailed(folder, status.error().message, status.error().detail);
        else
            adopt(std::move(slot->project));
    };
    m_tasks.start(title, std::move(work), this, std::move(done));
}

void ProjectSession::adopt(std::unique_ptr<Project> project)
{
    if (m_project) {
        releaseOnWorker(std::move(m_project));
        m_catalog = {};
        Q_EMIT closed();
    }
    m_project = std::move(project);
    Q_EMIT opened(m_project->folder());
    refresh();
}

void ProjectSession::close()
{
    ++m_openGeneration;
    m_pendingFolder.clear();
    if (!m_project)
        return;
    ++m_catalogGeneration;
    releaseOnWorker(std::move(m_project));
    m_catalog = {};
    Q_EMIT closed();
}

void ProjectSession::releaseOnWorker(std::unique_ptr<Project> project)
{
    // Closing the connection checkpoints the write-ahead log: disk work, so not on this thread.
    const QString title = tr("Closing project %1").arg(project->name());
    auto holder = std::make_shared<std::unique_ptr<Project>>(std::move(project));
    m_tasks.start(title, [holder](TaskContext &) -> Status {
        holder->reset();
        return {};
    });
}

void ProjectSession::refresh()
{
    if (!m_project)
        return;
    const int generation = ++m_catalogGeneration;
    const QString projectFolder = m_project->folder();
    auto slot = std::make_shared<ProjectCatalog>();
    auto work = [projectFolder, slot](TaskContext &) -> Status {
        auto catalog = ProjectCatalog::loadFromFolder(projectFolder);
        if (!catalog)
            return fail(catalog.error());
        *slot = std::move(*catalog);
        return {};
    };
    auto done = [this, generation, slot](const Status &status) {
        if (generation != m_catalogGeneration)
            return;
        if (!status) {
            Q_EMIT catalogFailed(status.error().message, status.error().detail);
            return;
        }
        m_catalog = std::move(*slot);
        Q_EMIT catalogLoaded();
    };
    m_tasks.start(tr("Loading the catalog of %1").arg(m_project->name()), std::move(work), this,
                  std::move(done));
}

} // namespace atelier
