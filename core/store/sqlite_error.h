// sqliteError: turns the last error of an SQLite connection into an Error a user can act on.
#pragma once

#include "core/result.h"

struct sqlite3;

namespace atelier {

// `what` names the operation for the log ("step", "exec"); the file comes from the connection.
Error sqliteError(sqlite3 *db, const QString &what);

} // namespace atelier
