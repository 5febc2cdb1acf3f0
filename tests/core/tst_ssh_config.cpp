// Tests SshConfig: ~/.ssh/config read as OpenSSH reads it (aliases, patterns, first value wins, Include).
#include "core/compute/ssh/ssh_config.h"
#include "core/compute/ssh/ssh_endpoint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

const QByteArray Config = R"(# Atelier test configuration
IdentityFile ~/.ssh/id_common

Host gpu1 gpu-box
    HostName 10.0.0.5
    User alice
    Port 2222
    IdentityFile ~/.ssh/id_gpu
    IdentityFile "/keys/with space/%r@%h:%p"

Host gpu?
    HostName %h.cluster.example.org
    User bob
    ForwardAgent yes

Host *.internal !secret.internal
    ProxyJump bastion
    User=carol

Host node-*
    Port=2200
    ProxyJump none

Match host *.internal
    User mallory

Host *
    User fallback
    ServerAliveInterval 60
)";

} // namespace

class TestSshConfig : public QObject
{
    Q_OBJECT

private slots:
    void resolvesHosts_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("proxyJump");

        QTest::newRow("alias") << "gpu1" << "10.0.0.5" << "alice" << 2222 << "";
        QTest::newRow("second alias") << "gpu-box" << "10.0.0.5" << "alice" << 2222 << "";
        QTest::newRow("question mark") << "gpu7" << "gpu7.cluster.example.org" << "bob" << 22 << "";
        QTest::newRow("question mark is one character") << "gpu77" << "gpu77" << "fallback" << 22 << "";
        QTest::newRow("star") << "db.internal" << "db.internal" << "carol" << 22 << "bastion";
        QTest::newRow("negated") << "secret.internal" << "secret.internal" << "fallback" << 22 << "";
        QTest::newRow("equals sign") << "node-3" << "node-3" << "fallback" << 2200 << "";
        QTest::newRow("case-insensitive host") << "GPU1" << "10.0.0.5" << "alice" << 2222 << "";
        QTest::newRow("unknown alias") << "example.org" << "example.org" << "fallback" << 22 << "";
    }

    void resolvesHosts()
    {
        QFETCH(QString, alias);
        QFETCH(QString, hostName);
        QFETCH(QString, user);
        QFETCH(int, port);
        QFETCH(QString, proxyJump);
        const SshConfig config = SshConfig::parse(Config, QStringLiteral("config"), QStringLiteral("/nowhere"));
        const SshHostConfig host = config.resolve(alias);
        QCOMPARE(host.alias, alias);
        QCOMPARE(host.hostName, hostName);
        QCOMPARE(host.user, user);
        QCOMPARE(host.port, port);
        QCOMPARE(host.proxyJump, proxyJump);
    }

    void firstValueWinsAcrossBlocks()
    {
        const QByteArray text = "Host web\n  User first\n  Port 1022\nHost w*\n  User second\n  Port 2022\n  HostName web.example.org\n"
                                "Host *\n  User third\n";
        const SshHostConfig host = SshConfig::parse(text, QStringLiteral("config"), QStringLiteral("/nowhere")).resolve(QStringLiteral("web"));
        QCOMPARE(host.user, QStringLiteral("first"));
        QCOMPARE(host.port, 1022);
        QCOMPARE(host.hostName, QStringLiteral("web.example.org"));
        QCOMPARE(SshConfig::parse(text, QStringLiteral("config"), QStringLiteral("/nowhere")).resolve(QStringLiteral("www")).user,
                 QStringLiteral("second"));
    }

    void identityFilesAddUpAndExpand()
    {
        const SshConfig config = SshConfig::parse(Config, QStringLiteral("config"), QStringLiteral("/nowhere"));
        const SshHostConfig host = config.resolve(QStringLiteral("gpu1"));
        QCOMPARE(host.identityFiles,
                 QStringList({QDir::homePath() + QStringLiteral("/.ssh/id_common"), QDir::homePath() + QStringLiteral("/.ssh/id_gpu"),
                              QStringLiteral("/keys/with space/alice@10.0.0.5:2222")}));
    }

    void endpointFromConfig()
    {
        const SshConfig config = SshConfig::parse(Config, QStringLiteral("config"), QStringLiteral("/nowhere"));
        const SshEndpoint endpoint = SshEndpoint::fromConfig(config.resolve(QStringLiteral("db.internal")));
        QCOMPARE(endpoint.host, QStringLiteral("db.internal"));
        QCOMPARE(endpoint.user, QStringLiteral("carol"));
        QCOMPARE(endpoint.port, 22);
        QCOMPARE(endpoint.proxyJump, QStringLiteral("bastion"));
        QCOMPARE(endpoint.identityFiles, QStringList{QDir::homePath() + QStringLiteral("/.ssh/id_common")});
        QCOMPARE(endpoint.displayName(), QStringLiteral("carol@db.internal:22"));
    }

    void unsupportedDirectivesAreWarnings()
    {
        const SshConfig config = SshConfig::parse(Config, QStringLiteral("config"), QStringLiteral("/nowhere"));
        const QStringList warnings = config.resolve(QStringLiteral("gpu7")).warnings;
        // ForwardAgent (line 14) and ServerAliveInterval (line 29) apply to gpu7; the Match block
        // (line 24) is named for every host.
        QCOMPARE(warnings.size(), 3);
        QVERIFY2(warnings.at(0).startsWith(QLatin1String("config:24:")) && warnings.at(0).contains(QLatin1String("Match")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY2(warnings.at(1).startsWith(QLatin1String("config:14:")) && warnings.at(1).contains(QLatin1String("ForwardAgent")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY2(warnings.at(2).startsWith(QLatin1String("config:29:")) && warnings.at(2).contains(QLatin1String("ServerAliveInterval")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        // The Match block's User does not apply.
        QVERIFY(!config.resolve(QStringLiteral("db.internal")).warnings.join(QLatin1Char(' ')).contains(QLatin1String("mallory")));
        // A host under no ForwardAgent block gets only the ones that apply to it.
        const QStringList other = config.resolve(QStringLiteral("example.org")).warnings;
        QCOMPARE(other.size(), 2);
        QVERIFY(other.at(1).contains(QLatin1String("ServerAliveInterval")));
    }

    void badPortIsAWarning()
    {
        const SshHostConfig host = SshConfig::parse("Host x\n Port ssh\n Port 70000\n Port 2022\n", QStringLiteral("c"), QStringLiteral("/"))
                                       .resolve(QStringLiteral("x"));
        QCOMPARE(host.port, 2022);
        QCOMPARE(host.warnings.size(), 2);
        QVERIFY(host.warnings.at(0).startsWith(QLatin1String("c:2:")));
        QVERIFY(host.warnings.at(1).startsWith(QLatin1String("c:3:")));
    }

    void includeReadsFilesAndSkipsMissingOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("conf.d")));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("conf.d/10-lab.conf"), "Host lab\n  HostName lab.example.org\n  Port 2201\n");
        write(QStringLiteral("conf.d/20-lab.conf"), "Host lab\n  HostName ignored.example.org\n  User labuser\n");
        write(QStringLiteral("conf.d/notes.txt"), "Host lab\n  User not-included\n");
        write(QStringLiteral("config"), "Include conf.d/*.conf missing.conf\nInclude " + dir.filePath(QStringLiteral("absent/*")).toUtf8()
                                            + "\nHost lab\n  User late\n  Port 1\n");
        const auto config = SshConfig::load(dir.filePath(QStringLiteral("config")));
        QVERIFY(config);
        const SshHostConfig lab = config->resolve(QStringLiteral("lab"));
        QCOMPARE(lab.hostName, QStringLiteral("lab.example.org"));
        QCOMPARE(lab.port, 2201);
        QCOMPARE(lab.user, QStringLiteral("labuser"));
        QCOMPARE(lab.warnings, QStringList());
    }

    void includeInsideHostBlockKeepsItsCondition()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile part(dir.filePath(QStringLiteral("part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("User from-include\n");
        part.close();
        const SshConfig config = SshConfig::parse("Host a\n  Include part\nHost b\n  Port 2\n", QStringLiteral("config"), dir.path());
        QCOMPARE(config.resolve(QStringLiteral("a")).user, QStringLiteral("from-include"));
        QCOMPARE(config.resolve(QStringLiteral("b")).user, QString());
        QCOMPARE(config.resolve(QStringLiteral("b")).port, 2);
    }

    void missingFileIsEmpty()
    {
        const auto config = SshConfig::load(QStringLiteral("/nonexistent/atelier/ssh_config"));
        QVERIFY(config);
        const SshHostConfig host = config->resolve(QStringLiteral("plain"));
        QCOMPARE(host.hostName, QStringLiteral("plain"));
        QCOMPARE(host.port, 22);
        QVERIFY(host.warnings.isEmpty());
    }

    void patterns_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "gpu1" << "gpu1" << true;
        QTest::newRow("star all") << "anything.at.all" << "*" << true;
        QTest::newRow("star empty") << "gpu" << "gpu*" << true;
        QTest::newRow("star middle") << "a.b.internal" << "a*internal" << true;
        QTest::newRow("star backtracks") << "abcbcd" << "a*bcd" << true;
        QTest::newRow("two stars") << "x-node-7.lab" << "*node*.lab" << true;
        QTest::newRow("question") << "gpu7" << "gpu?" << true;
        QTest::newRow("question too short") << "gpu" << "gpu?" << false;
        QTest::newRow("question too long") << "gpu10" << "gpu?" << false;
        QTest::newRow("prefix only") << "gpu1x" << "gpu1" << false;
        QTest::newRow("case") << "GPU1" << "gpu1" << true;
        QTest::newRow("star no match") << "db.external" << "*.internal" << false;
    }

    void patterns()
    {
        QFETCH(QString, host);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(SshConfig::matchesPattern(host, pattern), matches);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_ssh_config.moc"
