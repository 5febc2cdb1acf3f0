// sqliteError: one message per kind of SQLite failure, naming the database file.
#include "core/store/sqlite_error.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace atelier {

namespace {

// The translation context of the messages below.
struct SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)
};

} // namespace

Error sqliteError(sqlite3 *db, const QString &what)
{
    const int code = sqlite3_extended_errcode(db);
    const char *fileName = sqlite3_db_filename(db, "main");
    const QString file = QString::fromUtf8(fileName && *fileName ? fileName : ":memory:");
    const QString detail = QStringLiteral("%1 failed: %2 (code %3)")
                               .arg(what, QString::fromUtf8(sqlite3_errmsg(db)))
                               .arg(code);
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
        return {SqliteError::tr("The change conflicts with data already in %1 (a name already taken, or an item "
                   "that another one still refers to).").arg(file),
                detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {SqliteError::tr("The database file %1 is damaged or is not an SQLite database. Restore it "
                   "from a backup.").arg(file),
                detail};
    case SQLITE_READONLY:
        return {SqliteError::tr("The database file %1 is read-only. Make it and its folder writable, or copy "
                   "the project somewhere you can write.").arg(file),
                detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {SqliteError::tr("The database file %1 is busy in another program. Close the other program "
                   "or try again in a moment.").arg(file),
                detail};
    case SQLITE_FULL:
        return {SqliteError::tr("The disk holding %1 is full. Free some space and try again.").arg(file), detail};
    case SQLITE_IOERR:
        return {SqliteError::tr("The database file %1 could not be read or written (input/output error). "
                   "Check the disk and try again.").arg(file),
                detail};
    default:
        return {SqliteError::tr("A database operation on %1 failed.").arg(file), detail};
    }
}

} // namespace atelier
