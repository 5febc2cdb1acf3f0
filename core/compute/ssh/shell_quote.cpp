// shellQuote: turns arguments into one POSIX shell command line that a remote shell splits back verbatim.
#include "core/compute/ssh/shell_quote.h"

namespace atelier {

QByteArray shellQuote(const QByteArray &argument)
{
    QByteArray quoted;
    quoted.reserve(argument.size() + 2);
    quoted += '\'';
    for (const char c : argument) {
        // A single quote cannot appear inside single quotes: close them, add an escaped quote,
        // open them again.
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

QByteArray shellQuote(const QString &argument)
{
    return shellQuote(argument.toUtf8());
}

QByteArray shellCommand(const QStringList &arguments)
{
    QByteArray command;
    for (const QString &argument : arguments) {
        if (!command.isEmpty())
            command += ' ';
        command += shellQuote(argument);
    }
    return command;
}

} // namespace atelier
