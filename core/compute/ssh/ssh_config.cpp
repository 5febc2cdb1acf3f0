// SshConfig: the user's ~/.ssh/config (OpenSSH syntax), read so that a host alias resolves as `ssh alias` does.
#include "core/compute/ssh/ssh_config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace atelier {

namespace {

// OpenSSH stops at this depth too, so that files including each other end.
constexpr int MaxIncludeDepth = 16;

// A line's words: runs of non-blanks, or "quoted text" with the quotes removed.
QStringList splitArguments(const QString &text)
{
    QStringList words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i >= text.size())
            break;
        QString word;
        if (text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            word = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype start = i;
            while (i < text.size() && !text.at(i).isSpace())
                ++i;
            word = text.mid(start, i - start);
        }
        words.append(word);
    }
    return words;
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// %d %u %h %r %p %% as ssh_config(5) defines them for IdentityFile.
QString expandTokens(const QString &text, const SshHostConfig &host)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('%') || i + 1 == text.size()) {
            out += text.at(i);
            continue;
        }
        const QChar token = text.at(++i);
        if (token == QLatin1Char('d'))
            out += QDir::homePath();
        else if (token == QLatin1Char('u'))
            out += qEnvironmentVariable("USER");
        else if (token == QLatin1Char('h'))
            out += host.hostName;
        else if (token == QLatin1Char('r'))
            out += host.user.isEmpty() ? qEnvironmentVariable("USER") : host.user;
        else if (token == QLatin1Char('p'))
            out += QString::number(host.port);
        else if (token == QLatin1Char('%'))
            out += QLatin1Char('%');
        else
            out += QLatin1Char('%') + token;
    }
    return out;
}

} // namespace

QString SshConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

Result<SshConfig> SshConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return SshConfig{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read the SSH configuration %1. Check its permissions.").arg(path),
                    file.errorString());
    return parse(file.readAll(), path, QFileInfo(path).absolutePath());
}

SshConfig SshConfig::parse(const QByteArray &text, const QString &fileName, const QString &baseDir)
{
    SshConfig config;
    config.parseInto(text, fileName, baseDir, 0, {});
    return config;
}

void SshConfig::parseInto(const QByteArray &text, const QString &fileName, const QString &baseDir, int depth,
                          QStringList hostPatterns)
{
    static const QRegularExpression keywordEnd(QStringLiteral("[\\s=]"));
    bool inMatchBlock = false;
    const QList<QByteArray> rawLines = text.split('\n');
    for (qsizetype number = 0; number < rawLines.size(); ++number) {
        const QString line = QString::fromUtf8(rawLines.at(number)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(fileName).arg(number + 1);
        const qsizetype split = line.indexOf(keywordEnd);
        const QString spelled = split < 0 ? line : line.left(split);
        QString rest = split < 0 ? QString() : line.mid(split).trimmed();
        if (rest.startsWith(QLatin1Char('=')))
            rest = rest.mid(1).trimmed();
        const QString keyword = spelled.toLower();
        const QStringList arguments = splitArguments(rest);

        if (keyword == QLatin1String("host")) {
            hostPatterns = arguments;
            inMatchBlock = false;
            if (arguments.isEmpty())
                m_warnings.append(tr("%1: Host without a pattern matches no host.").arg(where));
            continue;
        }
        if (keyword == QLatin1String("match")) {
            inMatchBlock = true;
            m_warnings.append(tr("%1: Match blocks are not supported by Atelier; the lines under it apply to no "
                                 "host.").arg(where));
            continue;
        }
        if (keyword == QLatin1String("include")) {
            if (!inMatchBlock) {
                for (const QString &pattern : arguments)
                    include(pattern, baseDir, depth, hostPatterns, where);
            }
            continue;
        }
        if (arguments.isEmpty()) {
            m_warnings.append(tr("%1: %2 has no value and is ignored.").arg(where, spelled));
            continue;
        }
        m_lines.append(Line{keyword, spelled, arguments.join(QLatin1Char(' ')), hostPatterns, inMatchBlock, where});
    }
}

void SshConfig::include(const QString &pattern, const QString &baseDir, int depth, const QStringList &hostPatterns,
                        const QString &where)
{
    if (depth >= MaxIncludeDepth) {
        m_warnings.append(tr("%1: Include goes deeper than %2 files and is ignored.").arg(where).arg(MaxIncludeDepth));
        return;
    }
    QString path = expandHome(pattern);
    if (QDir::isRelativePath(path))
        path = baseDir + QLatin1Char('/') + path;
    const QFileInfo info(path);
    // Wildcards are allowed in the file name; files are read in name order, as glob(3) returns them.
    const QStringList names = QDir(info.absolutePath()).entryList({info.fileName()}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(info.absolutePath() + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly)) {
            m_warnings.append(tr("%1: could not read the included file %2 (%3).").arg(where, file.fileName(), file.errorString()));
            continue;
        }
        parseInto(file.readAll(), file.fileName(), baseDir, depth + 1, hostPatterns);
    }
}

