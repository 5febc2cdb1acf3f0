// Migrator: brings a project database to the schema this program knows, one version at a time.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <cstdint>

namespace atelier {

class Database;

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // PRAGMA application_id of every Atelier database: "ATLR".
    static constexpr std::int64_t ApplicationId = 0x41544C52;

    // The newest schema version this program can read and write.
    static int latestVersion();

    // Refuses a database written by a newer Atelier, without changing it.
    [[nodiscard]] static Status checkReadable(int databaseVersion, const QString &databasePath);

    // Applies every missing migration, each in its own transaction.
    [[nodiscard]] static Status migrate(Database &db);
};

} // namespace atelier
