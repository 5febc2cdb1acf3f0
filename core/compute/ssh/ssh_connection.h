// SshConnection: one authenticated SSH session to a host (libssh), shared by threads, that runs commands.
#pragma once

#include "core/compute/ssh/ssh_endpoint.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

struct ssh_session_struct;

namespace atelier {

// What a remote command left behind.
struct SshExecResult
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitStatus = -1;
};

// connect() checks the host key strictly against known_hosts (an unknown key goes to
// SshCallbacks::confirmHostKey, a changed one is refused with the file and line to check), then
// logs in with ssh-agent, key files, keyboard-interactive and password, in that order.
//
// Every call blocks, so callers run on a worker thread, never on the GUI thread. Calls from several
// threads are serialised on the session: a long command releases it between reads, so other jobs'
// commands and the keepalive of SshLink go through meanwhile.
class SshConnection
{
    Q_DECLARE_TR_FUNCTIONS(SshConnection)

public:
    // How long a reply may take before the link counts as dead: connect, channel open, keepalive.
    static constexpr std::chrono::seconds ReplyTimeout{10};

    explicit SshConnection(SshEndpoint endpoint, SshCallbacks callbacks = {});
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    [[nodiscard]] Status connect();
    void disconnect();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] const SshEndpoint &endpoint() const;

    // Runs `arguments` (program first), each shell-quoted, and waits for it to end; `input` is
    // written to its stdin, which is then closed. A zero `timeout` waits for as long as it runs.
    [[nodiscard]] Result<SshExecResult> run(const QStringList &arguments, const QByteArray &input = {},
                                            std::chrono::milliseconds timeout = {});

    // The next piece of a stdin made while it is sent; empty at the end.
    using InputSource = std::function<Result<QByteArray>()>;
    // The same with stdin from `input`, piece by piece, so that a stream larger than memory
    // should hold goes through while it is being made.
    [[nodiscard]] Result<SshExecResult> runStreaming(const QStringList &arguments, const InputSource &input,
                                                     std::chrono::milliseconds timeout = {});

    // One round trip to the server (a channel opened and closed): fails when no answer came
    // within ReplyTimeout, and the connection is then closed.
    [[nodiscard]] Status checkAlive();

private:
    struct Private;
    class Channel;
    std::unique_ptr<Private> d;
};

} // namespace atelier
