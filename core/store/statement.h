// Statement: one compiled SQLite statement (RAII over sqlite3_stmt) with typed binding and reading.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

class QJsonValue;
struct sqlite3;
struct sqlite3_stmt;

namespace atelier {

class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    [[nodiscard]] static Result<Statement> prepare(sqlite3 *db, std::string_view sql);

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite. A failed bind is reported by the next step().
    // Strings always bind as text (a null QString as ''); bind nullptr or an empty optional for NULL.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement &bind(int index, bool value) { return bind(index, std::int64_t{value ? 1 : 0}); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8) { return bind(index, std::string_view(utf8)); }
    Statement &bind(int index, std::string_view utf8);
    // Text that SQLite reads in place instead of copying: `utf8` must stay alive and unchanged
    // until the statement is reset (bulk inserts, where the copy of every value was measurable).
    Statement &bindUnowned(int index, std::string_view utf8);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::nullptr_t);
    // A JSON value as SQLite holds it: null as NULL, a whole number as an integer, other numbers
    // as reals, bools as 0/1, strings as text, arrays and objects as compact JSON text.
    Statement &bind(int index, const QJsonValue &value);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Binds every argument in order, starting at parameter 1.
    template<typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances to the next row: true when a row is ready, false when the statement is done.
    [[nodiscard]] Result<bool> step();
    // Calls `visit(statement)` for every remaining row; stops at the first error.
    template<typename Visit>
    [[nodiscard]] Status forEachRow(Visit visit)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return fail(row.error());
            if (!*row)
                return {};
            visit(static_cast<const Statement &>(*this));
        }
    }

    // Steps to completion, for statements that return no rows.
    [[nodiscard]] Status run();
    // Makes the statement ready to run again, with all parameters unbound.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), valid until the next step() or reset().
    std::string_view utf8(int column) const;
    QByteArray blob(int column) const;

    QString sql() const;

private:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    void noteBindResult(int rc, int index);
    Error lastError(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_bindError;
};

} // namespace atelier
