// LoadGenerator: checks the settings, runs one LoadWorker a thread, reports progress and adds up.
#include "core/serving/load_generator.h"

#include "core/serving/load_worker.h"
#include "core/tasks/task_context.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace atelier {

namespace {

using Clock = LoadPlan::Clock;

constexpr int MostConnections = 10'000;
constexpr std::chrono::milliseconds ProgressInterval{200};

struct ErrorKindName
{
    CURLcode code;
    const char *name;
};

constexpr ErrorKindName ErrorKindNames[] = {
    {CURLE_COULDNT_CONNECT, "connect"},
    {CURLE_COULDNT_RESOLVE_HOST, "resolve"},
    {CURLE_OPERATION_TIMEDOUT, "timeout"},
    {CURLE_SEND_ERROR, "send"},
    {CURLE_RECV_ERROR, "receive"},
    {CURLE_GOT_NOTHING, "empty_reply"},
    {CURLE_PARTIAL_FILE, "partial_body"},
    {CURLE_WEIRD_SERVER_REPLY, "bad_reply"},
    {CURLE_SSL_CONNECT_ERROR, "tls"},
    {CURLE_PEER_FAILED_VERIFICATION, "tls"},
};

void initializeCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

double roundedMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

bool isToken(const QByteArray &method)
{
    return !method.isEmpty() && std::all_of(method.cbegin(), method.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

// Waits for the workers while passing cancellation on and progress out.
class Supervision
{
public:
    explicit Supervision(int threads) : m_running(threads) {}

    void workerFinished()
    {
        std::lock_guard lock(m_mutex);
        --m_running;
        m_changed.notify_all();
    }

    // True when the context canceled the test.
    bool watch(LoadPlan &plan, const std::vector<std::unique_ptr<LoadWorker>> &workers, TaskContext *context)
    {
        bool canceled = false;
        std::unique_lock lock(m_mutex);
        while (!m_changed.wait_for(lock, ProgressInterval, [this] { return m_running == 0; })) {
            if (context && context->isCanceled() && !canceled) {
                canceled = true;
                plan.stop.store(true, std::memory_order_relaxed);
                for (const auto &worker : workers)
                    worker->wake();
            }
            report(plan, context);
        }
        report(plan, context);
        return canceled;
    }

private:
    static void report(const LoadPlan &plan, TaskContext *context)
    {
        if (!context)
            return;
        const std::int64_t done = plan.finished.load(std::memory_order_relaxed);
        const QString status = LoadGenerator::tr("%1 requests").arg(done);
        if (plan.settings.requests) {
            context->setProgress(done, *plan.settings.requests, status);
        } else {
            const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - plan.start);
            const std::int64_t total = plan.settings.duration->count();
            context->setProgress(std::min<std::int64_t>(elapsed.count(), total), total, status);
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_running;
};

void addUp(LoadResult &result, const LoadResult &tally)
{
    result.requests += tally.requests;
    result.transportErrors += tally.transportErrors;
    result.httpErrors += tally.httpErrors;
    for (auto it = tally.errorKinds.cbegin(); it != tally.errorKinds.cend(); ++it)
        result.errorKinds[it.key()] += it.value();
    result.latency.merge(tally.latency);
    result.serviceTime.merge(tally.serviceTime);
}

} // namespace

Status LoadSettings::validate() const
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        || parsed.host().isEmpty())
        return fail(LoadGenerator::tr("\"%1\" is not an HTTP URL. Give one such as http://127.0.0.1:8080/v2/health/ready.")
                        .arg(url));
    if (!isToken(method))
        return fail(LoadGenerator::tr("\"%1\" is not an HTTP method. Use GET, POST, PUT or another word of letters.")
                        .arg(QString::fromUtf8(method)));
    if (concurrency < 1 || concurrency > MostConnections)
        return fail(LoadGenerator::tr("The concurrency must be between 1 and %1 connections, not %2.")
                        .arg(MostConnections).arg(concurrency));
    if (threads < 1 || threads > concurrency)
        return fail(LoadGenerator::tr("The threads must be between 1 and the concurrency (%1), not %2: each thread "
                                      "needs a connection of its own.").arg(concurrency).arg(threads));
    if (duration.has_value() == requests.has_value())
        return fail(LoadGenerator::tr("Give either a duration or a number of requests for the load test, not %1.")
                        .arg(duration ? LoadGenerator::tr("both") : LoadGenerator::tr("neither")));
    if (duration && duration->count() <= 0)
        return fail(LoadGenerator::tr("The duration of the load test must be more than 0 seconds."));
    if (requests && *requests <= 0)
        return fail(LoadGenerator::tr("The number of requests must be at least 1, not %1.").arg(*requests));
    if (rate && !(*rate > 0 && std::isfinite(*rate)))
        return fail(LoadGenerator::tr("The rate must be more than 0 requests per second, not %1.").arg(*rate));
    if (requestTimeout.count() <= 0)
        return fail(LoadGenerator::tr("The request timeout must be more than 0 milliseconds."));
    return {};
}

QJsonObject LoadSettings::toJson() const
{
    // Header names only: their values may be tokens, and secrets never go into the store.
    QJsonArray headerNames;
    for (const QByteArray &header : headers)
        headerNames.append(QString::fromUtf8(header.left(header.indexOf(':')).trimmed()));
    QJsonObject json{{QStringLiteral("mode"), isOpenLoop() ? QStringLiteral("open") : QStringLiteral("closed")},
                     {QStringLiteral("url"), url},
                     {QStringLiteral("method"), QString::fromUtf8(method)},
                     {QStringLiteral("concurrency"), concurrency},
                     {QStringLiteral("threads"), threads},
                     {QStringLiteral("bodies"), bodies.size()},
                     {QStringLiteral("headers"), headerNames},
                     {QStringLiteral("timeout_s"), double(requestTimeout.count()) / 1000.0}};
    if (rate)
        json.insert(QStringLiteral("rate"), *rate);
    if (duration)
        json.insert(QStringLiteral("duration_s"), double(duration->count()) / 1000.0);
    if (requests)
        json.insert(QStringLiteral("requests"), qint64(*requests));
    return json;
}

double LoadResult::requestsPerSecond() const
{
    const double seconds = std::chrono::duration<double>(elapsed).count();
    return seconds > 0 ? double(requests) / seconds : 0;
}

QJsonObject LoadResult::toJson() const
{
    QJsonObject kinds;
    for (auto it = errorKinds.cbegin(); it != errorKinds.cend(); ++it)
        kinds.insert(it.key(), qint64(it.value()));
    QJsonObject json{{QStringLiteral("started_at"), startedAt},
                     {QStringLiteral("requests"), qint64(requests)},
                     {QStringLiteral("errors"), qint64(errors())},
                     {QStringLiteral("transport_errors"), qint64(transportErrors)},
                     {QStringLiteral("http_errors"), qint64(httpErrors)},
                     {QStringLiteral("errors_by_kind"), kinds},
                     {QStringLiteral("elapsed_s"), roundedMs(std::chrono::duration<double>(elapsed).count())},
                     {QStringLiteral("rps"), std::round(requestsPerSecond() * 10.0) / 10.0},
                     {QStringLiteral("p50"), roundedMs(latency.percentileMs(50))},
                     {QStringLiteral("p95"), roundedMs(latency.percentileMs(95))},
                     {QStringLiteral("p99"), roundedMs(latency.percentileMs(99))},
                     {QStringLiteral("max"), roundedMs(latency.maxMs())},
                     {QStringLiteral("mean"), roundedMs(latency.meanMs())},
                     {QStringLiteral("service_p99"), roundedMs(serviceTime.percentileMs(99))}};
    if (canceled)
        json.insert(QStringLiteral("canceled"), true);
    return json;
}

QString LoadGenerator::errorKind(int curlCode)
{
    for (const ErrorKindName &kind : ErrorKindNames) {
        if (kind.code == curlCode)
            return QString::fromLatin1(kind.name);
    }
    return QStringLiteral("curl_%1").arg(curlCode);
}

Result<LoadResult> LoadGenerator::run(const LoadSettings &settings, TaskContext *context)
{
    if (auto ok = settings.validate(); !ok)
        return fail(ok.error());
    initializeCurl();

    LoadPlan plan(settings);
    std::vector<std::unique_ptr<LoadWorker>> workers;
    for (int t = 0; t < settings.threads; ++t) {
        const int connections = settings.concurrency / settings.threads + (t < settings.concurrency % settings.threads);
        auto worker = LoadWorker::create(plan, t, connections);
        if (!worker)
            return fail(worker.error());
        workers.push_back(std::move(*worker));
    }

    LoadResult result;
    result.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    plan.begin(Clock::now());
    Supervision supervision(settings.threads);
    std::vector<std::jthread> threads;
    for (const auto &worker : workers) {
        threads.emplace_back([&supervision, worker = worker.get()] {
            worker->run();
            supervision.workerFinished();
        });
    }
    result.canceled = supervision.watch(plan, workers, context);
    threads.clear(); // joins

    Clock::time_point end = plan.start;
    for (const auto &worker : workers) {
        addUp(result, worker->tally());
        end = std::max(end, worker->lastFinish());
    }
    if (plan.deadline)
        end = result.canceled ? std::min(Clock::now(), *plan.deadline) : *plan.deadline;
    else if (result.canceled)
        end = Clock::now();
    result.elapsed = end - plan.start;
    if (!settings.isOpenLoop())
        result.serviceTime = result.latency;
    return result;
}

} // namespace atelier
