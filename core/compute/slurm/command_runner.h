// CommandRunner: runs one program with its arguments where a Slurm cluster's commands are (here, or over SSH).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace atelier {

// What a finished command left behind. A non-zero exit code is not an error of run(): Slurm's
// commands say in it and in standardError why they refused something, and callers read that.
struct CommandOutput
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitCode = -1;
};

// Runs `arguments` (the program first) as separate words: no shell splits or expands them on
// this side; a remote runner quotes each one. Calls block, and may come from several threads.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    // "this computer" or "user@host:port", for messages.
    virtual QString where() const = 0;
    // Whether a process started through this runner is on this computer (reaches 127.0.0.1 here).
    virtual bool isLocal() const = 0;
    // Fails only when the command could not be run or did not end in time; `input` goes to its stdin.
    [[nodiscard]] virtual Result<CommandOutput> run(const QStringList &arguments, const QByteArray &input = {}) = 0;
};

} // namespace atelier
