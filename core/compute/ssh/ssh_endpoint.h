// SshEndpoint: where and as whom to log in over SSH, and the callbacks that ask the user for trust and secrets.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace atelier {

struct SshHostConfig;

struct SshEndpoint
{
    QString host;
    int port = 22;
    QString user;               // empty: the local user's name
    QStringList identityFiles;  // empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa
    QString proxyJump;          // empty: a direct connection
    QString knownHostsFile;     // empty: ~/.ssh/known_hosts
    bool useAgent = true;       // try the keys of ssh-agent (SSH_AUTH_SOCK) first

    // The endpoint that a resolved ~/.ssh/config entry describes.
    [[nodiscard]] static SshEndpoint fromConfig(const SshHostConfig &config);
    // "user@host:port" for messages.
    [[nodiscard]] QString displayName() const;
};

// A host key that known_hosts does not know yet, shown to the user before it is trusted.
struct SshHostKeyPrompt
{
    QString host;
    int port = 22;
    QString keyType;        // "ssh-ed25519"
    QString fingerprint;    // "SHA256:..." as OpenSSH prints it
    QString knownHostsFile; // where the key is added when trusted
};

// How a connection asks the user. A missing callback answers "no": an unknown host is refused and
// no secret is tried. Secrets pass through these callbacks only; they are never logged or stored.
struct SshCallbacks
{
    // True trusts the key and adds it to the known hosts file.
    std::function<bool(const SshHostKeyPrompt &prompt)> confirmHostKey;
    // The passphrase of an encrypted key file; nullopt when the user cancels.
    std::function<std::optional<QString>(const QString &keyFile)> askPassphrase;
    // A password or a keyboard-interactive answer to the server's `prompt`; nullopt cancels.
    std::function<std::optional<QString>(const QString &prompt, bool echo)> askSecret;
};

} // namespace atelier
