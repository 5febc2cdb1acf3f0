// MlflowRequest: typed reads of an MLflow request's fields, failing with messages in MLflow's wording.
#include "core/tracking/mlflow_request.h"

#include <QByteArray>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace atelier {

using Json = nlohmann::json;

struct MlflowRequest::Fields
{
    Json object;
};

namespace {

QString utf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString typeName(const Json &value)
{
    return QString::fromLatin1(value.type_name());
}

Error missing(const QString &path)
{
    return Error{MlflowRequest::tr("Missing value for required parameter '%1'. See the API docs for more "
                                   "information about request parameters.").arg(path),
                 {}, TrackingError::InvalidParameterValue};
}

Error invalid(const QString &path, const Json &value, const QString &expected)
{
    QString shown = utf8(value.dump());
    if (shown.size() > 80)
        shown = shown.left(77) + QStringLiteral("...");
    return Error{MlflowRequest::tr("Invalid value %1 for parameter '%2' supplied: expected %3, got a JSON %4. "
                                   "See the API docs for more information about request parameters.")
                     .arg(shown, path, expected, typeName(value)),
                 {}, TrackingError::InvalidParameterValue};
}

// The member `name` of `object`, or nullptr when absent or null (protobuf reads null as unset).
const Json *member(const Json &object, const char *name)
{
    auto it = object.find(name);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString fieldPath(const QString &prefix, const char *name)
{
    return prefix.isEmpty() ? QString::fromLatin1(name) : prefix + u'.' + QString::fromLatin1(name);
}

Result<std::optional<QString>> readString(const Json &object, const char *name, const QString &prefix)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (!value->is_string())
        return fail(invalid(fieldPath(prefix, name), *value, MlflowRequest::tr("a string")));
    return utf8(value->get_ref<const std::string &>());
}

Result<QString> readRequiredString(const Json &object, const char *name, const QString &prefix)
{
    auto value = readString(object, name, prefix);
    if (!value)
        return fail(value.error());
    if (!*value || (*value)->isEmpty())
        return fail(missing(fieldPath(prefix, name)));
    return **value;
}

Result<std::optional<std::int64_t>> readInt64(const Json &object, const char *name, const QString &prefix)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<std::int64_t>();
    if (value->is_number_float()) {
        const double number = value->get<double>();
        if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 9.2e18)
            return std::int64_t(number);
    } else if (value->is_string()) {
        bool ok = false;
        const qlonglong number = utf8(value->get_ref<const std::string &>()).trimmed().toLongLong(&ok);
        if (ok)
            return std::int64_t(number);
    }
    return fail(invalid(fieldPath(prefix, name), *value, MlflowRequest::tr("an integer")));
}

// Protobuf's JSON mapping writes non-finite doubles as strings; numbers may also come quoted.
Result<std::optional<double>> readDouble(const Json &object, const char *name, const QString &prefix)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (value->is_number())
        return value->get<double>();
    if (value->is_string()) {
        const QString text = utf8(value->get_ref<const std::string &>()).trimmed();
        if (text == QStringLiteral("NaN") || text == QStringLiteral("nan"))
            return std::numeric_limits<double>::quiet_NaN();
        if (text == QStringLiteral("Infinity") || text == QStringLiteral("inf"))
            return std::numeric_limits<double>::infinity();
        if (text == QStringLiteral("-Infinity") || text == QStringLiteral("-inf"))
            return -std::numeric_limits<double>::infinity();
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok)
            return number;
    }
    return fail(invalid(fieldPath(prefix, name), *value, MlflowRequest::tr("a number")));
}

Result<const Json *> readArray(const Json &object, const char *name, const QString &prefix)
{
    const Json *value = member(object, name);
    if (!value)
        return nullptr;
    if (!value->is_array())
        return fail(invalid(fieldPath(prefix, name), *value, MlflowRequest::tr("an array")));
    return value;
}

QString elementPath(const QString &prefix, const char *name, std::size_t index)
{
    return fieldPath(prefix, name) + QStringLiteral("[%1]").arg(index);
}

Result<const Json *> readElementObject(const Json &element, const QString &path)
{
    if (!element.is_object())
        return fail(invalid(path, element, MlflowRequest::tr("an object")));
    return &element;
}

Result<QList<KeyValue>> readKeyValues(const Json &object, const char *name, const QString &prefix,
                                      bool valueRequired)
{
    auto array = readArray(object, name, prefix);
    if (!array)
        return fail(array.error());
    QList<KeyValue> pairs;
    if (!*array)
        return pairs;
    pairs.reserve(qsizetype((*array)->size()));
    for (std::size_t i = 0; i < (*array)->size(); ++i) {
        const QString path = elementPath(prefix, name, i);
        auto element = readElementObject((**array)[i], path);
        if (!element)
            return fail(element.error());
        auto key = readRequiredString(**element, "key", path);
        if (!key)
            return fail(key.error());
        QString value;
        if (valueRequired) {
            auto required = readRequiredString(**element, "value", path);
            if (!required)
                return fail(required.error());
            value = *required;
        } else {
            auto optional = readString(**element, "value", path);
            if (!optional)
                return fail(optional.error());
            value = optional->value_or(QString());
        }
        pairs.append(KeyValue{*key, value});
    }
    return pairs;
}

