// SshConnection: one authenticated SSH session to a host (libssh), shared by threads, that runs commands.
#include "core/compute/ssh/ssh_connection.h"

#include "core/compute/ssh/known_hosts.h"
#include "core/compute/ssh/shell_quote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <algorithm>
#include <utility>
#include <cstring>
#include <mutex>
#include <optional>

namespace atelier {

namespace {

struct SessionFree
{
    void operator()(ssh_session session) const
    {
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
    }
};
using SessionHandle = std::unique_ptr<ssh_session_struct, SessionFree>;

struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyHandle = std::unique_ptr<ssh_key_struct, KeyFree>;

// A secret's bytes, zeroed before their memory is given back.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { m_bytes.fill('\0'); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

QString libsshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

QStringList defaultIdentityFiles()
{
    const QString dir = QDir::homePath() + QStringLiteral("/.ssh/");
    return {dir + QStringLiteral("id_ed25519"), dir + QStringLiteral("id_ecdsa"), dir + QStringLiteral("id_rsa")};
}

// ProxyJump "a,b" as the ProxyCommand that OpenSSH's own client runs for it; libssh 0.10 has no
// jump host support of its own. The jump hosts log in with the user's ssh setup (agent, config).
QByteArray proxyCommandFor(const QString &proxyJump)
{
    QStringList hops = proxyJump.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString last = hops.takeLast();
    QByteArray command = "ssh";
    if (!hops.isEmpty())
        command += " -J " + shellQuote(hops.join(QLatin1Char(',')));
    return command + " -W '[%h]:%p' -- " + shellQuote(last);
}

enum class KeyOutcome { Accepted, Denied, Unusable, Cancelled, Failed };

// What the passphrase callback of libssh needs to reach the user's callback.
struct PassphraseRequest
{
    const SshCallbacks *callbacks = nullptr;
    QString keyFile;
    bool asked = false;
    bool cancelled = false;
};

int passphraseCallback(const char * /*prompt*/, char *buffer, size_t length, int /*echo*/, int /*verify*/,
                       void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    if (!request->callbacks->askPassphrase) {
        request->cancelled = true;
        return -1;
    }
    const std::optional<QString> answer = request->callbacks->askPassphrase(request->keyFile);
    if (!answer) {
        request->cancelled = true;
        return -1;
    }
    const SecretBytes secret(*answer);
    if (static_cast<size_t>(secret.size()) >= length)
        return -1;
    std::memcpy(buffer, secret.data(), static_cast<size_t>(secret.size()));
    buffer[secret.size()] = '\0';
    return 0;
}

} // namespace

struct SshConnection::Private
{
    SshEndpoint endpoint;
    SshCallbacks callbacks;
    mutable std::mutex mutex;
    SessionHandle session;
    // Counts sessions: freeing a session frees its channels, so a channel of an older one is dropped.
    quint64 generation = 0;

    void replaceSession(ssh_session next)
    {
        session.reset(next);
        ++generation;
    }

    QString where() const { return QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port); }
    QString knownHostsFile() const
    {
        return endpoint.knownHostsFile.isEmpty() ? KnownHosts::defaultFile() : endpoint.knownHostsFile;
    }
    Status setOptions();
    Status checkHostKey();
    Status trustNewKey(const QString &keyType, const QString &fingerprint);
    Status authenticate();
    KeyOutcome tryKeyFile(const QString &file, QString *problem);
    Result<bool> tryKeyboardInteractive();
    Result<bool> tryPassword();
    Error lost(const QString &what) const;
};

