// Project: a folder holding atelier.db (the store) and blobs/ (content-addressed files).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <memory>
#include <utility>

namespace atelier {

class AuditLog;
class BlobStore;
class Database;

// Schema version and row counts per entity, as `atelier project info` prints them.
struct ProjectSummary
{
    QString folder;
    int schemaVersion = 0;
    QList<std::pair<QString, std::int64_t>> counts; // table name, rows
};

class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    static QString databaseFileName() { return QStringLiteral("atelier.db"); }
    static QString blobsFolderName() { return QStringLiteral("blobs"); }

    // Makes a new project in `folder` (created when missing; must not hold a project already).
    [[nodiscard]] static Result<std::unique_ptr<Project>> create(const QString &folder);

    // Opens an existing project, upgrading its schema when it is older. A folder that is not a
    // project, a foreign or damaged file, a read-only folder or a newer schema is refused with
    // nothing on disk changed.
    [[nodiscard]] static Result<std::unique_ptr<Project>> open(const QString &folder);

    // A further connection to an open project's database, for a worker thread.
    [[nodiscard]] static Result<std::unique_ptr<Database>> connect(const QString &folder);

    // Whether `folder` holds an atelier.db (without opening it).
    static bool looksLikeProject(const QString &folder);

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QString folder() const { return m_folder; }
    QString name() const;
    QString databasePath() const;
    Database &database() { return *m_db; }
    AuditLog &audit() { return *m_audit; }
    BlobStore &blobs() { return *m_blobs; }

    [[nodiscard]] Result<ProjectSummary> summary();
    // Integrity and foreign-key problems, empty when the store is sound.
    [[nodiscard]] Result<QStringList> check();
    [[nodiscard]] Status backupTo(const QString &targetPath);

    // Who made a change, for the audit log: the operating-system user.
    static QString currentActor();

private:
    Project(QString folder, std::unique_ptr<Database> db);
    [[nodiscard]] static Status inspectBeforeOpening(const QString &folder);

    QString m_folder;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<BlobStore> m_blobs;
};

} // namespace atelier
