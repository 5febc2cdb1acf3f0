// shellQuote: turns arguments into one POSIX shell command line that a remote shell splits back verbatim.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace atelier {

// One argument in POSIX single quotes: 'it'\''s' for it's, '' for the empty string. Inside single
// quotes no character is special, so $(), backticks, ';', newlines and non-ASCII pass as they are.
// The text is sent as UTF-8; NUL cannot be part of an argument of any Unix program.
[[nodiscard]] QByteArray shellQuote(const QByteArray &argument);
[[nodiscard]] QByteArray shellQuote(const QString &argument);

// The arguments quoted one by one and joined by spaces: the remote command for an exec channel.
[[nodiscard]] QByteArray shellCommand(const QStringList &arguments);

} // namespace atelier
