// Database: open and configure a connection, cache statements, back up and check the file.
#include "core/store/database.h"

#include "core/store/sqlite_error.h"

#include <sqlite3.h>

#include <QFile>

#include <QFileInfo>

namespace atelier {

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int BackupPagesPerStep = 1024;

// sqlite3_close_v2 tolerates null and defers closing until cached statements are gone.
struct ConnectionCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }

    sqlite3 *raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, ConnectionCloser> guard(raw);
    if (rc != SQLITE_OK) {
        const QString detail = QStringLiteral("sqlite3_open_v2(%1): %2")
                                   .arg(path, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
        if (!QFileInfo::exists(path))
            return fail(tr("The database file %1 does not exist.").arg(path), detail);
        return fail(tr("The database file %1 could not be opened. Check that you may read "
                       "(and, to edit, write) it and its folder.").arg(path),
                    detail);
    }

    std::unique_ptr<Database> db(new Database(guard.release(), path, mode));
    if (auto configured = db->configure(); !configured)
        return fail(configured.error());
    return db;
}

Database::Database(sqlite3 *db, QString path, OpenMode mode)
    : m_db(db)
    , m_path(std::move(path))
    , m_mode(mode)
{}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Status Database::configure()
{
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    if (m_mode == OpenMode::ReadOnly)
        return exec("PRAGMA foreign_keys = ON;");
    // FULL makes a committed edit survive a power cut as well as a crash; writes are short. The
    // one exception is chosen per call: the metric batches that scripts log through the tracking
    // server commit with NORMAL (MlflowRoutes, core/tracking/mlflow_routes.cpp, says why).
    return exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
}

Status Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    const QString sqliteMessage = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        Error error = lastError(QStringLiteral("exec"));
        error.detail += QStringLiteral(": %1 [%2]").arg(sqliteMessage, QString::fromStdString(text));
        return fail(error);
    }
    return {};
}

Result<CachedStatement> Database::statement(std::string_view sql)
{
    auto found = m_cache.find(std::string(sql));
    if (found == m_cache.end()) {
        auto compiled = Statement::prepare(m_db, sql);
        if (!compiled)
            return fail(compiled.error());
        found = m_cache.emplace(std::string(sql), std::make_unique<Statement>(std::move(*compiled))).first;
    }
    return CachedStatement(found->second.get());
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<int> Database::userVersion()
{
    auto version = queryInt("PRAGMA user_version");
    if (!version)
        return fail(version.error());
    return int(*version);
}

Result<std::int64_t> Database::applicationId()
{
    return queryInt("PRAGMA application_id");
}

Status Database::backupTo(const QString &targetPath)
{
    sqlite3 *target = nullptr;
    const QByteArray file = QFile::encodeName(targetPath);
    const int openRc = sqlite3_open_v2(file.constData(), &target,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, ConnectionCloser> targetGuard(target);
    if (openRc != SQLITE_OK) {
        return fail(tr("Could not create the backup file %1. Check that the folder exists and "
                       "is writable.").arg(targetPath),
                    QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(openRc)));
    }

    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        return fail(tr("Could not start the backup into %1.").arg(targetPath),
                    QString::fromUtf8(sqlite3_errmsg(target)));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, BackupPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(5);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return fail(tr("The backup into %1 failed. Check the free space on its disk.").arg(targetPath),
                    QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return {};
}

Result<QStringList> Database::integrityProblems()
{
    QStringList problems;
    auto integrity = statement("PRAGMA integrity_check");
    if (!integrity)
        return fail(integrity.error());
    auto checked = (*integrity)->forEachRow([&](const Statement &row) {
        if (const QString line = row.text(0); line != QLatin1String("ok"))
            problems << line;
    });
    if (!checked)
        return fail(checked.error());

    auto foreignKeys = statement("PRAGMA foreign_key_check");
    if (!foreignKeys)
        return fail(foreignKeys.error());
    checked = (*foreignKeys)->forEachRow([&](const Statement &row) {
        problems << tr("Row %1 of table %2 refers to a missing row of table %3.")
                        .arg(row.int64(1))
                        .arg(row.text(0), row.text(2));
    });
    if (!checked)
        return fail(checked.error());
    return problems;
}

Error Database::lastError(const QString &what) const
{
    return sqliteError(m_db, what);
}

} // namespace atelier
