// AuditLog: writes one row per mutation (time, actor, action, object, detail) in the caller's transaction.
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace atelier {

class Database;

struct AuditEntry
{
    QString at; // ISO 8601 UTC
    QString actor;
    QString action;
    QString objectKind;
    QString objectId;
    QJsonObject detail;
};

class AuditLog
{
public:
    AuditLog(Database &db, QString actor);

    QString actor() const { return m_actor; }

    // Call inside the transaction of the change it records, so both land or neither does.
    [[nodiscard]] Status record(const QString &action, const QString &objectKind,
                                const QString &objectId, const QJsonObject &detail = {});

    // The newest entries first; `objectKind`/`objectId` narrow it when not empty.
    [[nodiscard]] Result<QList<AuditEntry>> entries(int limit, const QString &objectKind = {},
                                                    const QString &objectId = {});

private:
    Database &m_db;
    QString m_actor;
};

} // namespace atelier
