// BulkLoad: reads the connection's settings, raises them for an import, and puts them back.
#include "core/store/bulk_load.h"

#include "core/store/database.h"
#include "core/store/statement.h"

#include <string>
#include <utility>

namespace atelier {

Result<BulkLoad> BulkLoad::begin(Database &db, std::int64_t cacheKiB)
{
    auto cacheSize = db.queryInt("PRAGMA cache_size");
    if (!cacheSize)
        return fail(cacheSize.error());
    // A negative cache_size is a size in KiB rather than a number of pages.
    if (auto ok = db.exec("PRAGMA cache_size = -" + std::to_string(cacheKiB)); !ok)
        return fail(ok.error());
    return BulkLoad(&db, *cacheSize);
}

Status BulkLoad::deferIndexes(std::string_view table)
{
    // The index names come from the schema, which the migrations wrote: no user text.
    auto indexes = m_db->statement("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    if (!indexes)
        return fail(indexes.error());
    (*indexes)->reset();
    (*indexes)->bind(1, table);
    std::vector<std::string> names;
    auto listed = (*indexes)->forEachRow([&](const Statement &row) {
        names.push_back(row.text(0).toStdString());
        m_deferred.push_back(row.text(1).toStdString());
    });
    if (!listed)
        return listed;
    for (const std::string &name : names) {
        if (auto ok = m_db->exec("DROP INDEX \"" + name + '"'); !ok)
            return ok;
    }
    return {};
}

Status BulkLoad::restoreIndexes()
{
    // SQLite's sorter behind CREATE INDEX may sort with a helper thread once its keys outgrow the
    // cache and go to temporary files; below that (a million shapes) it sorts in memory on this one.
    if (auto ok = m_db->exec("PRAGMA threads = 2"); !ok)
        return ok;
    for (const std::string &sql : std::exchange(m_deferred, {})) {
        if (auto ok = m_db->exec(sql); !ok)
            return ok;
    }
    return m_db->exec("PRAGMA threads = 0");
}

BulkLoad::BulkLoad(Database *db, std::int64_t cacheSize)
    : m_db(db)
    , m_cacheSize(cacheSize)
{}

BulkLoad::BulkLoad(BulkLoad &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cacheSize(other.m_cacheSize)
    , m_deferred(std::move(other.m_deferred))
{}

BulkLoad::~BulkLoad()
{
    if (!m_db)
        return;
    // Setting a pragma cannot fail on an open connection; there is nothing to report it to here.
    (void)m_db->exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
}

} // namespace atelier
