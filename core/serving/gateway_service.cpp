// GatewayService: the TrafficGateway of a split plus a small HTTP control server for probes, /metrics and weights.
#include "core/serving/gateway_service.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>

#include <algorithm>

namespace atelier {

namespace {

// Upper bounds in seconds of the exported histogram: the gateway's own histogram has 1,331 buckets,
// far more than a scrape needs; these keep p50..p99 within a few percent from 0.5 ms to a minute.
constexpr double BucketBounds[] = {0.0005, 0.001, 0.0015, 0.002, 0.003, 0.004, 0.005, 0.0075, 0.01, 0.015,
                                   0.02,   0.03,  0.04,   0.05,  0.075, 0.1,   0.15,  0.2,    0.3,  0.5,
                                   0.75,   1,     1.5,    2.5,   5,     10,    30,    60};

QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        out += c == '\n' ? QByteArrayLiteral("\\n") : QByteArray(1, c);
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// Answers the supervisor's probes, scrapes and weight changes on the process's main thread.
class GatewayService::ControlServer : public QAbstractHttpServer
{
public:
    explicit ControlServer(GatewayService &service)
        : QAbstractHttpServer(&service)
        , m_service(service)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        const bool get = request.method() == QHttpServerRequest::Method::Get;
        QHttpServerResponder responder = makeResponder(request, socket);
        const QByteArray jsonType = QByteArrayLiteral("application/json");
        if (get && (path == QLatin1String("/v2/health/live") || path == QLatin1String("/v2/health/ready"))) {
            const bool up = m_service.m_gateway && m_service.m_gateway->isRunning();
            responder.write(json({{QStringLiteral("live"), up}}), jsonType,
                            up ? QHttpServerResponder::StatusCode::Ok : QHttpServerResponder::StatusCode::ServiceUnavailable);
        } else if (get && path == QLatin1String("/metrics")) {
            responder.write(metricsText(m_service.m_routes, m_service.m_gateway->statistics()),
                            QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        } else if (get && path == QLatin1String("/routes")) {
            responder.write(routesToJson(m_service.m_routes), jsonType);
        } else if (request.method() == QHttpServerRequest::Method::Post && path == QLatin1String("/routes")) {
            const Status changed = reweigh(request.body());
            responder.write(changed ? routesToJson(m_service.m_routes)
                                    : json({{QStringLiteral("error_code"), QStringLiteral("INVALID_PARAMETER_VALUE")},
                                            {QStringLiteral("message"), changed.error().message}}),
                            jsonType,
                            changed ? QHttpServerResponder::StatusCode::Ok : QHttpServerResponder::StatusCode::BadRequest);
        } else {
            responder.write(json({{QStringLiteral("error_code"), QStringLiteral("ENDPOINT_NOT_FOUND")},
                                  {QStringLiteral("message"), GatewayService::tr("No such control endpoint: %1").arg(path)}}),
                            jsonType, QHttpServerResponder::StatusCode::NotFound);
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Status reweigh(const QByteArray &body)
    {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isArray())
            return fail(GatewayService::tr("POST /routes takes a JSON array of {\"key\", \"weight\"} objects."));
        QList<std::pair<QString, int>> weights;
        for (const QJsonValue &entry : document.array())
            weights.append({entry[QLatin1String("key")].toString(), entry[QLatin1String("weight")].toInt(-1)});
        return m_service.setWeights(weights);
    }

    GatewayService &m_service;
};

GatewayService::GatewayService(QObject *parent)
    : QObject(parent)
{}

GatewayService::~GatewayService() = default;

Result<QList<GatewayRoute>> GatewayService::routesFromJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (!document.isArray() || document.array().isEmpty())
        return fail(tr("The gateway's routes must be a JSON array of {\"key\", \"name\", \"url\", \"weight\"} objects, "
                       "at least one."),
                    error.errorString());
    QList<GatewayRoute> routes;
    QSet<QString> keys;
    for (const QJsonValue &entry : document.array()) {
        const QJsonObject object = entry.toObject();
        GatewayRoute route{object.value(QStringLiteral("key")).toString(), object.value(QStringLiteral("name")).toString(),
                           object.value(QStringLiteral("url")).toString(), object.value(QStringLiteral("weight")).toInt(-1)};
        if (route.key.isEmpty() || keys.contains(route.key))
            return fail(tr("Each route of the gateway needs a key of its own (\"%1\" is empty or given twice).").arg(route.key));
        keys.insert(route.key);
        routes.append(route.name.isEmpty() ? GatewayRoute{route.key, route.key, route.url, route.weight} : route);
    }
    return routes;
}

QByteArray GatewayService::routesToJson(const QList<GatewayRoute> &routes)
{
    QJsonArray list;
    for (const GatewayRoute &route : routes)
        list.append(QJsonObject{{QStringLiteral("key"), route.key},
                                {QStringLiteral("name"), route.name},
                                {QStringLiteral("url"), route.url},
                                {QStringLiteral("weight"), route.weight}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

Status GatewayService::start(const QList<GatewayRoute> &routes, quint16 port, quint16 controlPort)
{
    QList<GatewayUpstream> upstreams;
    for (const GatewayRoute &route : routes)
        upstreams.append({route.name, route.url, route.weight});
    m_gateway = std::make_unique<TrafficGateway>();
    auto listening = m_gateway->start(upstreams, port);
    if (!listening)
        return fail(listening.error());
    m_routes = routes;
    m_control = new ControlServer(*this);
    m_controlPort = m_control->listen(QHostAddress::LocalHost, controlPort);
    if (m_controlPort == 0)
        return fail(tr("Could not listen on 127.0.0.1:%1 for the traffic gateway's control endpoint. Another program "
                       "took the port; restart the deployment.").arg(controlPort));
    return {};
}

Status GatewayService::setWeights(const QList<std::pair<QString, int>> &weights)
{
    QList<int> ordered;
    for (const GatewayRoute &route : std::as_const(m_routes)) {
        const auto found = std::find_if(weights.cbegin(), weights.cend(), [&](const auto &pair) { return pair.first == route.key; });
        if (found == weights.cend())
            return fail(tr("The new weights leave out the route \"%1\": give a weight for every route of the gateway.")
                            .arg(route.key));
        ordered.append(found->second);
    }
    if (weights.size() != m_routes.size())
        return fail(tr("The new weights name routes that the gateway does not have; a different set of routes needs a "
                       "new gateway."));
    if (auto ok = m_gateway->setWeights(ordered); !ok)
        return ok;
    for (qsizetype i = 0; i < m_routes.size(); ++i)
        m_routes[i].weight = ordered.at(i);
    return {};
}

QByteArray GatewayService::metricsText(const QList<GatewayRoute> &routes, const QList<UpstreamStatistics> &statistics)
{
    QByteArray requests = "# HELP atelier_gateway_requests_total Requests forwarded to each route.\n"
                          "# TYPE atelier_gateway_requests_total counter\n";
    QByteArray errors = "# HELP atelier_gateway_errors_total Requests of each route without an answer or answered 5xx.\n"
                        "# TYPE atelier_gateway_errors_total counter\n";
    QByteArray weights = "# HELP atelier_gateway_route_weight The weight of each route.\n"
                         "# TYPE atelier_gateway_route_weight gauge\n";
    QByteArray latency = "# HELP atelier_gateway_request_duration_seconds From forwarding a request to its answer.\n"
                         "# TYPE atelier_gateway_request_duration_seconds histogram\n";
    for (qsizetype i = 0; i < std::min(routes.size(), statistics.size()); ++i) {
        const UpstreamStatistics &seen = statistics.at(i);
        const QByteArray labels = "route=\"" + escapeLabel(routes.at(i).key) + "\",upstream=\""
                                  + escapeLabel(routes.at(i).name) + '"';
        requests += "atelier_gateway_requests_total{" + labels + "} " + QByteArray::number(seen.requests) + '\n';
        errors += "atelier_gateway_errors_total{" + labels + "} " + QByteArray::number(seen.errors) + '\n';
        weights += "atelier_gateway_route_weight{" + labels + "} " + QByteArray::number(seen.upstream.weight) + '\n';
        const QList<LatencyHistogram::Bucket> buckets = seen.latency.buckets();
        qsizetype next = 0;
        std::int64_t below = 0;
        for (const double bound : BucketBounds) {
            while (next < buckets.size() && buckets.at(next).upperBoundMs <= bound * 1000.0)
                below += buckets.at(next++).count;
            latency += "atelier_gateway_request_duration_seconds_bucket{" + labels + ",le=\"" + number(bound) + "\"} "
                       + QByteArray::number(below) + '\n';
        }
        const std::int64_t count = seen.latency.count();
        latency += "atelier_gateway_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} "
                   + QByteArray::number(count) + '\n';
        latency += "atelier_gateway_request_duration_seconds_sum{" + labels + "} "
                   + number(seen.latency.meanMs() * double(count) / 1000.0) + '\n';
        latency += "atelier_gateway_request_duration_seconds_count{" + labels + "} " + QByteArray::number(count) + '\n';
    }
    return requests + errors + weights + latency;
}

} // namespace atelier