Status SshConnection::Private::setOptions()
{
    ssh_session s = session.get();
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(knownHostsFile());
    const unsigned int port = static_cast<unsigned int>(endpoint.port);
    const long timeout = static_cast<long>(ReplyTimeout.count());
    const int yes = 1;
    const bool no = false;
    // Atelier reads ~/.ssh/config itself (SshConfig), so that what applies is what the user sees.
    bool ok = ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) == SSH_OK
              && ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) == SSH_OK
              && ssh_options_set(s, SSH_OPTIONS_PORT, &port) == SSH_OK
              && ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) == SSH_OK
              && ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout) == SSH_OK
              && ssh_options_set(s, SSH_OPTIONS_NODELAY, &yes) == SSH_OK;
    if (ok && !user.isEmpty())
        ok = ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) == SSH_OK;
    if (ok && !endpoint.proxyJump.isEmpty())
        ok = ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, proxyCommandFor(endpoint.proxyJump).constData()) == SSH_OK;
    if (!ok)
        return fail(tr("Could not set up the SSH connection to %1. Check the host name, user and port of the target.")
                        .arg(where()),
                    libsshError(s));
    return {};
}

Status SshConnection::Private::checkHostKey()
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session.get(), &rawKey) != SSH_OK)
        return fail(tr("%1 sent no host key, so its identity could not be checked. Try again; if it "
                       "persists, ask the server's administrator.").arg(where()),
                    libsshError(session.get()));
    const KeyHandle key(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK)
        return fail(tr("Could not compute the fingerprint of the host key of %1.").arg(where()));
    char *rawFingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    ssh_clean_pubkey_hash(&hash);
    const QString fingerprint = QString::fromLatin1(rawFingerprint);
    ssh_string_free_char(rawFingerprint);
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));

    switch (ssh_session_is_known_server(session.get())) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const auto lines = KnownHosts::linesFor(knownHostsFile(), endpoint.host, endpoint.port);
        QStringList numbers;
        for (const int line : lines.value_or(QList<int>{}))
            numbers.append(QString::number(line));
        return fail(tr("The host key of %1 does not match the one recorded in %2 (line %3): the server now "
                       "shows the %4 key %5. Either the server was reinstalled or someone is intercepting "
                       "the connection. Compare the fingerprint with the server's administrator; only if the "
                       "change is expected, delete that line and connect again.")
                        .arg(where(), knownHostsFile(), numbers.join(QStringLiteral(", ")), keyType, fingerprint),
                    QStringLiteral("known hosts entry %1").arg(KnownHosts::entryName(endpoint.host, endpoint.port)));
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        return trustNewKey(keyType, fingerprint);
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return fail(tr("Could not check the host key of %1 against %2. Check that the file is readable.")
                    .arg(where(), knownHostsFile()),
                libsshError(session.get()));
}

Status SshConnection::Private::trustNewKey(const QString &keyType, const QString &fingerprint)
{
    const SshHostKeyPrompt prompt{endpoint.host, endpoint.port, keyType, fingerprint, knownHostsFile()};
    if (!callbacks.confirmHostKey || !callbacks.confirmHostKey(prompt))
        return fail(tr("The host key of %1 (%2 %3) was not trusted, so no connection was made. Connect again "
                       "and accept the key once its fingerprint is confirmed by the server's administrator.")
                        .arg(where(), keyType, fingerprint));
    QDir().mkpath(QFileInfo(knownHostsFile()).absolutePath());
    if (ssh_session_update_known_hosts(session.get()) != SSH_OK)
        return fail(tr("Could not add the host key of %1 to %2. Check that the file is writable.")
                        .arg(where(), knownHostsFile()),
                    libsshError(session.get()));
    return {};
}

