// SshConfig: the user's ~/.ssh/config (OpenSSH syntax), read so that a host alias resolves as `ssh alias` does.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QByteArray;

namespace atelier {

// What ~/.ssh/config says about one host alias.
struct SshHostConfig
{
    QString alias;              // what the user typed
    QString hostName;           // HostName (with %h expanded), or the alias itself
    QString user;               // empty: not set
    int port = 22;
    QStringList identityFiles;  // IdentityFile lines in order, ~ and %d %u %h %r %p %% expanded
    QString proxyJump;          // empty: a direct connection ("none" clears it)
    // Directives that apply to this host but that Atelier does not follow, and lines it could not
    // read: "~/.ssh/config:12: ForwardAgent is not supported by Atelier and is not applied".
    QStringList warnings;
};

// As OpenSSH: keywords are case-insensitive, "Keyword value" or "Keyword=value"; for each
// directive the first value that applies wins (IdentityFile adds up); Host takes patterns with *
// and ?, negated with !; Include reads more files (relative to the first file's folder, with
// wildcards; a missing one is skipped). Match blocks are not evaluated and apply to no host.
class SshConfig
{
    Q_DECLARE_TR_FUNCTIONS(SshConfig)

public:
    // Reads `path`; a missing file is an empty configuration, not an error.
    [[nodiscard]] static Result<SshConfig> load(const QString &path);
    // ~/.ssh/config.
    [[nodiscard]] static QString defaultPath();
    // `text` as read from `fileName`; Include lines resolve against `baseDir`.
    [[nodiscard]] static SshConfig parse(const QByteArray &text, const QString &fileName, const QString &baseDir);

    [[nodiscard]] SshHostConfig resolve(const QString &alias) const;

    // Whether `host` matches one pattern with * (any run) and ? (one character), case-insensitively.
    [[nodiscard]] static bool matchesPattern(const QString &host, const QString &pattern);

private:
    struct Line
    {
        QString keyword; // lower case
        QString spelled; // as written, for warnings
        QString value;   // quotes removed
        QStringList hostPatterns; // the Host line this line falls under; empty: every host
        bool inMatchBlock = false;
        QString where;   // "file:line"
    };

    void parseInto(const QByteArray &text, const QString &fileName, const QString &baseDir, int depth,
                   QStringList hostPatterns);
    void include(const QString &pattern, const QString &baseDir, int depth, const QStringList &hostPatterns,
                 const QString &where);
    static bool appliesTo(const Line &line, const QString &alias);

    QList<Line> m_lines;
    QStringList m_warnings; // lines that could not be read, whatever the host
};

} // namespace atelier
