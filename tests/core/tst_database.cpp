// Tests Database, Statement and Transaction: binding, caching, rollback, savepoints, foreign keys, backup.
#include "core/store/database.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace atelier;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::int64_t count(const char *table)
    {
        auto n = m_db->queryInt(std::string("SELECT count(*) FROM ") + table);
        return n ? *n : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("t.db")), Database::OpenMode::Create);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db = std::move(*db);
        QVERIFY(m_db->exec("CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT UNIQUE);"
                           "CREATE TABLE child(id INTEGER PRIMARY KEY,"
                           " parent_id INTEGER NOT NULL REFERENCES parent(id), v);"
                           "DELETE FROM parent; DELETE FROM child;")
                    .has_value());
    }

    void cleanup()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
    }

    void bindsAndReadsBackEveryType_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("int64 max") << QVariant::fromValue(std::numeric_limits<qint64>::max());
        QTest::newRow("negative") << QVariant::fromValue(qint64(-42));
        QTest::newRow("double") << QVariant(3.25);
        QTest::newRow("text with quotes") << QVariant(QStringLiteral("it's \"quoted\"; DROP TABLE parent; --"));
        QTest::newRow("non-ASCII") << QVariant(QStringLiteral("形状 ✓ Ünïcode"));
        QTest::newRow("blob with NUL") << QVariant(QByteArray("a\0b\xff", 4));
    }

    void bindsAndReadsBackEveryType()
    {
        QFETCH(QVariant, value);
        QVERIFY(m_db->execute("INSERT INTO parent(id, name) VALUES (1, 'p')").has_value());
        auto insert = m_db->statement("INSERT INTO child(parent_id, v) VALUES (1, ?)");
        QVERIFY(insert);
        switch (value.typeId()) {
        case QMetaType::LongLong: (*insert)->bind(1, std::int64_t(value.toLongLong())); break;
        case QMetaType::Double: (*insert)->bind(1, value.toDouble()); break;
        case QMetaType::QString: (*insert)->bind(1, value.toString()); break;
        default: (*insert)->bind(1, value.toByteArray()); break;
        }
        QVERIFY((*insert)->run().has_value());

        auto select = m_db->statement("SELECT v FROM child");
        QVERIFY(select);
        auto row = (*select)->step();
        QVERIFY(row && *row);
        switch (value.typeId()) {
        case QMetaType::LongLong: QCOMPARE((*select)->int64(0), value.toLongLong()); break;
        case QMetaType::Double: QCOMPARE((*select)->real(0), value.toDouble()); break;
        case QMetaType::QString: QCOMPARE((*select)->text(0), value.toString()); break;
        default: QCOMPARE((*select)->blob(0), value.toByteArray()); break;
        }
    }

    void nullStringBindsEmptyTextAndNullptrBindsNull()
    {
        QVERIFY(m_db->execute("INSERT INTO parent(id, name) VALUES (?, ?)", 7, QString()).has_value());
        QCOMPARE(m_db->queryInt("SELECT name = '' FROM parent WHERE id = 7").value(), 1);
        QVERIFY(m_db->execute("INSERT INTO parent(id, name) VALUES (?, ?)", 8, nullptr).has_value());
        QCOMPARE(m_db->queryInt("SELECT name IS NULL FROM parent WHERE id = 8").value(), 1);
        QVERIFY(m_db->execute("INSERT INTO parent(id, name) VALUES (?, ?)", 9, std::optional<QString>()).has_value());
        QCOMPARE(m_db->queryInt("SELECT name IS NULL FROM parent WHERE id = 9").value(), 1);
    }

    void bindsJsonValuesAsSqliteTypes_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("null") << QString();
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("null") << QString();
        QTest::newRow("whole number") << QJsonValue(qint64(9007199254740993)) << QStringLiteral("integer") << QStringLiteral("9007199254740993");
        QTest::newRow("real") << QJsonValue(2.5) << QStringLiteral("real") << QStringLiteral("2.5");
        QTest::newRow("bool") << QJsonValue(true) << QStringLiteral("integer") << QStringLiteral("1");
        QTest::newRow("string") << QJsonValue(QStringLiteral("ünï")) << QStringLiteral("text") << QStringLiteral("ünï");
        QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << QStringLiteral("text") << QStringLiteral("[1,2]");
    }

    void bindsJsonValuesAsSqliteTypes()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, type);
        QFETCH(QString, text);
        auto st = m_db->statement("SELECT typeof(?1), CAST(?1 AS TEXT)");
        QVERIFY(st);
        (*st)->bind(1, value);
        QVERIFY((*st)->step().value());
        QCOMPARE((*st)->text(0), type);
        QCOMPARE((*st)->text(1), text);
    }

    void cachedStatementIsReusedAndReset()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_db->execute("INSERT INTO parent(name) VALUES (?)", QStringLiteral("n%1").arg(i)).has_value());
        QCOMPARE(count("parent"), 3);
        auto first = m_db->statement("SELECT name FROM parent ORDER BY id");
        QVERIFY(first);
        const Statement *address = &**first;
        QVERIFY((*first)->step().value());
        QCOMPARE((*first)->text(0), QStringLiteral("n1"));
        first = m_db->statement("SELECT name FROM parent ORDER BY id"); // the old lease resets it
        QCOMPARE(&**first, address);
        QVERIFY((*first)->step().value());
        QCOMPARE((*first)->text(0), QStringLiteral("n1"));
    }

    void badSqlIsAnErrorNotACrash()
    {
        auto st = m_db->statement("SELEKT nonsense");
        QVERIFY(!st);
        QVERIFY(st.error().detail.contains(QStringLiteral("SELEKT")));
        QVERIFY(!st.error().message.isEmpty());
    }

    void outOfRangeBindIsReportedAtStep()
    {
        auto st = m_db->statement("INSERT INTO parent(name) VALUES (?)");
        QVERIFY(st);
        (*st)->bind(1, QStringLiteral("a")).bind(5, 1);
        auto ran = (*st)->run();
        QVERIFY(!ran);
        QVERIFY(ran.error().detail.contains(QStringLiteral("bind parameter 5")));
        QCOMPARE(count("parent"), 0);
    }

    void transactionRollsBackWhenAStatementFails()
    {
        {
            auto transaction = Transaction::begin(*m_db);
            QVERIFY(transaction);
            QVERIFY(m_db->execute("INSERT INTO parent(name) VALUES ('a')").has_value());
            auto duplicate = m_db->execute("INSERT INTO parent(name) VALUES ('a')");
            QVERIFY(!duplicate);
            QVERIFY(duplicate.error().message.contains(QStringLiteral("conflicts")));
            // Returning early without commit(): the destructor rolls back the first insert too.
        }
        QVERIFY(!m_db->inTransaction());
        QCOMPARE(count("parent"), 0);
    }

    void committedTransactionPersists()
    {
        auto transaction = Transaction::begin(*m_db);
        QVERIFY(transaction);
        QVERIFY(m_db->execute("INSERT INTO parent(name) VALUES ('kept')").has_value());
        QVERIFY(transaction->commit().has_value());
        QVERIFY(!m_db->inTransaction());

        auto other = Database::open(m_db->path(), Database::OpenMode::ReadOnly);
        QVERIFY(other);
        auto n = (*other)->queryInt("SELECT count(*) FROM parent WHERE name = 'kept'");
        QVERIFY(n);
        QCOMPARE(*n, 1);
    }

    void nestedTransactionRollsBackOnlyItsOwnWork()
    {
        auto outer = Transaction::begin(*m_db);
        QVERIFY(outer);
        QVERIFY(m_db->execute("INSERT INTO parent(name) VALUES ('outer')").has_value());
        {
            auto inner = Transaction::begin(*m_db);
            QVERIFY(inner);
            QVERIFY(m_db->execute("INSERT INTO parent(name) VALUES ('inner')").has_value());
        }
        QVERIFY(m_db->inTransaction());
        QVERIFY(outer->commit().has_value());
        auto names = m_db->statement("SELECT group_concat(name) FROM parent");
        QVERIFY(names && (*names)->step().value());
        QCOMPARE((*names)->text(0), QStringLiteral("outer"));
    }

    void foreignKeysAreEnforced()
    {
        auto orphan = m_db->execute("INSERT INTO child(parent_id, v) VALUES (99, 1)");
        QVERIFY(!orphan);
        QVERIFY(orphan.error().detail.contains(QStringLiteral("FOREIGN KEY")));
        QCOMPARE(count("child"), 0);
    }

    void backupCopiesWhileOpen()
    {
        for (int i = 0; i < 500; ++i)
            QVERIFY(m_db->execute("INSERT INTO parent(name) VALUES (?)", QStringLiteral("row %1").arg(i)).has_value());
        const QString target = m_dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(m_db->backupTo(target).has_value());

        auto copy = Database::open(target, Database::OpenMode::ReadOnly);
        QVERIFY(copy);
        auto n = (*copy)->queryInt("SELECT count(*) FROM parent");
        QVERIFY(n);
        QCOMPARE(*n, 500);
        auto problems = (*copy)->integrityProblems();
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
    }

    void backupIntoMissingFolderFailsClearly()
    {
        auto backedUp = m_db->backupTo(m_dir.filePath(QStringLiteral("no/such/folder/copy.db")));
        QVERIFY(!backedUp);
        QVERIFY(backedUp.error().message.contains(QStringLiteral("copy.db")));
    }

    void integrityCheckReportsDanglingForeignKeys()
    {
        QVERIFY(m_db->exec("PRAGMA foreign_keys = OFF; INSERT INTO child(parent_id, v) VALUES (5, 1);"
                           "PRAGMA foreign_keys = ON;")
                    .has_value());
        auto problems = m_db->integrityProblems();
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("child")));
    }

    void readOnlyConnectionCannotWrite()
    {
        auto reader = Database::open(m_db->path(), Database::OpenMode::ReadOnly);
        QVERIFY(reader);
        auto written = (*reader)->execute("INSERT INTO parent(name) VALUES ('x')");
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(QStringLiteral("read-only")));
    }

    void openingAMissingFileWithoutCreateFails()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("absent.db")), Database::OpenMode::ReadWrite);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("absent.db")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