Result<MetricValue> readMetric(const Json &object, const QString &prefix)
{
    MetricValue metric;
    auto key = readRequiredString(object, "key", prefix);
    if (!key)
        return fail(key.error());
    metric.key = *key;
    auto value = readDouble(object, "value", prefix);
    if (!value)
        return fail(value.error());
    if (!*value)
        return fail(missing(fieldPath(prefix, "value")));
    metric.value = **value;
    auto timestamp = readInt64(object, "timestamp", prefix);
    if (!timestamp)
        return fail(timestamp.error());
    if (!*timestamp)
        return fail(missing(fieldPath(prefix, "timestamp")));
    metric.timestamp = **timestamp;
    auto step = readInt64(object, "step", prefix);
    if (!step)
        return fail(step.error());
    metric.step = step->value_or(0);
    return metric;
}

// Proto enums arrive by name in JSON bodies, and by name or number in queries.
template<typename Enum, typename FromName>
Result<std::optional<Enum>> readEnum(const Json &object, const char *name, FromName fromName,
                                     std::initializer_list<Enum> byNumber, const QString &expected)
{
    const Json *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (value->is_string()) {
        const QString text = utf8(value->get_ref<const std::string &>());
        if (std::optional<Enum> named = fromName(text))
            return named;
        bool numeric = false;
        const int number = text.toInt(&numeric);
        if (numeric && number >= 1 && number <= int(byNumber.size()))
            return *(byNumber.begin() + (number - 1));
    } else if (value->is_number_integer()) {
        const auto number = value->get<std::int64_t>();
        if (number >= 1 && number <= std::int64_t(byNumber.size()))
            return *(byNumber.begin() + (number - 1));
    }
    return fail(invalid(QString::fromLatin1(name), *value, expected));
}

} // namespace

MlflowRequest::MlflowRequest(std::unique_ptr<Fields> fields)
    : m_fields(std::move(fields))
{}

MlflowRequest::MlflowRequest(MlflowRequest &&) noexcept = default;
MlflowRequest &MlflowRequest::operator=(MlflowRequest &&) noexcept = default;
MlflowRequest::~MlflowRequest() = default;

Result<MlflowRequest> MlflowRequest::fromJson(const QByteArray &body)
{
    auto fields = std::make_unique<Fields>();
    if (body.trimmed().isEmpty()) {
        fields->object = Json::object();
        return MlflowRequest(std::move(fields));
    }
    Json parsed = Json::parse(body.begin(), body.end(), nullptr, false);
    // Older MLflow clients post their JSON encoded a second time, as a JSON string.
    if (parsed.is_string())
        parsed = Json::parse(parsed.get_ref<const std::string &>(), nullptr, false);
    if (parsed.is_discarded())
        return failWithCode(TrackingError::BadRequest,
                            tr("The request body is not valid JSON. Send the fields as one JSON object "
                               "with Content-Type: application/json."));
    if (!parsed.is_object())
        return failWithCode(TrackingError::BadRequest,
                            tr("The request body is a JSON %1, not an object. Send the fields as one JSON "
                               "object.").arg(typeName(parsed)));
    fields->object = std::move(parsed);
    return MlflowRequest(std::move(fields));
}

Result<MlflowRequest> MlflowRequest::fromQuery(const QByteArray &encodedQuery, const QStringList &repeatedFields)
{
    auto fields = std::make_unique<Fields>();
    fields->object = Json::object();
    for (const QByteArray &item : encodedQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        auto decode = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' ')).toStdString();
        };
        const std::string name = decode(equals < 0 ? item : item.left(equals));
        const std::string value = equals < 0 ? std::string() : decode(item.mid(equals + 1));
        if (repeatedFields.contains(QString::fromStdString(name))) {
            Json &list = fields->object[name];
            if (!list.is_array())
                list = Json::array();
            list.push_back(value);
        } else if (!fields->object.contains(name)) {
            // A field given twice keeps its first value, as Flask's request.args.get does.
            fields->object[name] = value;
        }
    }
    return MlflowRequest(std::move(fields));
}

bool MlflowRequest::has(const char *field) const
{
    return member(m_fields->object, field) != nullptr;
}

Result<QString> MlflowRequest::requiredString(const char *field) const
{
    return readRequiredString(m_fields->object, field, {});
}

