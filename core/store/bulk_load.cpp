// BulkLoad: reads the connection's settings, raises them for an import, and puts them back.
#include "core/store/bulk_load.h"

#include "core/store/database.h"

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

BulkLoad::BulkLoad(Database *db, std::int64_t cacheSize)
    : m_db(db)
    , m_cacheSize(cacheSize)
{}

BulkLoad::BulkLoad(BulkLoad &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cacheSize(other.m_cacheSize)
{}

BulkLoad::~BulkLoad()
{
    if (!m_db)
        return;
    // Setting a pragma cannot fail on an open connection; there is nothing to report it to here.
    (void)m_db->exec("PRAGMA cache_size = " + std::to_string(m_cacheSize));
}

} // namespace atelier
