// Tests Migrator: a new database gets every table; upgrades are idempotent; a newer schema is refused untouched.
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> freshDatabase(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), Database::OpenMode::Create);
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:
    void migratesAnEmptyDatabaseToTheLatestSchema_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"setting", "audit", "dataset", "image", "label_class", "shape",
                                  "dataset_version", "experiment", "experiment_tag", "run", "run_input", "param", "tag",
                                  "metric_series", "metric_point", "metric_bucket",
                                  "artifact", "compute_target", "job", "job_event", "model",
                                  "model_version", "deployment", "deployment_sample", "prediction_set"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void migratesAnEmptyDatabaseToTheLatestSchema()
    {
        QFETCH(QString, table);
        auto db = freshDatabase(QStringLiteral("new-%1.db").arg(table));
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db).has_value());
        QCOMPARE(db->userVersion().value(), Migrator::latestVersion());
        QCOMPARE(db->applicationId().value(), Migrator::ApplicationId);
        auto exists = db->queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table);
        QVERIFY(exists);
        QCOMPARE(*exists, 1);
    }

    void migratingTwiceChangesNothing()
    {
        auto db = freshDatabase(QStringLiteral("twice.db"));
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db).has_value());
        QVERIFY(db->execute("INSERT INTO setting(key, value) VALUES ('k', 'v')").has_value());
        QVERIFY(Migrator::migrate(*db).has_value());
        QCOMPARE(db->queryInt("SELECT count(*) FROM setting").value(), 1);
        QCOMPARE(db->userVersion().value(), Migrator::latestVersion());
    }

    // Schema 11 dropped shape_image: shape_image_group, which begins with image_id, serves the
    // lookups of an image's shapes (annotation pane, exports, counts, deletes) instead.
    void shapeLookupsByImageUseAnIndex_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("shapes of an image") << QStringLiteral("SELECT id, geometry FROM shape WHERE image_id = 1 ORDER BY z, id");
        QTest::newRow("count") << QStringLiteral("SELECT count(*) FROM shape WHERE image_id = 1");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM shape WHERE image_id = 1");
        QTest::newRow("join") << QStringLiteral("SELECT i.id, s.id FROM image i LEFT JOIN shape s ON s.image_id = i.id "
                                                "WHERE i.dataset_id = 1 ORDER BY i.id, s.z, s.id");
    }

    void shapeLookupsByImageUseAnIndex()
    {
        QFETCH(QString, sql);
        auto db = freshDatabase(QStringLiteral("plan-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db).has_value());
        auto plan = db->statement("EXPLAIN QUERY PLAN " + sql.toStdString());
        QVERIFY(plan);
        QStringList details;
        QVERIFY((*plan)->forEachRow([&](const Statement &row) { details << row.text(3); }).has_value());
        const QString all = details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("INDEX shape_image_group (image_id=?)")), qPrintable(all));
    }

    void schemaConstraintsHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("image without dataset")
            << QStringLiteral("INSERT INTO image(dataset_id, path) VALUES (404, 'a.png')");
        QTest::newRow("unknown image status")
            << QStringLiteral("INSERT INTO image(dataset_id, path, status) VALUES (1, 'a.png', 'maybe')");
        QTest::newRow("unknown shape kind")
            << QStringLiteral("INSERT INTO shape(image_id, label_class_id, kind, geometry) VALUES (1, 1, 'blob', '{}')");
        QTest::newRow("unknown job state")
            << QStringLiteral("INSERT INTO job(name, target_id, state, created_at, updated_at) VALUES ('j', 1, 'dancing', 't', 't')");
        QTest::newRow("duplicate dataset name")
            << QStringLiteral("INSERT INTO dataset(name, root_path, created_at) VALUES ('d', '/x', 't')");
        QTest::newRow("unknown compute kind")
            << QStringLiteral("INSERT INTO compute_target(name, kind) VALUES ('t', 'cloud')");
    }

    void schemaConstraintsHold()
    {
        QFETCH(QString, sql);
        auto db = freshDatabase(QStringLiteral("constraints-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db).has_value());
        QVERIFY(db->exec("INSERT INTO dataset(id, name, root_path, created_at) VALUES (1, 'd', '/x', 't');"
                         "INSERT INTO image(id, dataset_id, path) VALUES (1, 1, 'i.png');"
                         "INSERT INTO label_class(id, dataset_id, name, color) VALUES (1, 1, 'c', '#fff');"
                         "INSERT OR IGNORE INTO compute_target(id, name, kind) VALUES (1, 'local', 'local');")
                    .has_value());
        auto refused = db->exec(sql.toStdString());
        QVERIFY2(!refused, qPrintable(sql));
    }

    void deletingADatasetCascadesToItsImagesAndShapes()
    {
        auto db = freshDatabase(QStringLiteral("cascade.db"));
        QVERIFY(db);
        QVERIFY(Migrator::migrate(*db).has_value());
        QVERIFY(db->exec("INSERT INTO dataset(id, name, root_path, created_at) VALUES (1, 'd', '/x', 't');"
                         "INSERT INTO image(id, dataset_id, path) VALUES (1, 1, 'i.png');"
                         "INSERT INTO label_class(id, dataset_id, name, color) VALUES (1, 1, 'c', '#fff');"
                         "INSERT INTO shape(image_id, label_class_id, kind, geometry) VALUES (1, 1, 'box', '{}');"
                         "DELETE FROM dataset WHERE id = 1;")
                    .has_value());
        QCOMPARE(db->queryInt("SELECT count(*) FROM image").value(), 0);
        QCOMPARE(db->queryInt("SELECT count(*) FROM shape").value(), 0);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            auto db = freshDatabase(QStringLiteral("newer.db"));
            QVERIFY(db);
            QVERIFY(Migrator::migrate(*db).has_value());
            const std::string stamp = "PRAGMA user_version = " + std::to_string(Migrator::latestVersion() + 1);
            QVERIFY(db->exec(stamp).has_value());
        }
        const QByteArray before = fileHash(path);
        {
            auto db = Database::open(path, Database::OpenMode::ReadWrite);
            QVERIFY(db);
            auto migrated = Migrator::migrate(**db);
            QVERIFY(!migrated);
            QVERIFY(migrated.error().message.contains(QStringLiteral("newer version of Atelier")));
            QVERIFY(migrated.error().message.contains(path));
        }
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
