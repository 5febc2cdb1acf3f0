// BulkLoad: connection settings for one large import inside a transaction, restored when it ends.
#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atelier {

class Database;

// While a BulkLoad lives, the connection keeps `cacheKiB` of pages: with the default 2 MiB every
// index insert of a large import goes to the file. Constraints, journaling and synchronous stay
// as they are, so durability and every check are unchanged.
class BulkLoad
{
public:
    [[nodiscard]] static Result<BulkLoad> begin(Database &db, std::int64_t cacheKiB);

    BulkLoad(BulkLoad &&other) noexcept;
    BulkLoad &operator=(BulkLoad &&) = delete;
    BulkLoad(const BulkLoad &) = delete;
    ~BulkLoad();

    // Drops the secondary indexes of `table` (not those behind UNIQUE or the primary key) until
    // restoreIndexes(): a million rows in random image order cost far more as index inserts
    // than as one sorted build at the end. Both must run inside the import's transaction, and
    // restoreIndexes() before its commit; a rollback brings the indexes back by itself.
    [[nodiscard]] Status deferIndexes(std::string_view table);
    [[nodiscard]] Status restoreIndexes();

private:
    BulkLoad(Database *db, std::int64_t cacheSize);

    Database *m_db;
    std::int64_t m_cacheSize; // as PRAGMA cache_size reported it: pages, or -KiB
    std::vector<std::string> m_deferred; // the CREATE INDEX statements of the dropped indexes
};

} // namespace atelier
