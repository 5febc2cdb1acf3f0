// LoadWorker: the curl multi loop (add, perform, collect, poll) over RAII-owned curl handles.
#include "core/serving/load_worker.h"

#include <curl/curl.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace atelier {

namespace {

struct EasyCleanup
{
    void operator()(CURL *easy) const { curl_easy_cleanup(easy); }
};
struct MultiCleanup
{
    void operator()(CURLM *multi) const { curl_multi_cleanup(multi); }
};
struct UrlCleanup
{
    void operator()(CURLU *url) const { curl_url_cleanup(url); }
};
struct ListCleanup
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

using EasyHandle = std::unique_ptr<CURL, EasyCleanup>;
using MultiHandle = std::unique_ptr<CURLM, MultiCleanup>;
using UrlHandle = std::unique_ptr<CURLU, UrlCleanup>;
using HeaderList = std::unique_ptr<curl_slist, ListCleanup>;

// How long a wait may last at most, so that a stop is seen even without wake().
constexpr std::chrono::milliseconds LongestWait{100};

// Open loop: request i of the whole test is due at t0 + i/rate.
LoadPlan::Clock::time_point dueTime(const LoadPlan &plan, std::int64_t request)
{
    const double seconds = double(request) / *plan.settings.rate;
    return plan.start + std::chrono::nanoseconds(std::llround(seconds * 1e9));
}

std::size_t discardBody(char *, std::size_t size, std::size_t count, void *)
{
    return size * count;
}

// Remembers the first failing curl_easy_setopt of a series.
class Options
{
public:
    explicit Options(CURL *easy) : m_easy(easy) {}

    template<typename T>
    Options &set(CURLoption option, T value)
    {
        if (m_code == CURLE_OK)
            m_code = curl_easy_setopt(m_easy, option, value);
        return *this;
    }
    CURLcode code() const { return m_code; }

private:
    CURL *m_easy;
    CURLcode m_code = CURLE_OK;
};

// What every connection of a test shares: speed settings, the method and the first body.
void setCommonOptions(Options &options, const LoadSettings &settings)
{
    options.set(CURLOPT_NOSIGNAL, 1L)
        .set(CURLOPT_TCP_NODELAY, 1L)
        .set(CURLOPT_PROXY, "") // a load test measures the server, never a proxy from the environment
        .set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1))
        .set(CURLOPT_WRITEFUNCTION, &discardBody)
        .set(CURLOPT_TIMEOUT_MS, long(settings.requestTimeout.count()));
    const QByteArray &method = settings.method;
    if (!settings.bodies.isEmpty()) {
        const QByteArray &body = settings.bodies.constFirst();
        options.set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size())).set(CURLOPT_POSTFIELDS, body.constData());
        if (method != "POST")
            options.set(CURLOPT_CUSTOMREQUEST, method.constData());
    } else if (method == "HEAD") {
        options.set(CURLOPT_NOBODY, 1L);
    } else if (method != "GET") {
        options.set(CURLOPT_CUSTOMREQUEST, method.constData());
    }
}

Result<HeaderList> headerList(const LoadSettings &settings)
{
    QList<QByteArray> headers = settings.headers;
    // A body over 1 KB would otherwise wait for "100 Continue" first, a round trip per request.
    if (!settings.bodies.isEmpty())
        headers.append(QByteArrayLiteral("Expect:"));
    HeaderList list;
    for (const QByteArray &header : std::as_const(headers)) {
        curl_slist *longer = curl_slist_append(list.get(), header.constData());
        if (!longer)
            return fail(LoadWorker::tr("Could not set the request header \"%1\".").arg(QString::fromUtf8(header)));
        list.release(); // now part of `longer`
        list.reset(longer);
    }
    return list;
}

} // namespace

struct LoadWorker::Connection
{
    EasyHandle easy;
    UrlHandle url;
    Clock::time_point due;
    Clock::time_point sent;
    bool busy = false;
};

struct LoadWorker::Handles
{
    // Declared first, destroyed last: the easy handles leave it before they are freed.
    MultiHandle multi;
    HeaderList headers;
    std::vector<Connection> connections; // never resized after create(): the idle list points in
    std::vector<Connection *> idle;

    ~Handles()
    {
        for (Connection &connection : connections) {
            if (connection.busy)
                curl_multi_remove_handle(multi.get(), connection.easy.get());
        }
    }
};

LoadWorker::LoadWorker(LoadPlan &plan, int index)
    : m_plan(plan)
    , m_index(index)
    , m_handles(std::make_unique<Handles>())
{}

LoadWorker::~LoadWorker() = default;

Result<std::unique_ptr<LoadWorker>> LoadWorker::create(LoadPlan &plan, int index, int connections)
{
    const LoadSettings &settings = plan.settings;
    std::unique_ptr<LoadWorker> worker(new LoadWorker(plan, index));
    Handles &handles = *worker->m_handles;
    handles.multi.reset(curl_multi_init());
    if (!handles.multi)
        return fail(tr("Could not start the HTTP client (libcurl) for the load test."));
    auto headers = headerList(settings);
    if (!headers)
        return fail(headers.error());
    handles.headers = std::move(*headers);

    const QByteArray url = settings.url.toUtf8();
    handles.connections.resize(std::size_t(connections));
    for (Connection &connection : handles.connections) {
        connection.url.reset(curl_url());
        connection.easy.reset(curl_easy_init());
        if (!connection.url || !connection.easy)
            return fail(tr("Could not start the HTTP client (libcurl) for the load test."));
        if (const CURLUcode code = curl_url_set(connection.url.get(), CURLUPART_URL, url.constData(), 0))
            return fail(tr("The URL \"%1\" is not valid: %2.").arg(settings.url, QString::fromUtf8(curl_url_strerror(code))));
        Options options(connection.easy.get());
        options.set(CURLOPT_CURLU, connection.url.get())
            .set(CURLOPT_PRIVATE, static_cast<void *>(&connection))
            .set(CURLOPT_HTTPHEADER, handles.headers.get());
        setCommonOptions(options, settings);
        if (options.code() != CURLE_OK)
            return fail(tr("Could not set up the HTTP client for the load test."),
                        QString::fromUtf8(curl_easy_strerror(options.code())));
        handles.idle.push_back(&connection);
    }
    return worker;
}

