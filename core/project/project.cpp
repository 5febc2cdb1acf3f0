// Project: create, open (inspecting first, so refused files stay untouched), summarise and check.
#include "core/project/project.h"

#include "core/project/blob_store.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/database_header.h"
#include "core/store/migrator.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <array>

#include <pwd.h>
#include <unistd.h>

namespace atelier {

namespace {

// Every table of the schema that `project info` counts, in the order it prints them.
constexpr std::array<const char *, 20> CountedTables = {
    "dataset", "image", "label_class", "shape", "dataset_version",
    "experiment", "run", "param", "tag", "metric_point", "artifact",
    "compute_target", "job", "job_event",
    "model", "model_version", "deployment", "deployment_sample", "prediction_set",
    "audit"};

QString databasePathIn(const QString &folder)
{
    return QDir(folder).filePath(Project::databaseFileName());
}

} // namespace

Project::Project(QString folder, std::unique_ptr<Database> db)
    : m_folder(std::move(folder))
    , m_db(std::move(db))
    , m_audit(std::make_unique<AuditLog>(*m_db, currentActor()))
    , m_blobs(std::make_unique<BlobStore>(QDir(m_folder).filePath(blobsFolderName())))
{}

Project::~Project() = default;

QString Project::currentActor()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Services and containers often set none of them; the account still has a name.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

bool Project::looksLikeProject(const QString &folder)
{
    return QFileInfo(databasePathIn(folder)).isFile();
}

QString Project::name() const
{
    return QDir(m_folder).dirName();
}

QString Project::databasePath() const
{
    return databasePathIn(m_folder);
}

Result<std::unique_ptr<Project>> Project::create(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    if (looksLikeProject(absolute))
        return fail(tr("%1 already holds an Atelier project. Open it instead, or choose an empty "
                       "folder.").arg(absolute));
    if (QFileInfo(absolute).exists() && !QFileInfo(absolute).isDir())
        return fail(tr("%1 is a file, not a folder. Choose a folder for the new project.").arg(absolute));
    if (!QDir().mkpath(absolute) || !QDir(absolute).mkpath(blobsFolderName()))
        return fail(tr("Could not create the project folder %1. Check that its parent folder "
                       "exists and is writable.").arg(absolute));

    auto db = Database::open(databasePathIn(absolute), Database::OpenMode::Create);
    if (!db)
        return fail(withContext(tr("Could not create the project in %1").arg(absolute), db.error()));
    if (auto wal = (*db)->exec("PRAGMA journal_mode = WAL"); !wal)
        return fail(wal.error());
    if (auto migrated = Migrator::migrate(**db); !migrated)
        return fail(migrated.error());

    std::unique_ptr<Project> project(new Project(absolute, std::move(*db)));
    auto transaction = Transaction::begin(project->database());
    if (!transaction)
        return fail(transaction.error());
    if (auto ok = project->audit().record(QStringLiteral("project.create"), QStringLiteral("project"),
                                          project->name(),
                                          {{QStringLiteral("schema"), Migrator::latestVersion()}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return project;
}

Status Project::inspectBeforeOpening(const QString &folder)
{
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return fail(tr("The folder %1 does not exist. Choose an existing project folder.").arg(folder));
    const QString dbPath = databasePathIn(folder);
    if (!QFileInfo(dbPath).isFile())
        return fail(tr("%1 is not an Atelier project: it has no %2. Open a project folder, or "
                       "create a new project (File > New Project or `atelier project init`).")
                        .arg(folder, databaseFileName()));
    if (!folderInfo.isWritable() || !QFileInfo(dbPath).isWritable())
        return fail(tr("The project %1 is read-only: Atelier needs to write %2 and its journal "
                       "in that folder. Make the folder and the file writable, or copy the "
                       "project somewhere you can write.")
                        .arg(folder, databaseFileName()));

    // Only the file header is read here: a foreign, damaged or newer file is refused before
    // SQLite could create a journal beside it or a migration could write to it.
    auto header = DatabaseHeader::read(dbPath);
    if (!header)
        return fail(header.error());
    if (header->applicationId != Migrator::ApplicationId)
        return fail(tr("%1 is an SQLite database of another program, not an Atelier project. "
                       "Open a folder made by Atelier, or create a new project.").arg(dbPath));
    return Migrator::checkReadable(int(header->userVersion), dbPath);
}

Result<std::unique_ptr<Project>> Project::open(const QString &folder)
{
    const QString absolute = QDir(folder).absolutePath();
    const QString context = tr("Could not open the project %1").arg(absolute);
    if (auto inspected = inspectBeforeOpening(absolute); !inspected)
        return fail(withContext(context, inspected.error()));

    auto db = Database::open(databasePathIn(absolute), Database::OpenMode::ReadWrite);
    if (!db)
        return fail(withContext(context, db.error()));
    if (auto wal = (*db)->exec("PRAGMA journal_mode = WAL"); !wal)
        return fail(withContext(context, wal.error()));
    if (auto migrated = Migrator::migrate(**db); !migrated)
        return fail(withContext(context, migrated.error()));
    if (!QDir(absolute).mkpath(blobsFolderName()))
        return fail(tr("Could not create the folder %1 in the project. Check that the project "
                       "folder is writable.").arg(QDir(absolute).filePath(blobsFolderName())));
    return std::unique_ptr<Project>(new Project(absolute, std::move(*db)));
}

Result<std::unique_ptr<Database>> Project::connect(const QString &folder)
{
    return Database::open(databasePathIn(QDir(folder).absolutePath()), Database::OpenMode::ReadWrite);
}

Result<ProjectSummary> Project::summary()
{
    ProjectSummary summary{m_folder, 0, {}};
    auto version = m_db->userVersion();
    if (!version)
        return fail(version.error());
    summary.schemaVersion = *version;
    for (const char *table : CountedTables) {
        // Table names come from the constant list above, never from user text.
        auto rows = m_db->queryInt(std::string("SELECT count(*) FROM ") + table);
        if (!rows)
            return fail(rows.error());
        summary.counts.append({QString::fromLatin1(table), *rows});
    }
    return summary;
}

Result<QStringList> Project::check()
{
    return m_db->integrityProblems();
}

Status Project::backupTo(const QString &targetPath)
{
    return m_db->backupTo(targetPath);
}

} // namespace atelier
