// KnownHosts: where a host's key is recorded in an OpenSSH known_hosts file, to explain a refused key.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace atelier {

// The checking itself is libssh's (ssh_session_is_known_server); this class adds what a user needs
// when a key is refused: the file and the line numbers that record the host.
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

public:
    // The name a host has in known_hosts: "example.org" on port 22, "[example.org]:2222" otherwise.
    [[nodiscard]] static QString entryName(const QString &host, int port);

    // The 1-based numbers of the lines of `file` that name `host` on `port`, plain or hashed
    // (HashKnownHosts). A missing file has no lines.
    [[nodiscard]] static Result<QList<int>> linesFor(const QString &file, const QString &host, int port);

    // ~/.ssh/known_hosts of the user running Atelier.
    [[nodiscard]] static QString defaultFile();
};

} // namespace atelier
