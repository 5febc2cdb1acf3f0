// Tests SshConnection against a real OpenSSH sshd on 127.0.0.1: host keys, login, commands, quoting.
#include "core/compute/ssh/code_sync.h"
#include "core/compute/ssh/shell_quote.h"
#include "core/compute/ssh/ssh_connection.h"
#include "core/compute/ssh/ssh_link.h"
#include "tests/fixtures/ssh_server.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

#include <signal.h>

using namespace atelier;
using atelier::testing::SshServer;

class TestSshConnection : public QObject
{
    Q_OBJECT

private:
    SshServer m_server;
    QTemporaryDir m_scratch;
    std::unique_ptr<SshConnection> m_shared; // one login for the many rows of the quoting test

    SshEndpoint endpoint(const QString &knownHosts = {}) const
    {
        SshEndpoint e;
        e.host = m_server.host();
        e.port = m_server.port();
        e.user = m_server.user();
        e.identityFiles = {m_server.userKeyFile()};
        e.knownHostsFile = knownHosts.isEmpty() ? m_server.knownHostsFile() : knownHosts;
        e.useAgent = false;
        return e;
    }

    QString where() const { return QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        const Status started = m_server.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void runsCommandsWithKeyFile()
    {
        SshConnection connection(endpoint());
        const Status ok = connection.connect();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(connection.isConnected());

        const auto echo = connection.run({QStringLiteral("echo"), QStringLiteral("hello")});
        QVERIFY(echo);
        QCOMPARE(echo->standardOutput, QByteArray("hello\n"));
        QCOMPARE(echo->standardError, QByteArray());
        QCOMPARE(echo->exitStatus, 0);

        const auto failing = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                             QStringLiteral("echo out; echo err >&2; exit 3")});
        QVERIFY(failing);
        QCOMPARE(failing->standardOutput, QByteArray("out\n"));
        QCOMPARE(failing->standardError, QByteArray("err\n"));
        QCOMPARE(failing->exitStatus, 3);

