// MlflowRouteTable: the lookup in a table of REST endpoints (method, path, handler), with the
// answers MLflow gives to a path it does not know or to a known path with another method.
#pragma once

#include "core/result.h"
#include "core/tracking/mlflow_request.h"
#include "core/tracking/mlflow_routes.h"

#include <QCoreApplication>

#include <cstddef>
#include <expected>

namespace atelier {

template<typename Handler>
struct MlflowRoute
{
    const char *method;
    const char *path; // after /api/2.0/mlflow/
    Handler handler;
    const char *repeatedFields = ""; // query fields that are lists, comma-separated
};

class MlflowRouteTable
{
    Q_DECLARE_TR_FUNCTIONS(MlflowRouteTable)

public:
    // The route of the call's method at `endpoint`; else 404 ENDPOINT_NOT_FOUND, or 405 where
    // the path is known with another method.
    template<typename Route, std::size_t N>
    static std::expected<const Route *, MlflowReply> find(const Route (&routes)[N], const MlflowCall &call,
                                                          const QString &endpoint)
    {
        bool pathKnown = false;
        for (const Route &route : routes) {
            if (endpoint != QLatin1StringView(route.path))
                continue;
            pathKnown = true;
            if (call.method == route.method)
                return &route;
        }
        return std::unexpected(notFound(call, pathKnown ? 405 : 404));
    }

    static MlflowReply notFound(const MlflowCall &call, int status = 404);

    // The call's fields: GET carries them in the query; DELETE in a JSON body as MLflow's client
    // sends it, or in the query as other clients do; the other methods in a JSON body.
    static Result<MlflowRequest> requestOf(const MlflowCall &call, const char *repeatedFields);
};

} // namespace atelier
