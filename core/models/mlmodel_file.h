// MlmodelFile: what the registry reads from an MLflow model's MLmodel file (flavors, signature).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace atelier {

// MLflow writes MLmodel with yaml.safe_dump of nested dicts: block mappings indented by two
// spaces, scalars plain, 'single-quoted' or "double-quoted" and folded onto indented continuation
// lines when long (the signature's JSON often is). This reader takes that subset: mappings and
// scalars by dotted path ("signature.inputs"), the keys of each mapping in file order; sequence
// items are skipped. A line it cannot read fails with the file name and line number.
class MlmodelFile
{
    Q_DECLARE_TR_FUNCTIONS(MlmodelFile)

public:
    [[nodiscard]] static Result<MlmodelFile> parse(const QByteArray &text, const QString &fileName);

    // The flavors in file order ("python_function", "sklearn").
    QStringList flavors() const { return keysOf(QStringLiteral("flavors")); }
    // The framework a user knows the model by: the first flavor other than python_function,
    // else python_function; empty without flavors.
    QString framework() const;

    // The scalar at `path` ("signature.inputs"); empty for a missing key or null.
    QString text(const QString &path) const { return m_values.value(path); }
    QStringList keysOf(const QString &path) const { return m_keys.value(path); }

private:
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_keys; // a mapping's path -> its keys in order ("" is the root)
};

} // namespace atelier