        QByteArray big(3 * 1024 * 1024, 'x');
        for (qsizetype i = 0; i < big.size(); i += 997)
            big[i] = static_cast<char>('a' + i % 26);
        const auto cat = connection.run({QStringLiteral("cat")}, big);
        QVERIFY(cat);
        QCOMPARE(cat->standardOutput.size(), big.size());
        QVERIFY(cat->standardOutput == big);
    }

    void shellQuoteRoundTrip_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("spaces") << QStringList{QStringLiteral("a b"), QStringLiteral("  leading and trailing  ")};
        QTest::newRow("single quotes") << QStringList{QStringLiteral("it's"), QStringLiteral("'"), QStringLiteral("''x''")};
        QTest::newRow("double quotes") << QStringList{QStringLiteral("\"quoted\""), QStringLiteral("\\\"")};
        QTest::newRow("command substitution") << QStringList{QStringLiteral("$(touch /tmp/atelier-pwned)"), QStringLiteral("${HOME}"), QStringLiteral("$HOME")};
        QTest::newRow("backticks") << QStringList{QStringLiteral("`id`"), QStringLiteral("a`b")};
        QTest::newRow("separators") << QStringList{QStringLiteral("a; echo injected"), QStringLiteral("&&"), QStringLiteral("|"), QStringLiteral("a > b"), QStringLiteral("&")};
        QTest::newRow("newlines") << QStringList{QStringLiteral("line one\nline two\n"), QStringLiteral("\r\n\t")};
        QTest::newRow("non-ascii") << QStringList{QStringLiteral("数据集 ü é"), QStringLiteral("emoji \U0001F600")};
        QTest::newRow("empty") << QStringList{QString(), QStringLiteral("x"), QString()};
        QTest::newRow("globs and escapes") << QStringList{QStringLiteral("*"), QStringLiteral("?"), QStringLiteral("[a-z]"), QStringLiteral("~"), QStringLiteral("\\n"), QStringLiteral("\\")};
        QTest::newRow("options") << QStringList{QStringLiteral("-n"), QStringLiteral("--"), QStringLiteral("-e")};
    }

    void shellQuoteRoundTrip()
    {
        QFETCH(QStringList, arguments);
        if (!m_shared) {
            m_shared = std::make_unique<SshConnection>(endpoint());
            QVERIFY(m_shared->connect());
        }
        const auto printed = m_shared->run(QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + arguments);
        QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().toString()));
        QCOMPARE(printed->exitStatus, 0);
        QByteArray expected;
        for (const QString &argument : arguments)
            expected += argument.toUtf8() + '\0';
        QCOMPARE(printed->standardOutput, expected);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/atelier-pwned")));
    }

    void shellQuoteText()
    {
        QCOMPARE(shellQuote(QString()), QByteArray("''"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QByteArray("'it'\\''s'"));
        QCOMPARE(shellCommand({QStringLiteral("ls"), QStringLiteral("a b")}), QByteArray("'ls' 'a b'"));
    }

    void unknownHostAsksForTheFingerprint()
    {
        m_shared.reset();
        const QString knownHosts = m_scratch.filePath(QStringLiteral("unknown/known_hosts"));
        QList<SshHostKeyPrompt> prompts;
        SshCallbacks refuse;
        refuse.confirmHostKey = [&](const SshHostKeyPrompt &prompt) {
            prompts.append(prompt);
            return false;
        };
        SshConnection refused(endpoint(knownHosts), refuse);
        const Status notTrusted = refused.connect();
        QVERIFY(!notTrusted);
        QVERIFY(!refused.isConnected());
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts.first().fingerprint, m_server.hostKeyFingerprint());
        QVERIFY(prompts.first().fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(prompts.first().keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(prompts.first().host, m_server.host());
        QCOMPARE(prompts.first().port, m_server.port());
        QVERIFY(notTrusted.error().message.contains(m_server.hostKeyFingerprint()));
        QVERIFY(notTrusted.error().message.contains(where()));
        QVERIFY(!QFile::exists(knownHosts));

        SshCallbacks accept;
        accept.confirmHostKey = [](const SshHostKeyPrompt &) { return true; };
        SshConnection trusted(endpoint(knownHosts), accept);
        QVERIFY(trusted.connect());
        QVERIFY(QFile::exists(knownHosts));

        // Now known: no question asked (a missing callback would refuse).
        SshConnection again(endpoint(knownHosts));
        const Status ok = again.connect();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    void passphraseIsAskedThroughTheCallback()
    {
        SshEndpoint e = endpoint();
        e.identityFiles = {m_server.protectedKeyFile()};
        QStringList answers = {QStringLiteral("wrong"), SshServer::TestPassphrase};
        QStringList askedFor;
        SshCallbacks callbacks;
        callbacks.askPassphrase = [&](const QString &keyFile) -> std::optional<QString> {
            askedFor.append(keyFile);
            return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
        };
        SshConnection connection(e, callbacks);
        const Status ok = connection.connect();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QCOMPARE(askedFor, QStringList({m_server.protectedKeyFile(), m_server.protectedKeyFile()}));

        SshCallbacks cancel;
        cancel.askPassphrase = [](const QString &) { return std::optional<QString>(); };
        SshConnection cancelled(e, cancel);
        const Status notLoggedIn = cancelled.connect();
        QVERIFY(!notLoggedIn);
        QVERIFY(notLoggedIn.error().message.contains(where()));
    }

    void changedHostKeyIsRefused()
    {
        const QString oldKnownHosts = m_scratch.filePath(QStringLiteral("old_known_hosts"));
        QVERIFY(QFile::copy(m_server.knownHostsFile(), oldKnownHosts));
        m_server.stop();
        QVERIFY(m_server.regenerateHostKey());
        const Status restarted = m_server.start();
        QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().toString()));

        bool asked = false;
        SshCallbacks callbacks;
        callbacks.confirmHostKey = [&](const SshHostKeyPrompt &) { return asked = true; };
        SshConnection connection(endpoint(oldKnownHosts), callbacks);
        const Status ok = connection.connect();
        QVERIFY(!ok);
        QVERIFY(!asked);
        const QString message = ok.error().message;
        QVERIFY2(message.contains(oldKnownHosts), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("line 1")), qPrintable(message));
        QVERIFY2(message.contains(m_server.hostKeyFingerprint()), qPrintable(message));
        QVERIFY2(message.contains(where()), qPrintable(message));

        // The fixture's own known_hosts has the new key.
        SshConnection current(endpoint());
        QVERIFY(current.connect());
    }

    void refusedConnectionNamesHostAndPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int closedPort = probe.serverPort();
        probe.close();
        SshEndpoint e = endpoint();
        e.port = closedPort;
        SshConnection connection(e);
        const Status ok = connection.connect();
        QVERIFY(!ok);
        QVERIFY2(ok.error().message.contains(m_server.host()), qPrintable(ok.error().message));
        QVERIFY2(ok.error().message.contains(QString::number(closedPort)), qPrintable(ok.error().message));
        QVERIFY2(ok.error().message.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(ok.error().toString()));
    }

    void wrongPortNamesHostAndPort()
    {
        // Something that is not an SSH server answers on the port.
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        connect(&http, &QTcpServer::newConnection, &http, [&http] {
            QTcpSocket *client = http.nextPendingConnection();
            client->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
        });
        SshEndpoint e = endpoint();
        e.port = http.serverPort();
        SshConnection connection(e);
        auto attempt = std::async(std::launch::async, [&connection] { return connection.connect(); });
        QTRY_VERIFY_WITH_TIMEOUT(attempt.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        const Status ok = attempt.get();
        QVERIFY(!ok);
        QVERIFY2(ok.error().message.contains(m_server.host()), qPrintable(ok.error().message));
        QVERIFY2(ok.error().message.contains(QString::number(http.serverPort())), qPrintable(ok.error().message));
    }

    void badKeyNamesHostAndPort()
    {
        SshEndpoint e = endpoint();
        e.identityFiles = {m_server.strangerKeyFile()};
        SshConnection stranger(e);
        const Status ok = stranger.connect();
        QVERIFY(!ok);
        QVERIFY2(ok.error().message.contains(where()), qPrintable(ok.error().message));
        QVERIFY2(ok.error().message.contains(m_server.strangerKeyFile()), qPrintable(ok.error().message));
        QVERIFY2(ok.error().message.contains(QLatin1String("authorized_keys")), qPrintable(ok.error().message));

        e.identityFiles = {m_scratch.filePath(QStringLiteral("no_such_key"))};
        SshConnection missing(e);
        const Status noKey = missing.connect();
        QVERIFY(!noKey);
        QVERIFY2(noKey.error().message.contains(where()), qPrintable(noKey.error().message));
        QVERIFY2(noKey.error().message.contains(QLatin1String("no_such_key")), qPrintable(noKey.error().message));
    }

    void deadLinkIsNoticedAndReconnected_data()
    {
        QTest::addColumn<int>("signalNumber");
        // SIGSTOP: the server's session goes silent and the TCP connection stays open, as when a
        // network drops; only the keepalive's timeout can notice it. SIGKILL: the socket closes.
        QTest::newRow("silent") << int(SIGSTOP);
        QTest::newRow("killed") << int(SIGKILL);
    }

    void deadLinkIsNoticedAndReconnected()
    {
        QFETCH(int, signalNumber);
        const QList<qint64> before = m_server.connectionProcesses();
        SshLink link(endpoint());
        QSignalSpy lost(&link, &SshLink::connectionLost);
        QSignalSpy reconnected(&link, &SshLink::reconnected);
        const Status opened = link.open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QVERIFY(link.isUp());
        const auto first = link.connection()->run({QStringLiteral("echo"), QStringLiteral("up")});
        QVERIFY(first);

        QList<qint64> ours;
        for (const qint64 pid : m_server.connectionProcesses()) {
            if (!before.contains(pid))
                ours.append(pid);
        }
        QVERIFY(!ours.isEmpty());
        QElapsedTimer clock;
        clock.start();
        for (const qint64 pid : std::as_const(ours))
            ::kill(static_cast<pid_t>(pid), signalNumber);

        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 20000);
        qInfo("The lost connection was noticed after %lld ms", static_cast<long long>(clock.elapsed()));
        QVERIFY2(clock.elapsed() <= 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(lost.first().first().toString().contains(where()));
        for (const qint64 pid : std::as_const(ours))
            ::kill(static_cast<pid_t>(pid), SIGKILL);

        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() == 1, 20000);
        QVERIFY(link.isUp());
        const auto again = link.connection()->run({QStringLiteral("echo"), QStringLiteral("back")});
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->standardOutput, QByteArray("back\n"));
    }

    void codeSyncSendsOnlyChangedFiles()
    {
        QTemporaryDir local;
        QVERIFY(local.isValid());
        const QString longName = QStringLiteral("deep/") + QString(60, QLatin1Char('d')) + QLatin1Char('/')
                                 + QString(70, QLatin1Char('f')) + QStringLiteral(".py");
        const QList<std::pair<QString, QByteArray>> files = {
            {QStringLiteral(".gitignore"), "*.log\n!keep.log\nbuild/\n/top.txt\n"},
            {QStringLiteral(".atelierignore"), "data/\n"},
            {QStringLiteral("train.py"), "print('train')\n"},
            {QStringLiteral("keep.log"), "kept\n"},
            {QStringLiteral("noise.log"), "ignored\n"},
            {QStringLiteral("top.txt"), "ignored at the root only\n"},
            {QStringLiteral("src/top.txt"), "kept below the root\n"},
            {QStringLiteral("build/out.o"), "ignored folder\n"},
            {QStringLiteral("data/images/1.png"), "ignored by .atelierignore\n"},
            {QStringLiteral("src/it's a \"file\" $(x).py"), "odd name\n"},
            {QStringLiteral("src/数据.py"), "non-ascii\n"},
            {QStringLiteral("src/sub/.gitignore"), "secret.py\n"},
            {QStringLiteral("src/sub/secret.py"), "ignored by a nested .gitignore\n"},
            {QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n"},
            {longName, "long path\n"},
        };
        for (const auto &[path, content] : files) {
            QVERIFY(QDir(local.path()).mkpath(QFileInfo(local.filePath(path)).path()));
            QFile file(local.filePath(path));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QFile::setPermissions(local.filePath(QStringLiteral("train.py")),
                              QFile::permissions(local.filePath(QStringLiteral("train.py"))) | QFile::ExeOwner);

        const QString remote = m_scratch.filePath(QStringLiteral("remote code"));
        const QString manifest = m_scratch.filePath(QStringLiteral("sync/manifest.json"));
        SshConnection connection(endpoint());
        QVERIFY(connection.connect());
        const QStringList expected = {QStringLiteral(".atelierignore"), QStringLiteral(".gitignore"), longName,
                                      QStringLiteral("keep.log"), QStringLiteral("src/it's a \"file\" $(x).py"),
                                      QStringLiteral("src/sub/.gitignore"), QStringLiteral("src/top.txt"),
                                      QStringLiteral("src/数据.py"), QStringLiteral("train.py")};

        CodeSync sync(local.path(), remote, manifest);
        const auto first = sync.upload(connection);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->uploaded, expected);
        QCOMPARE(first->filesScanned, expected.size());

        // What arrived, listed and hashed on the remote side.
        const auto listing = connection.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                             QStringLiteral("cd \"$1\" && find . -type f | LC_ALL=C sort"),
                                             QStringLiteral("list"), remote});
        QVERIFY(listing);
        QStringList remoteFiles;
        for (const QByteArray &line : listing->standardOutput.split('\n')) {
            if (!line.isEmpty())
                remoteFiles.append(QString::fromUtf8(line.mid(2)));
        }
        QStringList sortedExpected = expected;
        std::sort(sortedExpected.begin(), sortedExpected.end(),
                  [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(remoteFiles, sortedExpected);
        for (const auto &[path, content] : files) {
            if (!expected.contains(path))
                continue;
            const auto cat = connection.run({QStringLiteral("cat"), remote + QLatin1Char('/') + path});
            QVERIFY(cat);
            QCOMPARE(cat->standardOutput, content);
        }
        const auto mode = connection.run({QStringLiteral("test"), QStringLiteral("-x"), remote + QStringLiteral("/train.py")});
        QVERIFY(mode);
        QCOMPARE(mode->exitStatus, 0);

        // Nothing changed: nothing is sent. Touched but equal: nothing is sent. Edited: that file only.
        const auto second = CodeSync(local.path(), remote, manifest).upload(connection);
        QVERIFY(second);
        QCOMPARE(second->uploaded, QStringList());
        QFile touched(local.filePath(QStringLiteral("keep.log")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        touched.close();
        QFile edited(local.filePath(QStringLiteral("src/top.txt")));
        QVERIFY(edited.open(QIODevice::Append));
        edited.write("edited\n");
        edited.close();
        const auto third = CodeSync(local.path(), remote, manifest).upload(connection);
        QVERIFY(third);
        QCOMPARE(third->uploaded, QStringList{QStringLiteral("src/top.txt")});
        const auto cat = connection.run({QStringLiteral("cat"), remote + QStringLiteral("/src/top.txt")});
        QVERIFY(cat);
        QCOMPARE(cat->standardOutput, QByteArray("kept below the root\nedited\n"));

        // Deleted locally: removed remotely. A file that the job wrote there stays.
        QVERIFY(QFile::remove(local.filePath(QStringLiteral("src/数据.py"))));
        const auto written = connection.run({QStringLiteral("touch"), remote + QStringLiteral("/src/output.txt")});
        QVERIFY(written && written->exitStatus == 0);
        const auto fourth = CodeSync(local.path(), remote, manifest).upload(connection);
        QVERIFY(fourth);
        QCOMPARE(fourth->uploaded, QStringList());
        QCOMPARE(fourth->removed, QStringList{QStringLiteral("src/数据.py")});
        const auto gone = connection.run({QStringLiteral("test"), QStringLiteral("-e"), remote + QStringLiteral("/src/数据.py")});
        QVERIFY(gone);
        QCOMPARE(gone->exitStatus, 1);
        const auto kept = connection.run({QStringLiteral("test"), QStringLiteral("-e"), remote + QStringLiteral("/src/output.txt")});
        QVERIFY(kept);
        QCOMPARE(kept->exitStatus, 0);
    }

    void runWithoutConnectionFails()
    {
        SshConnection connection(endpoint());
        const auto result = connection.run({QStringLiteral("true")});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(where()));
    }
};

QTEST_GUILESS_MAIN(TestSshConnection)
#include "tst_ssh_connection.moc"
