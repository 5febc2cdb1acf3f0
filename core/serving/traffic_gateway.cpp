// TrafficGateway: a QAbstractHttpServer on a worker thread that forwards each request with QNetworkAccessManager.
#include "core/serving/traffic_gateway.h"

#include "core/serving/weighted_round_robin.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <mutex>

namespace atelier {

namespace {

using Clock = std::chrono::steady_clock;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return {};
    }
}

// Headers about one hop rather than the message (RFC 9110, 7.6.1), those the client stack sets
// itself, and Accept-Encoding/Content-Encoding: QNetworkAccessManager inflates bodies, so the
// encoding is its business on the upstream side only.
bool passesThrough(const QByteArray &name)
{
    static const QByteArray skipped[] = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te",
                                         "trailer", "upgrade", "host", "content-length", "accept-encoding",
                                         "content-encoding"};
    const QByteArray lower = name.toLower();
    return std::none_of(std::begin(skipped), std::end(skipped), [&](const QByteArray &s) { return s == lower; });
}

QUrl upstreamUrl(const QUrl &base, const QUrl &requested)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    if (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + requested.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(requested.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return url;
}

// Accepts connections with Nagle's delay off: answers leave in several writes (see MlflowServer).
class TcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

// Hands each parsed request to a callback that answers it later through responderFor().
class HttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    HttpServer(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {}

    QHttpServerResponder responderFor(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

struct Answer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

void write(QHttpServerResponder responder, const Answer &answer, const QByteArray &upstream)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    for (const auto &[name, value] : answer.headers) {
        if (passesThrough(name))
            responder.writeHeader(name, value);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    responder.writeHeader(QByteArrayLiteral("X-Atelier-Upstream"), upstream);
    responder.writeBody(answer.body);
}

Answer errorAnswer(int status, const QString &code, const QString &message, const QString &upstream)
{
    const QJsonObject json{{QStringLiteral("error_code"), code},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("upstream"), upstream}};
    return {status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
            QJsonDocument(json).toJson(QJsonDocument::Compact)};
}

Status validate(const QList<GatewayUpstream> &upstreams)
{
    if (upstreams.isEmpty())
        return fail(TrafficGateway::tr("The traffic gateway needs at least one upstream server."));
    int total = 0;
    for (const GatewayUpstream &upstream : upstreams) {
        const QUrl url(upstream.baseUrl, QUrl::StrictMode);
        if (upstream.name.isEmpty() || std::any_of(upstream.name.cbegin(), upstream.name.cend(),
                                                   [](QChar c) { return c.category() == QChar::Other_Control; }))
            return fail(TrafficGateway::tr("Each upstream of the traffic gateway needs a name without control "
                                           "characters (\"%1\" has none or such).").arg(upstream.baseUrl));
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return fail(TrafficGateway::tr("The upstream \"%1\" has no HTTP base URL: \"%2\". Give one such as "
                                           "http://127.0.0.1:8001.").arg(upstream.name, upstream.baseUrl));
        if (upstream.weight < 0)
            return fail(TrafficGateway::tr("The weight of the upstream \"%1\" must be 0 or more, not %2.")
                            .arg(upstream.name).arg(upstream.weight));
        total += upstream.weight;
    }
    if (total <= 0)
        return fail(TrafficGateway::tr("At least one upstream of the traffic gateway needs a weight above 0."));
    return {};
}

} // namespace

// The statistics, written on the gateway's thread and read from any other.
class TrafficGateway::Tally
{
public:
    explicit Tally(const QList<GatewayUpstream> &upstreams)
    {
        for (const GatewayUpstream &upstream : upstreams)
            m_statistics.append({upstream, 0, 0, {}});
    }

    void answered(int index, int status, Clock::duration latency)
    {
        std::lock_guard lock(m_mutex);
        UpstreamStatistics &statistics = m_statistics[index];
        ++statistics.requests;
        statistics.errors += status >= 500 ? 1 : 0;
        statistics.latency.record(latency);
    }

    void unanswered(int index)
    {
        std::lock_guard lock(m_mutex);
        ++m_statistics[index].requests;
        ++m_statistics[index].errors;
    }

    void reweigh(const QList<int> &weights)
    {
        std::lock_guard lock(m_mutex);
        for (qsizetype i = 0; i < m_statistics.size(); ++i)
            m_statistics[i].upstream.weight = weights.at(i);
    }

    QList<UpstreamStatistics> snapshot() const
    {
        std::lock_guard lock(m_mutex);
        return m_statistics;
    }

private:
    mutable std::mutex m_mutex;
    QList<UpstreamStatistics> m_statistics;
};

// Everything that touches sockets, created and destroyed on the gateway's thread. The network
// manager and the server are children, so they go after the connections to this object are cut.
class TrafficGateway::Worker : public QObject
{
public:
    Worker(QList<GatewayUpstream> upstreams, std::shared_ptr<Tally> tally, std::chrono::milliseconds timeout)
        : m_upstreams(std::move(upstreams))
        , m_tally(std::move(tally))
        , m_timeout(timeout)
    {
        QList<int> weights;
        for (const GatewayUpstream &upstream : std::as_const(m_upstreams))
            weights.append(upstream.weight);
        m_chooser = WeightedRoundRobin(weights);
    }

    Result<quint16> open(quint16 port)
    {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_server = new HttpServer([this](const QHttpServerRequest &request, QTcpSocket *socket) { forward(request, socket); },
                                  this);
        auto *tcp = new TcpServer(m_server);
        if (!tcp->listen(QHostAddress::LocalHost, port))
            return fail(TrafficGateway::tr("Could not listen on 127.0.0.1:%1 for the traffic gateway: %2. Choose "
                                           "another port, or 0 for any free one.").arg(port).arg(tcp->errorString()));
        m_server->bind(tcp);
        return tcp->serverPort();
    }

    // The round-robin starts afresh, so the new weights hold from the next request on.
    void setWeights(const QList<int> &weights)
    {
        for (qsizetype i = 0; i < m_upstreams.size(); ++i)
            m_upstreams[i].weight = weights.at(i);
        m_chooser = WeightedRoundRobin(weights);
        m_tally->reweigh(weights);
    }

private:
    void forward(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        const QByteArray method = methodName(request.method());
        if (method.isEmpty()) {
            write(m_server->responderFor(request, socket),
                  errorAnswer(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                              TrafficGateway::tr("The gateway forwards GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS."),
                              QString()),
                  QByteArray());
            return;
        }
        const int index = m_chooser.pick();
        const GatewayUpstream &upstream = m_upstreams.at(index);
        QNetworkRequest out(upstreamUrl(QUrl(upstream.baseUrl), request.url()));
        for (const auto &[name, value] : request.headers()) {
            if (passesThrough(name))
                out.setRawHeader(name, value);
        }
        out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        out.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // Clients' cookies stay theirs: the gateway's manager neither stores nor adds any.
        out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        out.setTransferTimeout(int(m_timeout.count()));
        QNetworkReply *reply = m_network->sendCustomRequest(out, method, request.body());
        const Clock::time_point started = Clock::now();
        // The request object lives as long as its socket (Qt deletes it with the socket).
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, index, started, client = QPointer<QTcpSocket>(socket), original = &request] {
                    reply->deleteLater();
                    const Answer answer = collect(*reply, index, started);
                    if (client && client->state() == QAbstractSocket::ConnectedState)
                        write(m_server->responderFor(*original, client), answer, m_upstreams.at(index).name.toUtf8());
                });
    }

    Answer collect(QNetworkReply &reply, int index, Clock::time_point started)
    {
        const GatewayUpstream &upstream = m_upstreams.at(index);
        const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            m_tally->answered(index, status.toInt(), Clock::now() - started);
            return {status.toInt(), reply.rawHeaderPairs(), reply.readAll()};
        }
        m_tally->unanswered(index);
        const bool timedOut = reply.error() == QNetworkReply::TimeoutError
                              || reply.error() == QNetworkReply::OperationCanceledError;
        if (timedOut)
            return errorAnswer(504, QStringLiteral("GATEWAY_TIMEOUT"),
                               TrafficGateway::tr("The upstream \"%1\" (%2) did not answer within %3 s.")
                                   .arg(upstream.name, upstream.baseUrl).arg(double(m_timeout.count()) / 1000.0),
                               upstream.name);
        return errorAnswer(502, QStringLiteral("BAD_GATEWAY"),
                           TrafficGateway::tr("The upstream \"%1\" (%2) could not be reached: %3. Check that its "
                                              "server is running.").arg(upstream.name, upstream.baseUrl, reply.errorString()),
                           upstream.name);
    }

    QList<GatewayUpstream> m_upstreams;
    std::shared_ptr<Tally> m_tally;
    std::chrono::milliseconds m_timeout;
    WeightedRoundRobin m_chooser;
    QNetworkAccessManager *m_network = nullptr; // a child
    HttpServer *m_server = nullptr;             // a child
};

