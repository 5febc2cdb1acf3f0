// HttpProbe: blocking HTTP GET and POST over one libcurl easy handle, with connect and total timeouts.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace atelier {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    double latencyMs = 0; // from sending the request to the last byte of the answer
};

// A transport failure (no HTTP status came back) carries one of these in Error::code, so a
// caller can tell a closed port from a server that hangs.
namespace HttpFailure {
inline const QString Refused = QStringLiteral("connection_refused");
inline const QString Timeout = QStringLiteral("timeout");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString Other = QStringLiteral("transport");
} // namespace HttpFailure

// Calls block up to the total timeout, so they belong on a worker thread, never the GUI thread.
// One probe serves one thread at a time; it keeps its connection open between calls (HTTP
// keep-alive), as a health checker or a client of the server would.
class HttpProbe
{
    Q_DECLARE_TR_FUNCTIONS(HttpProbe)

public:
    HttpProbe();
    ~HttpProbe();
    HttpProbe(HttpProbe &&) noexcept;
    HttpProbe &operator=(HttpProbe &&) noexcept;
    HttpProbe(const HttpProbe &) = delete;
    HttpProbe &operator=(const HttpProbe &) = delete;

    void setTimeouts(int connectMs, int totalMs);
    // Answers larger than this fail with HttpFailure::TooLarge (16 MiB unless set).
    void setMaxBodyBytes(qint64 bytes);

    // Any HTTP status is a reply; only a failure to get one is an error.
    [[nodiscard]] Result<HttpReply> get(const QString &url);
    [[nodiscard]] Result<HttpReply> post(const QString &url, const QByteArray &body,
                                         const QByteArray &contentType = "application/json");

private:
    struct Private;
    [[nodiscard]] Result<HttpReply> perform(const QString &url, const QByteArray *body, const QByteArray &contentType);

    std::unique_ptr<Private> d;
};

} // namespace atelier
