// RegistrySearch: MLflow's registry searches: filter, order_by and page_token, and the replies of both.
#pragma once

#include "core/result.h"
#include "core/tracking/mlflow_json.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace atelier {

class MlflowRequest;
class ModelCatalog;

// One comparison of a filter: `key` `op` `values` (one value, or several for IN).
struct RegistryCondition
{
    QString key;
    QString op; // "=", "!=", "LIKE", "ILIKE" or "IN"
    QStringList values;
};

struct RegistryOrder
{
    QString key;
    bool descending = false;
};

// MLflow's registry filters are comparisons joined by AND, with quoted strings:
// name = 'detector', name LIKE 'det%', name ILIKE '%DET%', run_id IN ('a', 'b'). Anything else
// fails with INVALID_PARAMETER_VALUE and a message that shows what is accepted.
class RegistrySearch
{
    Q_DECLARE_TR_FUNCTIONS(RegistrySearch)

public:
    // registered-models/search: filter by name; order by name, last_updated_timestamp (or
    // timestamp), ties by name. {"registered_models": [...], "next_page_token": ...}
    [[nodiscard]] static Result<mlflowjson::Json> searchModels(ModelCatalog &catalog, const MlflowRequest &request);
    // model-versions/search: filter by name and run_id; order by name, version_number,
    // creation_timestamp, last_updated_timestamp, ties by name then newest version.
    // {"model_versions": [...], "next_page_token": ...}
    [[nodiscard]] static Result<mlflowjson::Json> searchVersions(ModelCatalog &catalog, const MlflowRequest &request);

    // An empty filter has no condition. `keys` are the keys the endpoint searches by.
    [[nodiscard]] static Result<QList<RegistryCondition>> parseFilter(const QString &filter, const QStringList &keys);
    static bool matches(const RegistryCondition &condition, const QString &value);

    // "key", "key ASC" or "key DESC", with key one of `keys`.
    [[nodiscard]] static Result<QList<RegistryOrder>> parseOrderBy(const QStringList &orderBy, const QStringList &keys);

    // Page tokens are opaque to clients: the offset of the next page, base64-encoded.
    [[nodiscard]] static Result<qsizetype> offsetOf(const QString &pageToken);
    static QString tokenFor(qsizetype offset);
};

} // namespace atelier