TrafficGateway::TrafficGateway(QObject *parent)
    : QObject(parent)
{}

TrafficGateway::~TrafficGateway()
{
    stop();
}

Result<quint16> TrafficGateway::start(const QList<GatewayUpstream> &upstreams, quint16 port)
{
    if (isRunning())
        return fail(tr("The traffic gateway is already running on port %1. Stop it first.").arg(m_port));
    if (auto ok = validate(upstreams); !ok)
        return fail(ok.error());
    m_tally = std::make_shared<Tally>(upstreams);
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("atelier-traffic-gateway"));
    m_worker = new Worker(upstreams, m_tally, m_timeout);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    Result<quint16> opened = fail(QString());
    QMetaObject::invokeMethod(m_worker, [&] { opened = m_worker->open(port); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return fail(opened.error());
    }
    m_port = *opened;
    return m_port;
}

void TrafficGateway::stop()
{
    if (!m_thread)
        return;
    // The worker is deleted on its thread as the thread finishes (see start()).
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
    m_port = 0;
}

Status TrafficGateway::setWeights(const QList<int> &weights)
{
    if (!isRunning())
        return fail(tr("The traffic gateway is not running: start it with its upstreams first."));
    QList<GatewayUpstream> upstreams;
    for (const UpstreamStatistics &statistics : m_tally->snapshot())
        upstreams.append(statistics.upstream);
    if (weights.size() != upstreams.size())
        return fail(tr("The traffic gateway has %1 upstreams; %2 weights were given.").arg(upstreams.size()).arg(weights.size()));
    for (qsizetype i = 0; i < upstreams.size(); ++i)
        upstreams[i].weight = weights.at(i);
    if (auto ok = validate(upstreams); !ok)
        return ok;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, weights] { worker->setWeights(weights); },
                              Qt::BlockingQueuedConnection);
    return {};
}

QString TrafficGateway::url() const
{
    return isRunning() ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}

QList<UpstreamStatistics> TrafficGateway::statistics() const
{
    return m_tally ? m_tally->snapshot() : QList<UpstreamStatistics>();
}

} // namespace atelier
