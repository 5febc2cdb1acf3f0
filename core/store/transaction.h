// Transaction: begins on creation, commits on commit(), rolls back if destroyed uncommitted.
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace atelier {

class Database;

// Inside another transaction it becomes a savepoint, so operations that each need a
// transaction compose into a larger one.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();

private:
    Transaction(Database *db, QByteArray savepoint);

    Database *m_db;
    QByteArray m_savepoint; // empty for an outermost transaction
};

} // namespace atelier
