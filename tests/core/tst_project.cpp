// Tests Project: create, reopen, audit rows, summary, backup, and every refusal leaving the disk unchanged.
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace atelier;

namespace {

// Every file under `folder` with the hash of its content, to prove that nothing changed.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(file.fileName(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsAFolderWithDatabaseAndBlobs()
    {
        const QString folder = m_dir.filePath(QStringLiteral("new/nested project"));
        auto project = Project::create(folder);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        QVERIFY(QFileInfo(folder + QStringLiteral("/atelier.db")).isFile());
        QVERIFY(QFileInfo(folder + QStringLiteral("/blobs")).isDir());
        QCOMPARE((*project)->name(), QStringLiteral("nested project"));
        auto mode = (*project)->database().statement("PRAGMA journal_mode");
        QVERIFY(mode && (*mode)->step().value());
        QCOMPARE((*mode)->text(0), QStringLiteral("wal"));
        QCOMPARE((*project)->database().queryInt("PRAGMA foreign_keys").value(), 1);
    }

    void creationIsAudited()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("audited")));
        QVERIFY(project);
        auto entries = (*project)->audit().entries(10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("project.create"));
        QCOMPARE(entries->first().actor, Project::currentActor());
        QVERIFY(QDateTime::fromString(entries->first().at, Qt::ISODateWithMs).isValid());
    }

    // With none of USER, LOGNAME and USERNAME set (services, containers), the audit still names
    // the account that acted, as the system knows it.
    void actorWithoutUserVariablesIsTheAccount()
    {
        const char *variables[] = {"USER", "LOGNAME", "USERNAME"};
        QList<QByteArray> saved;
        for (const char *variable : variables) {
            saved.append(qgetenv(variable));
            qunsetenv(variable);
        }
        const QString actor = Project::currentActor();
        for (int i = 0; i < 3; ++i) {
            if (!saved[i].isNull())
                qputenv(variables[i], saved[i]);
        }
        const passwd *account = getpwuid(geteuid());
        QVERIFY(account);
        QCOMPARE(actor, QString::fromLocal8Bit(account->pw_name));
        QVERIFY(actor != QLatin1String("unknown"));
    }

    void everyMutationWritesOneAuditRow()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("mutations")));
        QVERIFY(project);
        DatasetStore datasets((*project)->database(), (*project)->audit());
        auto dataset = datasets.createDataset(QStringLiteral("cats"), QStringLiteral("/data/cats"));
        QVERIFY2(dataset, qPrintable(dataset ? QString() : dataset.error().toString()));
        auto label = datasets.addLabelClass(*dataset, QStringLiteral("cat"), QStringLiteral("#ff0000"));
        QVERIFY(label);
        NewImage image{QStringLiteral("a.png"), 10, 10, 100, 0, QStringLiteral("new"),
                       {{*label, QStringLiteral("box"), QJsonArray{1, 2, 3, 4}}}};
        QVERIFY(datasets.addImages(*dataset, {image}).has_value());

        auto entries = (*project)->audit().entries(10);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry &entry : *entries)
            actions.prepend(entry.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("project.create"), QStringLiteral("dataset.create"),
                                       QStringLiteral("label_class.create"), QStringLiteral("image.add")}));
        QCOMPARE(entries->first().detail.value(QStringLiteral("shapes")).toInt(), 1);
        auto forDataset = (*project)->audit().entries(10, QStringLiteral("dataset"), QString::number(*dataset));
        QVERIFY(forDataset);
        QCOMPARE(forDataset->size(), 2);
    }

    void aFailedMutationLeavesNoRowsAndNoAudit()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("failed")));
        QVERIFY(project);
        DatasetStore datasets((*project)->database(), (*project)->audit());
        auto dataset = datasets.createDataset(QStringLiteral("d"), QStringLiteral("/d"));
        QVERIFY(dataset);
        auto label = datasets.addLabelClass(*dataset, QStringLiteral("l"), QStringLiteral("#000000"));
        QVERIFY(label);
        // The second image's shape names a label that does not exist: the whole batch is refused.
        const QList<NewImage> images = {
            {QStringLiteral("ok.png"), 1, 1, 1, 0, QStringLiteral("new"), {{*label, QStringLiteral("box"), {}}}},
            {QStringLiteral("bad.png"), 1, 1, 1, 0, QStringLiteral("new"), {{*label + 100, QStringLiteral("box"), {}}}},
        };
        auto added = datasets.addImages(*dataset, images);
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QStringLiteral("bad.png")));
        Database &db = (*project)->database();
        QCOMPARE(db.queryInt("SELECT count(*) FROM image").value(), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM shape").value(), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit WHERE action = 'image.add'").value(), 0);
        QVERIFY(!db.inTransaction());
    }

    void reopensWhatItWrote()
    {
        const QString folder = m_dir.filePath(QStringLiteral("reopen"));
        {
            auto project = Project::create(folder);
            QVERIFY(project);
            DatasetStore datasets((*project)->database(), (*project)->audit());
            QVERIFY(datasets.createDataset(QStringLiteral("kept"), QStringLiteral("/k")).has_value());
        }
        auto project = Project::open(folder);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        auto summary = (*project)->summary();
        QVERIFY(summary);
        QCOMPARE(summary->schemaVersion, Migrator::latestVersion());
        QVERIFY(summary->counts.contains({QStringLiteral("dataset"), 1}));
        QVERIFY(summary->counts.contains({QStringLiteral("audit"), 2}));
        auto problems = (*project)->check();
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
    }

    void opensWhileAnotherConnectionHoldsIt()
    {
        // The header that open() reads must be on disk even while the creator is still open.
        const QString folder = m_dir.filePath(QStringLiteral("shared"));
        auto creator = Project::create(folder);
        QVERIFY(creator);
        auto second = Project::open(folder);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        DatasetStore datasets((*creator)->database(), (*creator)->audit());
        QVERIFY(datasets.createDataset(QStringLiteral("seen"), QStringLiteral("/s")).has_value());
        QCOMPARE((*second)->database().queryInt("SELECT count(*) FROM dataset").value(), 1);
    }

    void creatingOverAProjectIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("twice"));
        QVERIFY(Project::create(folder).has_value());
        const auto before = snapshot(folder);
        auto again = Project::create(folder);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already holds an Atelier project")));
        QCOMPARE(snapshot(folder), before);
    }

    void badFoldersAreRefusedWithNothingChanged_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing folder") << QStringLiteral("none") << QStringLiteral("does not exist");
        QTest::newRow("folder without database") << QStringLiteral("empty") << QStringLiteral("is not an Atelier project");
        QTest::newRow("garbage file") << QStringLiteral("garbage") << QStringLiteral("is damaged or is not an SQLite database");
        QTest::newRow("truncated database") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("foreign SQLite file") << QStringLiteral("foreign") << QStringLiteral("another program");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version of Atelier");
    }

    void badFoldersAreRefusedWithNothingChanged()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        const QString folder = m_dir.filePath(QStringLiteral("bad-") + setup);
        const QString dbPath = folder + QStringLiteral("/atelier.db");
        if (setup != QLatin1String("none"))
            QVERIFY(QDir().mkpath(folder));
        if (setup == QLatin1String("garbage")) {
            writeFile(dbPath, QByteArray(4096, 'x'));
        } else if (setup == QLatin1String("foreign")) {
            auto db = Database::open(dbPath, Database::OpenMode::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)").has_value());
        } else if (setup == QLatin1String("newer") || setup == QLatin1String("truncated")) {
            {
                auto project = Project::create(folder);
                QVERIFY(project);
                const std::string stamp = "PRAGMA user_version = " + std::to_string(Migrator::latestVersion() + 1);
                if (setup == QLatin1String("newer"))
                    QVERIFY((*project)->database().exec(stamp).has_value());
            }
            if (setup == QLatin1String("truncated")) {
                QFile file(dbPath);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.resize(1000)); // cuts the header's page off mid-way
            }
        }
        const auto before = snapshot(m_dir.path());

        auto project = Project::open(folder);
        QVERIFY(!project);
        QVERIFY2(project.error().message.contains(expected), qPrintable(project.error().toString()));
        QVERIFY2(project.error().message.contains(folder), qPrintable(project.error().message));
        QCOMPARE(snapshot(m_dir.path()), before);
        QCOMPARE(QFileInfo::exists(folder + QStringLiteral("/blobs")), setup == QLatin1String("newer")
                                                                           || setup == QLatin1String("truncated"));
    }

    void backupOpensAsAProject()
    {
        const QString folder = m_dir.filePath(QStringLiteral("to-back-up"));
        auto project = Project::create(folder);
        QVERIFY(project);
        DatasetStore datasets((*project)->database(), (*project)->audit());
        QVERIFY(datasets.createDataset(QStringLiteral("precious"), QStringLiteral("/p")).has_value());

        const QString copyFolder = m_dir.filePath(QStringLiteral("backup"));
        QVERIFY(QDir().mkpath(copyFolder));
        QVERIFY((*project)->backupTo(copyFolder + QStringLiteral("/atelier.db")).has_value());
        auto copy = Project::open(copyFolder);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().toString()));
        QCOMPARE((*copy)->database().queryInt("SELECT count(*) FROM dataset WHERE name = 'precious'").value(), 1);
        QVERIFY((*copy)->check().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
