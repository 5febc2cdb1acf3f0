// BulkLoad: connection settings for one large import inside a transaction, restored when it ends.
#pragma once

#include "core/result.h"

#include <cstdint>

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

private:
    BulkLoad(Database *db, std::int64_t cacheSize);

    Database *m_db;
    std::int64_t m_cacheSize; // as PRAGMA cache_size reported it: pages, or -KiB
};

} // namespace atelier