Result<std::optional<QString>> MlflowRequest::optionalString(const char *field) const
{
    return readString(m_fields->object, field, {});
}

Result<std::optional<std::int64_t>> MlflowRequest::optionalInt64(const char *field) const
{
    return readInt64(m_fields->object, field, {});
}

Result<std::optional<bool>> MlflowRequest::optionalBool(const char *field) const
{
    const Json *value = member(m_fields->object, field);
    if (!value)
        return std::nullopt;
    if (value->is_boolean())
        return value->get<bool>();
    if (value->is_string()) {
        const QString text = utf8(value->get_ref<const std::string &>()).trimmed();
        if (text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fail(invalid(QString::fromLatin1(field), *value, tr("true or false")));
}

Result<QStringList> MlflowRequest::stringList(const char *field) const
{
    auto array = readArray(m_fields->object, field, {});
    if (!array)
        return fail(array.error());
    QStringList strings;
    if (!*array)
        return strings;
    for (std::size_t i = 0; i < (*array)->size(); ++i) {
        const Json &element = (**array)[i];
        if (!element.is_string())
            return fail(invalid(elementPath({}, field, i), element, tr("a string")));
        strings.append(utf8(element.get_ref<const std::string &>()));
    }
    return strings;
}

Result<std::optional<RunStatus>> MlflowRequest::runStatus(const char *field) const
{
    return readEnum<RunStatus>(m_fields->object, field, runStatusFromName,
                               {RunStatus::Running, RunStatus::Scheduled, RunStatus::Finished,
                                RunStatus::Failed, RunStatus::Killed},
                               tr("one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED"));
}

Result<std::optional<ViewType>> MlflowRequest::viewType(const char *field) const
{
    return readEnum<ViewType>(m_fields->object, field, viewTypeFromName,
                              {ViewType::ActiveOnly, ViewType::DeletedOnly, ViewType::All},
                              tr("one of ACTIVE_ONLY, DELETED_ONLY, ALL"));
}

Result<QString> MlflowRequest::runId() const
{
    if (member(m_fields->object, "run_id") || !member(m_fields->object, "run_uuid"))
        return requiredString("run_id");
    return requiredString("run_uuid");
}

Result<QList<KeyValue>> MlflowRequest::keyValues(const char *field, bool valueRequired) const
{
    return readKeyValues(m_fields->object, field, {}, valueRequired);
}

Result<QList<MetricValue>> MlflowRequest::metrics(const char *field) const
{
    auto array = readArray(m_fields->object, field, {});
    if (!array)
        return fail(array.error());
    QList<MetricValue> metrics;
    if (!*array)
        return metrics;
    metrics.reserve(qsizetype((*array)->size()));
    for (std::size_t i = 0; i < (*array)->size(); ++i) {
        const QString path = elementPath({}, field, i);
        auto element = readElementObject((**array)[i], path);
        if (!element)
            return fail(element.error());
        auto metric = readMetric(**element, path);
        if (!metric)
            return fail(metric.error());
        metrics.append(std::move(*metric));
    }
    return metrics;
}

Result<MetricValue> MlflowRequest::metric() const
{
    return readMetric(m_fields->object, {});
}

Result<QList<DatasetInput>> MlflowRequest::datasetInputs(const char *field) const
{
    auto array = readArray(m_fields->object, field, {});
    if (!array)
        return fail(array.error());
    QList<DatasetInput> inputs;
    if (!*array)
        return inputs;
    for (std::size_t i = 0; i < (*array)->size(); ++i) {
        const QString path = elementPath({}, field, i);
        auto element = readElementObject((**array)[i], path);
        if (!element)
            return fail(element.error());
        DatasetInput input;
        auto tags = readKeyValues(**element, "tags", path, false);
        if (!tags)
            return fail(tags.error());
        input.tags = *tags;
        const Json *dataset = member(**element, "dataset");
        const QString datasetPath = fieldPath(path, "dataset");
        if (!dataset)
            return fail(missing(datasetPath));
        if (!dataset->is_object())
            return fail(invalid(datasetPath, *dataset, tr("an object")));
        struct Target { const char *name; QString *value; bool required; };
        const Target targets[] = {{"name", &input.name, true},        {"digest", &input.digest, true},
                                  {"source_type", &input.sourceType, true}, {"source", &input.source, true},
                                  {"schema", &input.schema, false},   {"profile", &input.profile, false}};
        for (const Target &target : targets) {
            auto value = readString(*dataset, target.name, datasetPath);
            if (!value)
                return fail(value.error());
            if (target.required && (!*value || (*value)->isEmpty()))
                return fail(missing(fieldPath(datasetPath, target.name)));
            *target.value = value->value_or(QString());
        }
        inputs.append(std::move(input));
    }
    return inputs;
}

} // namespace atelier
