// Database: one SQLite connection (one per thread) with a statement cache, backup and checks.
#pragma once

#include "core/result.h"
#include "core/store/statement.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace atelier {

// A statement borrowed from a Database's cache; reset and unbound when the lease ends.
class CachedStatement
{
public:
    explicit CachedStatement(Statement *statement) : m_statement(statement) {}
    CachedStatement(CachedStatement &&other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    {}
    CachedStatement &operator=(CachedStatement &&other) noexcept
    {
        if (this != &other) {
            if (m_statement)
                m_statement->reset();
            m_statement = std::exchange(other.m_statement, nullptr);
        }
        return *this;
    }
    ~CachedStatement()
    {
        if (m_statement)
            m_statement->reset();
    }

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        ReadOnly,  // never writes; for inspection and checks
        ReadWrite, // the file must exist
        Create,    // creates the file when missing
    };

    // Opens `path`. Read-write connections get WAL, foreign keys and a busy timeout.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }

    // Runs SQL text without parameters, one or more statements (schema scripts only).
    [[nodiscard]] Status exec(std::string_view sql);

    // A prepared statement from the cache, compiled on first use.
    [[nodiscard]] Result<CachedStatement> statement(std::string_view sql);

    // Runs a statement that returns no rows, with `args` bound in order.
    template<typename... Args>
    [[nodiscard]] Status execute(std::string_view sql, const Args &...args)
    {
        auto st = statement(sql);
        if (!st)
            return fail(st.error());
        (*st)->bindAll(args...);
        return (*st)->run();
    }

    // The first column of the first row as an integer; an error when there is no row.
    template<typename... Args>
    [[nodiscard]] Result<std::int64_t> queryInt(std::string_view sql, const Args &...args)
    {
        auto st = statement(sql);
        if (!st)
            return fail(st.error());
        (*st)->bindAll(args...);
        auto row = (*st)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(tr("Expected data is missing from the project database."),
                        QStringLiteral("no row for [%1]").arg(QString::fromUtf8(sql.data(), qsizetype(sql.size()))));
        return (*st)->int64(0);
    }

    std::int64_t lastInsertId() const;
    bool inTransaction() const;

    // PRAGMA user_version and application_id.
    [[nodiscard]] Result<int> userVersion();
    [[nodiscard]] Result<std::int64_t> applicationId();

    // Copies the whole database into `targetPath` while it stays in use (sqlite3_backup).
    [[nodiscard]] Status backupTo(const QString &targetPath);

    // Runs integrity_check and foreign_key_check; an empty list means the database is sound.
    [[nodiscard]] Result<QStringList> integrityProblems();

private:
    Database(sqlite3 *db, QString path, OpenMode mode);
    [[nodiscard]] Status configure();
    Error lastError(const QString &what) const;

    sqlite3 *m_db;
    QString m_path;
    OpenMode m_mode;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace atelier
