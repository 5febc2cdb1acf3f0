// MlflowRouteTable: the parts of the lookup that do not depend on the handlers' type.
#include "core/tracking/mlflow_route_table.h"

#include "core/tracking/mlflow_json.h"

namespace atelier {

MlflowReply MlflowRouteTable::notFound(const MlflowCall &call, int status)
{
    MlflowReply reply = mlflowjson::errorReply({tr("%1 %2 is not an endpoint of this MLflow-compatible server.")
                                                    .arg(QString::fromLatin1(call.method), call.path),
                                                {}, QStringLiteral("ENDPOINT_NOT_FOUND")});
    reply.status = status;
    return reply;
}

Result<MlflowRequest> MlflowRouteTable::requestOf(const MlflowCall &call, const char *repeatedFields)
{
    const bool fromQuery = call.method == "GET" || (call.method == "DELETE" && call.body.trimmed().isEmpty());
    if (fromQuery)
        return MlflowRequest::fromQuery(call.encodedQuery,
                                        QString::fromLatin1(repeatedFields).split(u',', Qt::SkipEmptyParts));
    return MlflowRequest::fromJson(call.body);
}

} // namespace atelier
