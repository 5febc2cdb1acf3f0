// TrafficGateway: an HTTP gateway on 127.0.0.1 that splits a deployment's traffic between model versions by weight.
#pragma once

#include "core/result.h"
#include "core/serving/latency_histogram.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>

class QThread;

namespace atelier {

struct GatewayUpstream
{
    QString name;    // what the dashboard shows ("v3"); the response header X-Atelier-Upstream
    QString baseUrl; // "http://127.0.0.1:8001"; a path in it prefixes the request's path
    int weight = 0;
};

// What the gateway saw of one upstream since it started.
struct UpstreamStatistics
{
    GatewayUpstream upstream;
    std::int64_t requests = 0; // forwarded, whatever came back
    // No answer (502, or 504 after the timeout) or an answer of 500 or more.
    std::int64_t errors = 0;
    LatencyHistogram latency;  // of the answered requests, from forwarding to the answer
};

// Runs on a thread of its own with the same HTTP stack as the tracking server (Qt HttpServer for
// the clients, QNetworkAccessManager towards the upstreams). Each request (method, path, query,
// headers, body) goes to the upstream that smooth weighted round-robin picks (see
// WeightedRoundRobin: exact shares, deterministic); its status, Content-Type and body come back,
// with the upstream's name in X-Atelier-Upstream. An upstream that cannot be reached gives 502
// with a JSON error; one that does not answer within the timeout gives 504. Towards each
// upstream the network manager keeps at most six connections; more requests at once wait for one.
//
// The answer is written when the upstream's arrives, not within the request handler: Qt 6.4's
// QFuture responses keep a reference to a request that a client's disconnect deletes, so the
// gateway keeps the client's socket in a QPointer and answers only while it lives. Clients do
// not pipeline (curl, browsers and Python clients send the next request after the answer).
class TrafficGateway : public QObject
{
    Q_OBJECT

public:
    explicit TrafficGateway(QObject *parent = nullptr);
    ~TrafficGateway() override;

    // How long an upstream may take to answer; applies from the next start().
    void setUpstreamTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Listens on 127.0.0.1:`port` (0: any free port). The upstreams need a name, an http(s) base
    // URL and a weight of 0 or more, at least one of them above 0. Returns the port.
    [[nodiscard]] Result<quint16> start(const QList<GatewayUpstream> &upstreams, quint16 port = 0);
    // Stops listening; requests under way are dropped.
    void stop();
    // New weights for the running gateway's upstreams, one for each in start()'s order (0 or more,
    // one above 0). Requests under way finish where they went; statistics go on counting.
    [[nodiscard]] Status setWeights(const QList<int> &weights);

    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT"; empty when stopped.
    QString url() const;

    // Per upstream, in the order given to start(); safe to call from any thread.
    QList<UpstreamStatistics> statistics() const;

private:
    class Worker;
    class Tally;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted there
    std::shared_ptr<Tally> m_tally;
    std::chrono::milliseconds m_timeout{30'000};
    quint16 m_port = 0;
};

} // namespace atelier