KeyOutcome SshConnection::Private::tryKeyFile(const QString &file, QString *problem)
{
    const QByteArray path = QFile::encodeName(file);
    // The public half decides whether the server takes the key, so that no passphrase is asked for
    // a key that would be refused anyway (as OpenSSH does).
    ssh_key rawPublic = nullptr;
    if (ssh_pki_import_pubkey_file(path.constData() + QByteArray(".pub"), &rawPublic) == SSH_OK) {
        const KeyHandle publicKey(rawPublic);
        const int offered = ssh_userauth_try_publickey(session.get(), nullptr, publicKey.get());
        if (offered == SSH_AUTH_ERROR)
            return KeyOutcome::Failed;
        if (offered != SSH_AUTH_SUCCESS)
            return KeyOutcome::Denied;
    }
    PassphraseRequest request{&callbacks, file};
    constexpr int Attempts = 3;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        request.asked = false;
        ssh_key rawPrivate = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, &request, &rawPrivate) == SSH_OK) {
            const KeyHandle privateKey(rawPrivate);
            const int rc = ssh_userauth_publickey(session.get(), nullptr, privateKey.get());
            if (rc == SSH_AUTH_SUCCESS)
                return KeyOutcome::Accepted;
            return rc == SSH_AUTH_ERROR ? KeyOutcome::Failed : KeyOutcome::Denied;
        }
        if (request.cancelled)
            return KeyOutcome::Cancelled;
        if (!request.asked) {
            *problem = tr("the key file %1 is not a private key that can be read").arg(file);
            return KeyOutcome::Unusable;
        }
    }
    *problem = tr("the passphrase of %1 was wrong %2 times").arg(file).arg(Attempts);
    return KeyOutcome::Unusable;
}

Result<bool> SshConnection::Private::tryKeyboardInteractive()
{
    int rc = ssh_userauth_kbdint(session.get(), nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const int prompts = ssh_userauth_kbdint_getnprompts(session.get());
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(session.get(), static_cast<unsigned int>(i), &echo));
            const std::optional<QString> answer = callbacks.askSecret ? callbacks.askSecret(prompt, echo != 0) : std::nullopt;
            if (!answer)
                return false;
            const SecretBytes secret(*answer);
            if (ssh_userauth_kbdint_setanswer(session.get(), static_cast<unsigned int>(i), secret.data()) < 0)
                return fail(lost(tr("answering the server's login prompt")));
        }
        rc = ssh_userauth_kbdint(session.get(), nullptr, nullptr);
    }
    if (rc == SSH_AUTH_ERROR)
        return fail(lost(tr("logging in")));
    return rc == SSH_AUTH_SUCCESS;
}

Result<bool> SshConnection::Private::tryPassword()
{
    if (!callbacks.askSecret)
        return false;
    const QString user = endpoint.user.isEmpty() ? qEnvironmentVariable("USER") : endpoint.user;
    const std::optional<QString> answer = callbacks.askSecret(tr("Password of %1 on %2:").arg(user, where()), false);
    if (!answer)
        return false;
    const SecretBytes secret(*answer);
    const int rc = ssh_userauth_password(session.get(), nullptr, secret.data());
    if (rc == SSH_AUTH_ERROR)
        return fail(lost(tr("logging in")));
    return rc == SSH_AUTH_SUCCESS;
}

Status SshConnection::Private::authenticate()
{
    int rc = ssh_userauth_none(session.get(), nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return fail(lost(tr("logging in")));
    const int methods = ssh_userauth_list(session.get(), nullptr);
    QStringList tried;
    QStringList problems;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (endpoint.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            tried.append(tr("the keys of ssh-agent"));
            rc = ssh_userauth_agent(session.get(), nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return {};
            if (rc == SSH_AUTH_ERROR)
                return fail(lost(tr("logging in with ssh-agent")));
        }
        const bool explicitFiles = !endpoint.identityFiles.isEmpty();
        for (const QString &file : explicitFiles ? endpoint.identityFiles : defaultIdentityFiles()) {
            if (!QFileInfo::exists(file)) {
                if (explicitFiles)
                    problems.append(tr("the key file %1 does not exist").arg(file));
                continue;
            }
            tried.append(tr("the key %1").arg(file));
            QString problem;
            switch (tryKeyFile(file, &problem)) {
            case KeyOutcome::Accepted:
                return {};
            case KeyOutcome::Failed:
                return fail(lost(tr("logging in with the key %1").arg(file)));
            case KeyOutcome::Unusable:
                problems.append(problem);
                break;
            case KeyOutcome::Cancelled:
            case KeyOutcome::Denied:
                break;
            }
        }
    }
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
        tried.append(tr("keyboard-interactive login"));
        const auto ok = tryKeyboardInteractive();
        if (!ok)
            return fail(ok.error());
        if (*ok)
            return {};
    }
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        tried.append(tr("a password"));
        const auto ok = tryPassword();
        if (!ok)
            return fail(ok.error());
        if (*ok)
            return {};
    }
    const QString user = endpoint.user.isEmpty() ? qEnvironmentVariable("USER") : endpoint.user;
    QString message = tr("Could not log in to %1 as %2: the server accepted none of %3.")
                          .arg(where(), user, tried.isEmpty() ? tr("the methods Atelier knows") : tried.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        message += QLatin1Char(' ') + tr("Also, %1.").arg(problems.join(QStringLiteral("; ")));
    message += QLatin1Char(' ')
               + tr("Add your public key to ~/.ssh/authorized_keys of %1 on the server, or choose the right key "
                    "file in the target's settings.").arg(user);
    return fail(message, libsshError(session.get()));
}

