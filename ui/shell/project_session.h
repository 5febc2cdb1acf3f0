// ProjectSession: the window's open project: opening, creating and closing it, and loading its
// catalog, all as tasks so the GUI thread never waits on the disk.
#pragma once

#include "core/project/project_catalog.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace atelier {

class Project;
class TaskContext;
class TaskManager;

class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(TaskManager &tasks, QObject *parent = nullptr);
    ~ProjectSession() override;

    bool isOpen() const { return m_project != nullptr; }
    // The open project, for use on the GUI thread; null when none is open.
    Project *project() const { return m_project.get(); }
    QString folder() const;
    QString name() const;
    // A project is being opened or created.
    bool isOpening() const { return !m_pendingFolder.isEmpty(); }
    QString pendingFolder() const { return m_pendingFolder; }
    const ProjectCatalog &catalog() const { return m_catalog; }

    // Each replaces the open project once the new one is ready; on failure the old one stays.
    void open(const QString &folder);
    void create(const QString &folder);
    // Opens the demo project in `folder`, creating it there first when it is not a project yet.
    void openDemo(const QString &folder);
    void close();
    // Reloads the catalog from the store; no-op without a project.
    void refresh();

Q_SIGNALS:
    void openingStarted(const QString &folder);
    void opened(const QString &folder);
    void openFailed(const QString &folder, const QString &message, const QString &detail);
    void openCanceled(const QString &folder);
    void closed();
    void catalogLoaded();
    void catalogFailed(const QString &message, const QString &detail);

private:
    using Opener = std::function<Result<std::unique_ptr<Project>>(TaskContext &)>;
    void startOpening(const QString &title, const QString &folder, Opener opener);
    void adopt(std::unique_ptr<Project> project);
    void releaseOnWorker(std::unique_ptr<Project> project);

    TaskManager &m_tasks;
    std::unique_ptr<Project> m_project;
    ProjectCatalog m_catalog;
    QString m_pendingFolder;
    // Results of an open or a catalog load that a later request overtook are dropped.
    int m_openGeneration = 0;
    int m_catalogGeneration = 0;
};

} // namespace atelier
