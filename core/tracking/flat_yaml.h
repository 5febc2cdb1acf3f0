// FlatYaml: the flat `key: value` YAML that MLflow's file store writes as meta.yaml.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

// MLflow writes meta.yaml with yaml.safe_dump of a flat dict: one `key: value` a line, scalars
// plain, 'single-quoted' or "double-quoted", long scalars folded onto indented continuation
// lines, null for None and [] for the legacy empty tags list. That subset needs no general YAML
// library: this reader takes exactly it, skips nested blocks (a key with no value followed by
// indented lines) and fails, naming the file and line, on anything else.
class FlatYaml
{
    Q_DECLARE_TR_FUNCTIONS(FlatYaml)

public:
    [[nodiscard]] static Result<FlatYaml> parse(const QByteArray &text, const QString &fileName);
    [[nodiscard]] static Result<FlatYaml> read(const QString &path);

    bool contains(const QString &key) const { return m_values.contains(key); }
    // The scalar under `key`; an empty string for a missing key or null.
    QString text(const QString &key) const { return m_values.value(key).value_or(QString()); }
    // nullopt for a missing key, null, or a value that is not a whole number.
    std::optional<std::int64_t> integer(const QString &key) const;

private:
    QHash<QString, std::optional<QString>> m_values; // nullopt: null
};

} // namespace atelier
