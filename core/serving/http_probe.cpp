// HttpProbe: libcurl's easy interface, its handle and header list owned by RAII wrappers, failures turned into messages.
#include "core/serving/http_probe.h"

#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace atelier {

namespace {

struct EasyCleanup
{
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};

struct ListCleanup
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

// curl_global_init is not safe to race with other threads' curl calls: once, before any handle.
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Sink
{
    QByteArray *body;
    qint64 limit;
    bool overflowed = false;
};

size_t appendBody(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const qint64 bytes = qint64(size * count);
    if (sink->body->size() + bytes > sink->limit) {
        sink->overflowed = true;
        return 0; // libcurl stops with CURLE_WRITE_ERROR
    }
    sink->body->append(data, bytes);
    return size * count;
}

QString hostAndPort(const QString &url)
{
    const QUrl parsed(url);
    return parsed.port() > 0 ? parsed.host() + u':' + QString::number(parsed.port()) : parsed.host();
}

} // namespace

struct HttpProbe::Private
{
    std::unique_ptr<CURL, EasyCleanup> handle;
    std::unique_ptr<curl_slist, ListCleanup> postHeaders;
    QByteArray postContentType;
    int connectMs = 1000;
    int totalMs = 2000;
    qint64 maxBodyBytes = 16 << 20;
    char errorText[CURL_ERROR_SIZE] = {};
};

HttpProbe::HttpProbe()
    : d(std::make_unique<Private>())
{
    initialiseCurl();
    d->handle.reset(curl_easy_init());
}

HttpProbe::~HttpProbe() = default;
HttpProbe::HttpProbe(HttpProbe &&) noexcept = default;
HttpProbe &HttpProbe::operator=(HttpProbe &&) noexcept = default;

void HttpProbe::setTimeouts(int connectMs, int totalMs)
{
    d->connectMs = connectMs;
    d->totalMs = totalMs;
}

void HttpProbe::setMaxBodyBytes(qint64 bytes)
{
    d->maxBodyBytes = bytes;
}

Result<HttpReply> HttpProbe::get(const QString &url)
{
    return perform(url, nullptr, {});
}

Result<HttpReply> HttpProbe::post(const QString &url, const QByteArray &body, const QByteArray &contentType)
{
    return perform(url, &body, contentType);
}

Result<HttpReply> HttpProbe::perform(const QString &url, const QByteArray *body, const QByteArray &contentType)
{
    CURL *curl = d->handle.get();
    if (!curl)
        return failWithCode(HttpFailure::Other, tr("Could not set up an HTTP request to %1: libcurl did not start. "
                                                   "The computer may be out of memory.").arg(url));
    const QByteArray address = url.toUtf8();
    HttpReply reply;
    Sink sink{&reply.body, d->maxBodyBytes};
    d->errorText[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    // Timeouts by signal would hit other threads; probes go straight to the server, never a proxy.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROXY, "");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(d->connectMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(d->totalMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, d->errorText);
    if (body) {
        if (!d->postHeaders || d->postContentType != contentType) {
            curl_slist *list = curl_slist_append(nullptr, ("Content-Type: " + contentType).constData());
            list = list ? curl_slist_append(list, "Expect:") : nullptr;
            d->postHeaders.reset(list);
            d->postContentType = contentType;
        }
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, d->postHeaders.get());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body->size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }

    const CURLcode code = curl_easy_perform(curl);
    curl_off_t totalUs = 0;
    curl_easy_getinfo(curl, CURLINFO_TOTAL_TIME_T, &totalUs);
    reply.latencyMs = double(totalUs) / 1000.0;
    const QString detail = QString::fromUtf8(d->errorText[0] ? d->errorText : curl_easy_strerror(code));
    const QString where = hostAndPort(url);
    switch (code) {
    case CURLE_OK:
        break;
    case CURLE_COULDNT_CONNECT:
        return failWithCode(HttpFailure::Refused,
                            tr("Nothing answers at %1: the connection was refused. The server is not running, or "
                               "listens on another port.").arg(where), detail);
    case CURLE_OPERATION_TIMEDOUT: {
        curl_off_t connectUs = 0;
        curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connectUs);
        return failWithCode(HttpFailure::Timeout,
                            connectUs == 0 ? tr("Could not connect to %1 within %2 ms.").arg(where).arg(d->connectMs)
                                           : tr("%1 accepted the connection but sent no answer to %2 within %3 ms.")
                                                 .arg(where, QUrl(url).path())
                                                 .arg(d->totalMs),
                            detail);
    }
    case CURLE_WRITE_ERROR:
        if (sink.overflowed)
            return failWithCode(HttpFailure::TooLarge, tr("The answer from %1 is larger than %2 bytes; it was not read.")
                                                           .arg(url)
                                                           .arg(d->maxBodyBytes));
        [[fallthrough]];
    default:
        return failWithCode(HttpFailure::Other, tr("The request to %1 failed: %2").arg(url, detail),
                            QString::fromUtf8(curl_easy_strerror(code)));
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    char *type = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        reply.contentType = type;
    return reply;
}

} // namespace atelier
