// TargetStore: the compute targets of a project (local, ssh, slurm) with their settings.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace atelier {

class AuditLog;
class Database;

struct TargetRecord
{
    std::int64_t id = 0;
    QString name;
    QString kind;        // local, ssh or slurm
    QJsonObject config;  // host, port, user, identity, known_hosts, partition ...; never secrets
};

class TargetStore
{
    Q_DECLARE_TR_FUNCTIONS(TargetStore)

public:
    TargetStore(Database &db, AuditLog &audit);

    static QStringList kinds(); // local, ssh, slurm

    // Names are unique. `config` must not hold secrets (keys named password, passphrase, token or
    // secret are refused): those live in the system keychain.
    [[nodiscard]] Result<std::int64_t> add(const QString &name, const QString &kind, const QJsonObject &config = {});
    [[nodiscard]] Result<TargetRecord> target(const QString &name);
    [[nodiscard]] Result<TargetRecord> target(std::int64_t id);
    [[nodiscard]] Result<QList<TargetRecord>> targets();

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace atelier
