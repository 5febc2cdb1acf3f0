// Migrator: the migrations are SQL files in the :/atelier/migrations resource, NNNN_name.sql.
#include "core/store/migrator.h"

#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QDir>
#include <QFile>

#include <vector>

namespace atelier {

namespace {

struct Migration
{
    int version;
    QString file;
};

// Sorted by version; the file names are NNNN_description.sql numbered from 1 without gaps.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = [] {
        std::vector<Migration> found;
        const QDir dir(QStringLiteral(":/atelier/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : files)
            found.push_back({name.left(4).toInt(), dir.filePath(name)});
        for (std::size_t i = 0; i < found.size(); ++i)
            Q_ASSERT(found[i].version == int(i) + 1);
        return found;
    }();
    return list;
}

} // namespace

int Migrator::latestVersion()
{
    return int(migrations().size());
}

Status Migrator::checkReadable(int databaseVersion, const QString &databasePath)
{
    if (databaseVersion <= latestVersion())
        return {};
    return fail(tr("%1 was written by a newer version of Atelier (schema %2; this version "
                   "knows schema %3 at most). Open it with a newer Atelier. The file was not "
                   "changed.")
                    .arg(databasePath)
                    .arg(databaseVersion)
                    .arg(latestVersion()));
}

Status Migrator::migrate(Database &db)
{
    auto current = db.userVersion();
    if (!current)
        return fail(current.error());
    if (auto readable = checkReadable(*current, db.path()); !readable)
        return readable;

    for (const Migration &migration : migrations()) {
        if (migration.version <= *current)
            continue;
        QFile file(migration.file);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Atelier is missing its schema migration %1.").arg(migration.version),
                        migration.file);
        const QByteArray sql = file.readAll();

        auto transaction = Transaction::begin(db);
        if (!transaction)
            return fail(transaction.error());
        if (auto ok = db.exec(sql.toStdString()); !ok)
            return fail(withContext(tr("Upgrading %1 to schema %2 failed").arg(db.path()).arg(migration.version),
                                    ok.error()));
        // PRAGMA takes no bound parameters; both values are integers of ours, not user text.
        const std::string stamp = "PRAGMA application_id = " + std::to_string(ApplicationId)
                                  + "; PRAGMA user_version = " + std::to_string(migration.version);
        if (auto ok = db.exec(stamp); !ok)
            return fail(ok.error());
        if (auto ok = transaction->commit(); !ok)
            return fail(ok.error());
    }
    if (*current < latestVersion()) {
        // Copy the new header into the main file now: other processes read application_id and
        // user_version from the file header before they open it (see DatabaseHeader).
        if (auto ok = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !ok)
            return fail(ok.error());
    }
    return {};
}

} // namespace atelier
