// Statement: compile, bind, step and read one SQLite statement.
#include "core/store/statement.h"

#include "core/store/sqlite_error.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <utility>

namespace atelier {

Result<Statement> Statement::prepare(sqlite3 *db, std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return fail(tr("The project database rejected a query. This is a bug in Atelier; "
                       "please report it with the log."),
                    QStringLiteral("prepare failed: %1 [%2]")
                        .arg(QString::fromUtf8(sqlite3_errmsg(db)),
                             QString::fromUtf8(sql.data(), qsizetype(sql.size()))));
    }
    return Statement(db, stmt);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::move(other.m_bindError))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::noteBindResult(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = lastError(QStringLiteral("bind parameter %1").arg(index));
}

Statement &Statement::bind(int index, std::int64_t value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBindResult(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()),
                                     SQLITE_TRANSIENT),
                   index);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    // A null data pointer would bind NULL; text, even empty, must stay text.
    noteBindResult(sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                                     SQLITE_TRANSIENT),
                   index);
    return *this;
}

Statement &Statement::bindUnowned(int index, std::string_view utf8)
{
    noteBindResult(sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC),
                   index);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bind(index, nullptr);
    noteBindResult(sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()),
                                     SQLITE_TRANSIENT),
                   index);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Statement &Statement::bind(int index, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return bind(index, nullptr);
    case QJsonValue::Bool:
        return bind(index, value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = static_cast<std::int64_t>(value.toInteger());
        return double(whole) == number ? bind(index, whole) : bind(index, number);
    }
    case QJsonValue::String:
        return bind(index, value.toString());
    case QJsonValue::Array:
        return bind(index, QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).toStdString());
    case QJsonValue::Object:
        return bind(index, QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString());
    }
    return bind(index, nullptr);
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return fail(*m_bindError);
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return fail(lastError(QStringLiteral("step")));
    }
}

Status Statement::run()
{
    return forEachRow([](const Statement &) {});
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.reset();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QString Statement::sql() const
{
    return QString::fromUtf8(sqlite3_sql(m_stmt));
}

Error Statement::lastError(const QString &what) const
{
    Error error = sqliteError(m_db, what);
    error.detail += QStringLiteral(" [%1]").arg(sql());
    return error;
}

} // namespace atelier