bool SshConfig::matchesPattern(const QString &host, const QString &pattern)
{
    // Iterative glob: remember the last * to backtrack to.
    qsizetype h = 0, p = 0, star = -1, resume = 0;
    while (h < host.size()) {
        if (p < pattern.size() && (pattern.at(p) == QLatin1Char('?')
                                   || pattern.at(p).toLower() == host.at(h).toLower())) {
            ++h;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            resume = h;
        } else if (star >= 0) {
            p = star + 1;
            h = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool SshConfig::appliesTo(const Line &line, const QString &alias)
{
    if (line.inMatchBlock)
        return false;
    if (line.hostPatterns.isEmpty())
        return true;
    bool matched = false;
    for (const QString &pattern : line.hostPatterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (matchesPattern(alias, pattern.mid(1)))
                return false;
        } else if (matchesPattern(alias, pattern)) {
            matched = true;
        }
    }
    return matched;
}

SshHostConfig SshConfig::resolve(const QString &alias) const
{
    SshHostConfig host;
    host.alias = alias;
    host.warnings = m_warnings;
    bool hasHostName = false, hasUser = false, hasPort = false, hasProxyJump = false;
    QStringList identityFiles;
    for (const Line &line : m_lines) {
        if (!appliesTo(line, alias))
            continue;
        if (line.keyword == QLatin1String("hostname")) {
            if (!std::exchange(hasHostName, true))
                host.hostName = line.value;
        } else if (line.keyword == QLatin1String("user")) {
            if (!std::exchange(hasUser, true))
                host.user = line.value;
        } else if (line.keyword == QLatin1String("port")) {
            bool ok = false;
            const int port = line.value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                host.warnings.append(tr("%1: Port \"%2\" is not a number from 1 to 65535 and is ignored.").arg(line.where, line.value));
            else if (!std::exchange(hasPort, true))
                host.port = port;
        } else if (line.keyword == QLatin1String("identityfile")) {
            identityFiles.append(line.value);
        } else if (line.keyword == QLatin1String("proxyjump")) {
            if (!std::exchange(hasProxyJump, true))
                host.proxyJump = line.value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : line.value;
        } else {
            host.warnings.append(tr("%1: %2 is not supported by Atelier and is not applied.").arg(line.where, line.spelled));
        }
    }
    host.hostName = hasHostName ? QString(host.hostName).replace(QLatin1String("%h"), alias).replace(QLatin1String("%%"), QLatin1String("%"))
                                : alias;
    for (const QString &file : std::as_const(identityFiles)) {
        const QString expanded = expandTokens(expandHome(file), host);
        if (!host.identityFiles.contains(expanded))
            host.identityFiles.append(expanded);
    }
    return host;
}

} // namespace atelier
