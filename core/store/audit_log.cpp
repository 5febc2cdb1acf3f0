// AuditLog: the audit table, appended to by every mutating call of the core.
#include "core/store/audit_log.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace atelier {

AuditLog::AuditLog(Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

Status AuditLog::record(const QString &action, const QString &objectKind, const QString &objectId,
                        const QJsonObject &detail)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const std::optional<QString> json =
        detail.isEmpty() ? std::nullopt
                         : std::optional(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return m_db.execute("INSERT INTO audit(at, actor, action, object_kind, object_id, detail) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        at, m_actor, action, objectKind, objectId, json);
}

Result<QList<AuditEntry>> AuditLog::entries(int limit, const QString &objectKind, const QString &objectId)
{
    auto st = m_db.statement("SELECT at, actor, action, object_kind, object_id, detail FROM audit "
                             "WHERE (coalesce(?1, '') = '' OR object_kind = ?1) "
                             "AND (coalesce(?2, '') = '' OR object_id = ?2) "
                             "ORDER BY id DESC LIMIT ?3");
    if (!st)
        return fail(st.error());
    (*st)->bindAll(objectKind, objectId, limit);
    QList<AuditEntry> list;
    auto read = (*st)->forEachRow([&](const Statement &r) {
        list.append({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),
                     QJsonDocument::fromJson(r.text(5).toUtf8()).object()});
    });
    if (!read)
        return fail(read.error());
    return list;
}

} // namespace atelier
