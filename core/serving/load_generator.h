// LoadGenerator: HTTP load on libcurl's multi interface, closed loop (like wrk) or at a fixed rate (like wrk2).
#pragma once

#include "core/result.h"
#include "core/serving/latency_histogram.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace atelier {

class TaskContext;

struct LoadSettings
{
    QString url;
    QByteArray method = QByteArrayLiteral("GET");
    // Request bodies, sent in turn (the images of a dataset version, say); none: no body.
    QList<QByteArray> bodies;
    QList<QByteArray> headers; // "Name: value"
    int concurrency = 1;       // connections, over all threads
    int threads = 1;           // each with its own multi handle and concurrency/threads connections
    // Exactly one of the two ends the test.
    std::optional<std::chrono::milliseconds> duration;
    std::optional<std::int64_t> requests;
    // Open loop: requests are due at t0 + i/rate, whether or not earlier ones were answered.
    std::optional<double> rate;
    std::chrono::milliseconds requestTimeout{30'000};

    bool isOpenLoop() const { return rate.has_value(); }
    // The checks run() makes, with messages that name the setting and what to do.
    [[nodiscard]] Status validate() const;
    // mode, url, method, concurrency, threads, rate, duration_s, requests, bodies: the load_test
    // table's settings column.
    QJsonObject toJson() const;
};

struct LoadResult
{
    QString startedAt; // ISO 8601 UTC
    // Finished: answered, refused or timed out. A duration's end drops what is still unanswered
    // then, as wrk does.
    std::int64_t requests = 0;
    std::int64_t transportErrors = 0; // no answer: refused, reset, timed out
    std::int64_t httpErrors = 0;      // answered with a status of 400 or more
    // Errors by kind: "http_503", "timeout", "connect", "receive", ... (see errorKind()).
    QMap<QString, std::int64_t> errorKinds;
    std::chrono::nanoseconds elapsed{0};
    bool canceled = false;
    // Latency of every answered request. Open loop: from the time it was due (coordinated
    // omission corrected); closed loop: from the time it was sent.
    LatencyHistogram latency;
    // From the time each request was actually sent: what a naive client would report. In closed
    // loop the same as `latency`.
    LatencyHistogram serviceTime;

    std::int64_t errors() const { return transportErrors + httpErrors; }
    double requestsPerSecond() const;
    // requests, errors, errors_by_kind, elapsed_s, rps, p50, p95, p99, max, mean and service_p99
    // (ms; the uncorrected p99 in open loop): what `atelier loadtest` prints.
    QJsonObject toJson() const;
};

// Each thread runs one curl multi handle with its share of the connections. What keeps a client
// thread near wrk's speed (measured in tests/bench/bench_loadgen.cpp): signals off
// (CURLOPT_NOSIGNAL), the URL parsed once (CURLOPT_CURLU), the same easy handle removed and added
// again after each answer so its settings and the multi's connection cache are reused, a
// curl_multi_perform + curl_multi_poll loop, TCP_NODELAY, and bodies thrown away unread.
class LoadGenerator
{
    Q_DECLARE_TR_FUNCTIONS(LoadGenerator)

public:
    // Runs the test to its end, its cancellation through `context` (then the result so far, with
    // `canceled` set) or the first setup failure. Progress goes to `context` about five times a
    // second: requests done of the total (count mode) or milliseconds of the duration.
    [[nodiscard]] static Result<LoadResult> run(const LoadSettings &settings, TaskContext *context = nullptr);

    // The kind under which a failed transfer is counted, from its CURLcode.
    static QString errorKind(int curlCode);
};

} // namespace atelier
