// DatabaseHeader: the first 100 bytes of an SQLite file, read without opening it as a database.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <cstdint>

namespace atelier {

// Reading the header by hand lets Atelier refuse a foreign, truncated or newer file before
// SQLite is allowed near it: no journal, WAL or shared-memory file is created.
struct DatabaseHeader
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseHeader)

public:
    std::uint32_t pageSize = 0;
    std::uint32_t userVersion = 0;
    std::uint32_t applicationId = 0;

    // Fails when the file is missing, not an SQLite database, or shorter than its pages.
    [[nodiscard]] static Result<DatabaseHeader> read(const QString &path);
};

} // namespace atelier