void LoadWorker::run()
{
    CURLM *multi = m_handles->multi.get();
    launchAll(Clock::now());
    while (!m_plan.stop.load(std::memory_order_relaxed)) {
        int running = 0;
        curl_multi_perform(multi, &running);
        const Clock::time_point now = Clock::now();
        collect(now);
        if (isDone(now))
            break;
        // New transfers start in the next perform at once; a poll now would only return at once.
        if (launchAll(now) > 0)
            continue;
        curl_multi_poll(multi, nullptr, 0, waitMs(Clock::now()), nullptr);
    }
}

void LoadWorker::wake()
{
    curl_multi_wakeup(m_handles->multi.get());
}

bool LoadWorker::isDone(Clock::time_point now) const
{
    if (m_plan.deadline)
        return now >= *m_plan.deadline;
    const std::int64_t total = *m_plan.settings.requests;
    if (m_busy > 0)
        return false;
    if (m_plan.settings.isOpenLoop())
        return m_nextTicket * m_plan.settings.threads + m_index >= total;
    return m_plan.claimed.load(std::memory_order_relaxed) >= total;
}

bool LoadWorker::nextRequest(Clock::time_point now, Clock::time_point &due)
{
    const LoadSettings &settings = m_plan.settings;
    if (settings.isOpenLoop()) {
        const std::int64_t request = m_nextTicket * settings.threads + m_index;
        if (settings.requests && request >= *settings.requests)
            return false;
        due = dueTime(m_plan, request);
        if (due > now || (m_plan.deadline && due >= *m_plan.deadline))
            return false;
        ++m_nextTicket;
        return true;
    }
    due = now;
    if (m_plan.deadline)
        return now < *m_plan.deadline;
    const std::int64_t total = *settings.requests;
    // Read first so that idle connections at the end do not keep bumping a shared counter.
    return m_plan.claimed.load(std::memory_order_relaxed) < total
           && m_plan.claimed.fetch_add(1, std::memory_order_relaxed) < total;
}

int LoadWorker::launchAll(Clock::time_point now)
{
    int launched = 0;
    Clock::time_point due;
    while (!m_handles->idle.empty() && nextRequest(now, due)) {
        Connection *connection = m_handles->idle.back();
        m_handles->idle.pop_back();
        send(*connection, due, now);
        ++launched;
    }
    return launched;
}

void LoadWorker::send(Connection &connection, Clock::time_point due, Clock::time_point now)
{
    const QList<QByteArray> &bodies = m_plan.settings.bodies;
    if (bodies.size() > 1) {
        const QByteArray &body = bodies.at((m_sent * m_plan.settings.threads + m_index) % bodies.size());
        curl_easy_setopt(connection.easy.get(), CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        curl_easy_setopt(connection.easy.get(), CURLOPT_POSTFIELDS, body.constData());
    }
    ++m_sent;
    connection.due = due;
    connection.sent = now;
    if (curl_multi_add_handle(m_handles->multi.get(), connection.easy.get()) != CURLM_OK) {
        count(connection, CURLE_FAILED_INIT, now);
        m_handles->idle.push_back(&connection);
        return;
    }
    connection.busy = true;
    ++m_busy;
}

void LoadWorker::collect(Clock::time_point now)
{
    CURLM *multi = m_handles->multi.get();
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // The message does not outlive curl_multi_remove_handle: read it first.
        CURL *easy = message->easy_handle;
        const CURLcode code = message->data.result;
        Connection *connection = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &connection);
        if (!m_plan.deadline || now <= *m_plan.deadline)
            count(*connection, code, now);
        curl_multi_remove_handle(multi, easy);
        connection->busy = false;
        --m_busy;
        m_handles->idle.push_back(connection);
    }
}

void LoadWorker::count(Connection &connection, int curlCode, Clock::time_point now)
{
    ++m_tally.requests;
    m_plan.finished.fetch_add(1, std::memory_order_relaxed);
    m_lastFinish = now;
    if (curlCode != CURLE_OK) {
        ++m_tally.transportErrors;
        ++m_tally.errorKinds[LoadGenerator::errorKind(curlCode)];
        return;
    }
    long status = 0;
    curl_easy_getinfo(connection.easy.get(), CURLINFO_RESPONSE_CODE, &status);
    if (status >= 400) {
        ++m_tally.httpErrors;
        ++m_tally.errorKinds[QStringLiteral("http_%1").arg(status)];
    }
    if (m_plan.settings.isOpenLoop()) {
        m_tally.latency.record(now - connection.due);
        m_tally.serviceTime.record(now - connection.sent);
    } else {
        m_tally.latency.record(now - connection.sent);
    }
}

int LoadWorker::waitMs(Clock::time_point now) const
{
    Clock::time_point until = now + LongestWait;
    if (m_plan.deadline)
        until = std::min(until, *m_plan.deadline);
    const LoadSettings &settings = m_plan.settings;
    if (settings.isOpenLoop() && !m_handles->idle.empty())
        until = std::min(until, dueTime(m_plan, m_nextTicket * settings.threads + m_index));
    // Rounded down: a request due in under a millisecond is waited for by polling without delay.
    return int(std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count()));
}

} // namespace atelier
