// KnownHosts: where a host's key is recorded in an OpenSSH known_hosts file, to explain a refused key.
#include "core/compute/ssh/known_hosts.h"

#include <QDir>
#include <QFile>

#include <libssh/libssh.h>

namespace atelier {

QString KnownHosts::entryName(const QString &host, int port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

Result<QList<int>> KnownHosts::linesFor(const QString &file, const QString &host, int port)
{
    QFile in(file);
    if (!in.exists())
        return QList<int>{};
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("Could not read the known hosts file %1. Check its permissions.").arg(file),
                    in.errorString());
    const QByteArray name = entryName(host, port).toUtf8();
    QList<int> lines;
    int number = 0;
    while (!in.atEnd()) {
        ++number;
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // libssh's own parser matches plain, pattern and hashed host fields exactly as its check
        // does; it answers SSH_AGAIN for a line about another host.
        ssh_knownhosts_entry *entry = nullptr;
        const int rc = ssh_known_hosts_parse_line(name.constData(), line.constData(), &entry);
        if (entry != nullptr)
            ssh_knownhosts_entry_free(entry);
        if (rc == SSH_OK)
            lines.append(number);
    }
    return lines;
}

QString KnownHosts::defaultFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

} // namespace atelier
