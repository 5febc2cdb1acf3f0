// TargetStore: rows of compute_target, each insert with its audit row.
#include "core/compute/target_store.h"

#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QJsonDocument>

namespace atelier {

namespace {

// The statement reading targets, ending in `clause` (a constant of this file, never user text).
QByteArray selectTargets(const char *clause)
{
    return QByteArray("SELECT id, name, kind, config FROM compute_target ") + clause;
}

TargetRecord targetFrom(const Statement &row)
{
    return {row.int64(0), row.text(1), row.text(2), QJsonDocument::fromJson(row.text(3).toUtf8()).object()};
}

bool looksSecret(const QString &key)
{
    static const QStringList secretWords = {QStringLiteral("password"), QStringLiteral("passphrase"),
                                            QStringLiteral("token"), QStringLiteral("secret")};
    for (const QString &word : secretWords) {
        if (key.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TargetStore::TargetStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

QStringList TargetStore::kinds()
{
    return {QStringLiteral("local"), QStringLiteral("ssh"), QStringLiteral("slurm")};
}

Result<std::int64_t> TargetStore::add(const QString &name, const QString &kind, const QJsonObject &config)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A compute target needs a name, such as \"workstation\" or \"cluster\"."));
    if (!kinds().contains(kind))
        return fail(tr("\"%1\" is not a kind of compute target. Use one of: %2.").arg(kind, kinds().join(u", ")));
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (looksSecret(it.key()))
            return fail(tr("The setting \"%1\" of the target \"%2\" looks like a secret. Secrets are kept in the "
                           "system keychain, never in the project: leave it out.")
                            .arg(it.key(), name));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto existing = m_db.queryInt("SELECT count(*) FROM compute_target WHERE name = ?", name);
    if (!existing)
        return fail(existing.error());
    if (*existing > 0)
        return fail(tr("A compute target named \"%1\" exists already. Choose another name.").arg(name));
    const QString configText = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    if (auto ok = m_db.execute("INSERT INTO compute_target(name, kind, config) VALUES (?, ?, ?)", name, kind,
                               configText);
        !ok)
        return fail(withContext(tr("Could not add the compute target \"%1\"").arg(name), ok.error()));
    const std::int64_t id = m_db.lastInsertId();
    if (auto ok = m_audit.record(QStringLiteral("compute_target.create"), QStringLiteral("compute_target"),
                                 QString::number(id),
                                 {{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind},
                                  {QStringLiteral("config"), config}});
        !ok)
        return fail(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return fail(ok.error());
    return id;
}

Result<TargetRecord> TargetStore::target(const QString &name)
{
    auto st = m_db.statement(selectTargets("WHERE name = ?").toStdString());
    if (!st)
        return fail(st.error());
    (*st)->bindAll(name);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("There is no compute target named \"%1\" in this project. Add it with "
                       "\"atelier target add\" or pick one of the existing targets.")
                        .arg(name));
    return targetFrom(**st);
}

Result<TargetRecord> TargetStore::target(std::int64_t id)
{
    auto st = m_db.statement(selectTargets("WHERE id = ?").toStdString());
    if (!st)
        return fail(st.error());
    (*st)->bindAll(id);
    auto row = (*st)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(tr("The compute target %1 is missing from the project.").arg(id));
    return targetFrom(**st);
}

Result<QList<TargetRecord>> TargetStore::targets()
{
    auto st = m_db.statement(selectTargets("ORDER BY name").toStdString());
    if (!st)
        return fail(st.error());
    QList<TargetRecord> list;
    if (auto ok = (*st)->forEachRow([&](const Statement &row) { list.append(targetFrom(row)); }); !ok)
        return fail(ok.error());
    return list;
}

} // namespace atelier
