// SshEndpoint: where and as whom to log in over SSH, and the callbacks that ask the user for trust and secrets.
#include "core/compute/ssh/ssh_endpoint.h"

#include "core/compute/ssh/ssh_config.h"

namespace atelier {

SshEndpoint SshEndpoint::fromConfig(const SshHostConfig &config)
{
    SshEndpoint endpoint;
    endpoint.host = config.hostName;
    endpoint.port = config.port;
    endpoint.user = config.user;
    endpoint.identityFiles = config.identityFiles;
    endpoint.proxyJump = config.proxyJump;
    return endpoint;
}

QString SshEndpoint::displayName() const
{
    const QString at = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("%1%2:%3").arg(at, host).arg(port);
}

} // namespace atelier
