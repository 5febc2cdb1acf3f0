// Tests the command line as a user runs it: JSON on stdout, clear errors on stderr, exit codes.
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace atelier;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs atelier with `args`, optionally as another user through setpriv.
Outcome runAtelier(const QStringList &args, const QStringList &asUser = {})
{
    QProcess process;
    const QString binary = qEnvironmentVariable("ATELIER_BINARY");
    if (asUser.isEmpty())
        process.start(binary, args);
    else
        process.start(QStringLiteral("setpriv"), asUser + QStringList{binary} + args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("ATELIER_BINARY")).isExecutable(), "ATELIER_BINARY is not set");
    }

    void printsItsVersion()
    {
        const Outcome run = runAtelier({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("atelier " ATELIER_VERSION));
    }

    void initThenInfoDescribesAnEmptyProject()
    {
        const QString folder = m_dir.filePath(QStringLiteral("fresh"));
        const Outcome init = runAtelier({QStringLiteral("project"), QStringLiteral("init"), folder});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(init.json().value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());

        const Outcome info = runAtelier({QStringLiteral("project"), QStringLiteral("info"), folder});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = info.json();
        QCOMPARE(json.value(QStringLiteral("folder")).toString(), folder);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("dataset")).toInt(-1), 0);
        QCOMPARE(counts.value(QStringLiteral("audit")).toInt(-1), 1);
        QCOMPARE(counts.size(), 20);
    }

    void demoCreateThenInfoAndCheck()
    {
        const QString folder = m_dir.filePath(QStringLiteral("demo"));
        const Outcome demo = runAtelier({QStringLiteral("demo"), QStringLiteral("create"), folder});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().value(QStringLiteral("images")).toInt(), 300);

        const QJsonObject counts = runAtelier({QStringLiteral("project"), QStringLiteral("info"), folder})
                                       .json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("image")).toInt(), 300);
        QCOMPARE(counts.value(QStringLiteral("label_class")).toInt(), 3);
        QVERIFY(counts.value(QStringLiteral("shape")).toInt() >= 250);

        const Outcome check = runAtelier({QStringLiteral("project"), QStringLiteral("check"), folder});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json().value(QStringLiteral("ok")).toBool(), true);
    }

    void checkFailsOnADamagedStore()
    {
        const QString folder = m_dir.filePath(QStringLiteral("damaged"));
        QCOMPARE(runAtelier({QStringLiteral("demo"), QStringLiteral("create"), folder}).exitCode, 0);
        {
            // Break a foreign key behind the store's back, as a crashed foreign tool might.
            auto db = Database::open(folder + QStringLiteral("/atelier.db"), Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY((*db)->exec("PRAGMA foreign_keys = OFF; UPDATE shape SET label_class_id = 999 WHERE id = 1;").has_value());
        }
        const Outcome check = runAtelier({QStringLiteral("project"), QStringLiteral("check"), folder});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(check.json().value(QStringLiteral("problems")).toArray().first().toString().contains(QStringLiteral("shape")));
    }

    void badFoldersGiveAClearErrorAndNoOutput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("is not an Atelier project");
        QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("is not an Atelier project");
    }

    void badFoldersGiveAClearErrorAndNoOutput()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const Outcome run = runAtelier({QStringLiteral("project"), command, m_dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(m_dir.path()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("atelier.db"))));
    }

    void misuseExitsWithTwo()
    {
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("info")}).exitCode, 2);
        const Outcome help = runAtelier({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("project info DIR"));
    }

    void readOnlyProjectIsRefusedUnchanged()
    {
        // Root writes anywhere, so the check runs as the unprivileged user `nobody` when needed.
        QStringList asUser;
        if (geteuid() == 0)
            asUser = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral("--")};
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), folder}).exitCode, 0);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                        | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString db = folder + QStringLiteral("/atelier.db");
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));
        const QDateTime before = QFileInfo(db).lastModified();

        const Outcome run = runAtelier({QStringLiteral("project"), QStringLiteral("info"), folder}, asUser);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is read-only")), qPrintable(run.err));
        QCOMPARE(QFileInfo(db).lastModified(), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
