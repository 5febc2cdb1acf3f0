// Transaction: BEGIN IMMEDIATE / COMMIT / ROLLBACK, or a named savepoint when nested.
#include "core/store/transaction.h"

#include "core/store/database.h"

#include <atomic>
#include <utility>

namespace atelier {

namespace {

QByteArray nextSavepointName()
{
    static std::atomic<unsigned> counter{0};
    return "atelier_sp_" + QByteArray::number(++counter);
}

} // namespace

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.inTransaction()) {
        QByteArray name = nextSavepointName();
        if (auto ok = db.exec(("SAVEPOINT " + name).toStdString()); !ok)
            return fail(ok.error());
        return Transaction(&db, std::move(name));
    }
    // IMMEDIATE takes the write lock now, so a busy database waits here (busy timeout)
    // instead of failing half-way through the work.
    if (auto ok = db.exec("BEGIN IMMEDIATE"); !ok)
        return fail(ok.error());
    return Transaction(&db, {});
}

Transaction::Transaction(Database *db, QByteArray savepoint)
    : m_db(db)
    , m_savepoint(std::move(savepoint))
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db->exec("ROLLBACK");
    } else {
        const std::string name = m_savepoint.toStdString();
        (void)m_db->exec("ROLLBACK TO " + name + "; RELEASE " + name);
    }
}

Status Transaction::commit()
{
    Database *db = std::exchange(m_db, nullptr);
    if (!db)
        return {};
    auto ok = m_savepoint.isEmpty() ? db->exec("COMMIT") : db->exec("RELEASE " + m_savepoint.toStdString());
    if (!ok) {
        m_db = db; // let the destructor roll back
        return fail(ok.error());
    }
    return {};
}

} // namespace atelier