// A channel of the current session, freed with the session lock held unless its session is gone.
// Declared before any lock of the function, so that it is destroyed after them.
class SshConnection::Channel
{
public:
    explicit Channel(Private &d) : m_d(d), m_generation(d.generation), m_channel(ssh_channel_new(d.session.get())) {}
    ~Channel()
    {
        const std::lock_guard lock(m_d.mutex);
        if (m_channel && m_d.session && m_d.generation == m_generation)
            ssh_channel_free(m_channel);
    }
    Channel(const Channel &) = delete;
    Channel &operator=(const Channel &) = delete;
    ssh_channel get() const { return m_channel; }
    // Whether the channel still belongs to the connection's session (call with the lock held).
    bool isValid() const { return m_channel && m_d.session && m_d.generation == m_generation; }

private:
    Private &m_d;
    quint64 m_generation;
    ssh_channel m_channel;
};

Error SshConnection::Private::lost(const QString &what) const
{
    return Error{tr("The connection to %1 was lost while %2. Check the network and that the server is up, "
                    "then try again.").arg(where(), what),
                 session ? libsshError(session.get()) : QString()};
}

SshConnection::SshConnection(SshEndpoint endpoint, SshCallbacks callbacks)
    : d(std::make_unique<Private>())
{
    d->endpoint = std::move(endpoint);
    d->callbacks = std::move(callbacks);
}

SshConnection::~SshConnection() = default;

Status SshConnection::connect()
{
    const std::lock_guard lock(d->mutex);
    d->replaceSession(ssh_new());
    if (!d->session)
        return fail(tr("Could not start an SSH session to %1: out of memory.").arg(d->where()));
    if (auto ok = d->setOptions(); !ok)
        return ok;
    if (ssh_connect(d->session.get()) != SSH_OK) {
        const QString detail = libsshError(d->session.get());
        d->replaceSession(nullptr);
        return fail(tr("Could not connect to %1 on port %2: %3. Check the host name and the port, and that the "
                       "host is up and runs an SSH server.")
                        .arg(d->endpoint.host).arg(d->endpoint.port).arg(detail),
                    detail);
    }
    Status ok = d->checkHostKey();
    if (ok)
        ok = d->authenticate();
    if (!ok)
        d->replaceSession(nullptr);
    return ok;
}

void SshConnection::disconnect()
{
    const std::lock_guard lock(d->mutex);
    d->replaceSession(nullptr);
}

bool SshConnection::isConnected() const
{
    const std::lock_guard lock(d->mutex);
    return d->session && ssh_is_connected(d->session.get());
}

const SshEndpoint &SshConnection::endpoint() const
{
    return d->endpoint;
}

Result<SshExecResult> SshConnection::run(const QStringList &arguments, const QByteArray &input,
                                         std::chrono::milliseconds timeout)
{
    bool sent = false;
    return runStreaming(
        arguments,
        [&]() -> Result<QByteArray> { return std::exchange(sent, true) ? QByteArray() : input; },
        timeout);
}

