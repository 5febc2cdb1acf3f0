// MlflowRequest: the fields of one MLflow REST call, from its JSON body or its query, read with the protos' types.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

class QByteArray;

namespace atelier {

// MLflow's client sends POST calls as a JSON object and GET calls as query parameters (a repeated
// field as the parameter repeated: run_ids=a&run_ids=b). Both arrive here as one JSON object, so
// that every endpoint reads its fields the same way. Getters follow protobuf's JSON mapping and
// MLflow's leniency: an int64 may come as a number or a decimal string; a double as a number or
// "NaN", "Infinity", "-Infinity". A field of the wrong type fails with INVALID_PARAMETER_VALUE and a
// message that names the field ("metrics[3].value").
class MlflowRequest
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRequest)

public:
    // A body that is not a JSON object is a BAD_REQUEST; an empty body reads as {}.
    [[nodiscard]] static Result<MlflowRequest> fromJson(const QByteArray &body);
    // `encodedQuery` as it came on the wire ("a=1&b=x+y%2B"): '+' stands for a space, as in HTML
    // forms and Python's urlencode. `repeatedFields` names the fields that become arrays even
    // when given once.
    [[nodiscard]] static Result<MlflowRequest> fromQuery(const QByteArray &encodedQuery,
                                                         const QStringList &repeatedFields);

    MlflowRequest(MlflowRequest &&) noexcept;
    MlflowRequest &operator=(MlflowRequest &&) noexcept;
    ~MlflowRequest();

    bool has(const char *field) const;

    // Missing, null or "" fails: "Missing value for required parameter 'name'."
    [[nodiscard]] Result<QString> requiredString(const char *field) const;
    [[nodiscard]] Result<std::optional<QString>> optionalString(const char *field) const;
    [[nodiscard]] Result<std::optional<std::int64_t>> optionalInt64(const char *field) const;
    // A bool as JSON true/false, or as "true"/"false" in any case (queries carry text).
    [[nodiscard]] Result<std::optional<bool>> optionalBool(const char *field) const;
    [[nodiscard]] Result<QStringList> stringList(const char *field) const;
    // An enum by its proto name ("FINISHED") or number.
    [[nodiscard]] Result<std::optional<RunStatus>> runStatus(const char *field) const;
    [[nodiscard]] Result<std::optional<ViewType>> viewType(const char *field) const;

    // run_id, or the deprecated run_uuid when run_id is absent, as MLflow's server reads them.
    [[nodiscard]] Result<QString> runId() const;

    // Repeated messages: [{"key": ..., "value": ...}] (RunTag, Param, ExperimentTag, InputTag).
    [[nodiscard]] Result<QList<KeyValue>> keyValues(const char *field, bool valueRequired = false) const;
    [[nodiscard]] Result<QList<MetricValue>> metrics(const char *field) const;
    [[nodiscard]] Result<QList<DatasetInput>> datasetInputs(const char *field) const;
    // A single LogMetric's key, value, timestamp and step at the top level.
    [[nodiscard]] Result<MetricValue> metric() const;

    struct Fields;

private:
    explicit MlflowRequest(std::unique_ptr<Fields> fields);
    std::unique_ptr<Fields> m_fields;
};

} // namespace atelier
