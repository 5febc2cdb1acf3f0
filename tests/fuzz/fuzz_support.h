// FuzzSupport: what the fuzz targets share: a migrated in-memory store, a scratch folder, and checks that abort.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace atelier {

class AuditLog;
class Database;

namespace fuzz {

// A migrated in-memory project database and its audit log, made on first use and kept for the
// whole process.
Database &database();
AuditLog &auditLog();

// Runs `import` inside a transaction that is rolled back afterwards, so that every input sees
// the same empty store however many datasets the earlier ones created. Before the rollback,
// checks that readShapeGeometry() reads every shape the import stored.
void inRolledBackTransaction(const std::function<void()> &import);

// A folder of the process's own that holds image.png (a 4 x 3 PNG) and image.jpg (2 x 2),
// which inputs may name; removed at exit.
QString scratchFolder();

// Writes `bytes` to `relativePath` under scratchFolder() (making its folders), replacing what
// was there, and returns the absolute path. Aborts when the file cannot be written.
QString writeScratchFile(const QString &relativePath, QByteArrayView bytes);

// Aborts with `what` on stderr when `condition` is false: a broken invariant is a finding just
// as a crash is, and the fuzzer keeps the input that caused it.
void check(bool condition, const char *what);

} // namespace fuzz
} // namespace atelier