Result<SshExecResult> SshConnection::runStreaming(const QStringList &arguments, const InputSource &input,
                                                  std::chrono::milliseconds timeout)
{
    const QByteArray command = shellCommand(arguments);
    const QString program = arguments.value(0);
    std::unique_ptr<Channel> channel;
    {
        const std::lock_guard lock(d->mutex);
        if (!d->session)
            return fail(tr("Could not run %1 on %2: not connected. Connect to the target first.")
                            .arg(program, d->where()));
        channel = std::make_unique<Channel>(*d);
        if (!channel->get() || ssh_channel_open_session(channel->get()) != SSH_OK
            || ssh_channel_request_exec(channel->get(), command.constData()) != SSH_OK)
            return fail(d->lost(tr("starting %1").arg(program)));
    }
    // Input goes in pieces, so that other users of the session get their turn in between.
    for (;;) {
        auto piece = input();
        if (!piece)
            return fail(piece.error());
        if (piece->isEmpty())
            break;
        for (qsizetype written = 0; written < piece->size();) {
            const std::lock_guard lock(d->mutex);
            if (!channel->isValid())
                return fail(d->lost(tr("sending input to %1").arg(program)));
            const int n = ssh_channel_write(channel->get(), piece->constData() + written,
                                            static_cast<uint32_t>(std::min<qsizetype>(piece->size() - written, 65536)));
            if (n < 0)
                return fail(d->lost(tr("sending input to %1").arg(program)));
            written += n;
        }
    }
    {
        const std::lock_guard lock(d->mutex);
        if (!channel->isValid() || ssh_channel_send_eof(channel->get()) == SSH_ERROR)
            return fail(d->lost(tr("sending input to %1").arg(program)));
    }

    SshExecResult result;
    QElapsedTimer clock;
    clock.start();
    char buffer[16384];
    // The session is held for one short poll at a time, so other commands and the keepalive share it.
    for (bool finished = false; !finished;) {
        const std::lock_guard lock(d->mutex);
        if (!channel->isValid())
            return fail(d->lost(tr("running %1").arg(program)));
        if (ssh_channel_poll_timeout(channel->get(), 50, 0) == SSH_ERROR)
            return fail(d->lost(tr("running %1").arg(program)));
        for (const int stream : {0, 1}) {
            QByteArray &sink = stream == 0 ? result.standardOutput : result.standardError;
            for (int n; (n = ssh_channel_read_nonblocking(channel->get(), buffer, sizeof buffer, stream)) > 0;)
                sink.append(buffer, n);
        }
        finished = ssh_channel_is_eof(channel->get()) && ssh_channel_poll(channel->get(), 0) <= 0
                   && ssh_channel_poll(channel->get(), 1) <= 0;
        if (!finished && timeout.count() > 0 && clock.elapsed() > timeout.count())
            return fail(tr("%1 on %2 did not finish within %3 seconds and was abandoned.")
                            .arg(program, d->where())
                            .arg(timeout.count() / 1000.0));
    }
    const std::lock_guard lock(d->mutex);
    if (!channel->isValid())
        return fail(d->lost(tr("running %1").arg(program)));
    result.exitStatus = ssh_channel_get_exit_status(channel->get());
    ssh_channel_close(channel->get());
    return result;
}

Status SshConnection::checkAlive()
{
    std::optional<Channel> channel;
    const std::lock_guard lock(d->mutex);
    if (!d->session)
        return fail(tr("Not connected to %1.").arg(d->where()));
    channel.emplace(*d);
    if (channel->get() && ssh_channel_open_session(channel->get()) == SSH_OK) {
        ssh_channel_close(channel->get());
        return {};
    }
    Error error{tr("The connection to %1 is lost: the server did not answer within %2 seconds.")
                    .arg(d->where())
                    .arg(ReplyTimeout.count()),
                d->session ? libsshError(d->session.get()) : QString()};
    d->replaceSession(nullptr);
    return fail(std::move(error));
}

} // namespace atelier
