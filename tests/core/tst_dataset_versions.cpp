// Tests DatasetVersions: create, list, diff and restore, immutability, and storage that grows with the change.
#include "core/datasets/dataset_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

// Every shape of a dataset as one comparable line each, by image path, in z order.
QStringList shapeRows(Database &db, std::int64_t datasetId)
{
    QStringList rows;
    auto st = db.statement("SELECT i.path, i.status, i.width, l.name, l.color, s.kind, s.geometry, s.attributes, "
                           "s.z, s.hidden, s.locked, s.group_id FROM image i "
                           "LEFT JOIN shape s ON s.image_id = i.id LEFT JOIN label_class l ON l.id = s.label_class_id "
                           "WHERE i.dataset_id = ? ORDER BY i.path, s.z, s.id");
    (*st)->bindAll(datasetId);
    auto ok = (*st)->forEachRow([&](const Statement &r) {
        QStringList columns;
        for (int column = 0; column < r.columnCount(); ++column)
            columns.append(r.isNull(column) ? QStringLiteral("NULL") : r.text(column));
        rows.append(columns.join(u'|'));
    });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().toString()));
    return rows;
}

qint64 folderSize(const QString &folder)
{
    qint64 size = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        size += QFileInfo(it.next()).size();
    return size;
}

QString imagePath(int i)
{
    return QStringLiteral("images/%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
}

} // namespace

class TestDatasetVersions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::int64_t m_dataset = 0;
    std::int64_t m_cat = 0;
    std::int64_t m_dog = 0;

    Database &db() { return m_project->database(); }
    DatasetVersions versions() { return DatasetVersions(db(), m_project->audit(), m_project->blobs()); }

    // A fresh project whose dataset has `count` images; image i has i % 3 shapes.
    void makeDataset(int count)
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        DatasetStore store(db(), m_project->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), QStringLiteral("images")).value();
        m_cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        m_dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00ff00")).value();
        QList<NewImage> images;
        for (int i = 0; i < count; ++i) {
            NewImage image{imagePath(i), 640, 480, 1000, 0, QStringLiteral("new"), {}};
            for (int s = 0; s < i % 3; ++s)
                image.shapes.append({s == 0 ? m_cat : m_dog, QStringLiteral("box"), QJsonArray{i, s, i + 10.5, s + 20}});
            images.append(image);
        }
        QVERIFY(store.addImages(m_dataset, images));
    }

    void exec(const char *sql, const QString &path)
    {
        auto ok = db().execute(sql, path);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    void moveFirstShape(const QString &path)
    {
        exec("UPDATE shape SET geometry = '{\"points\":[1,2,3,4.25]}' WHERE id = (SELECT min(s.id) FROM shape s "
             "JOIN image i ON i.id = s.image_id WHERE i.path = ?)",
             path);
    }

private slots:
    void createAndList()
    {
        makeDataset(6); // shapes per image: 0 1 2 0 1 2
        exec("UPDATE image SET status = 'done' WHERE path = ?", imagePath(1));
        auto first = versions().create(m_dataset, QStringLiteral("first"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->number, 1);
        QVERIFY(m_project->blobs().contains(first->manifestSha256));
        QVERIFY(versions().create(m_dataset, QStringLiteral("second")));

        auto list = versions().list(m_dataset);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        const VersionInfo &v1 = list->at(0);
        QCOMPARE(v1.message, QStringLiteral("first"));
        QCOMPARE(v1.manifestSha256, first->manifestSha256);
        QCOMPARE(v1.statistics.images, 6);
        QCOMPARE(v1.statistics.shapes, 6);
        QCOMPARE(v1.statistics.shapesPerLabel.value(QStringLiteral("cat")), 4);
        QCOMPARE(v1.statistics.shapesPerLabel.value(QStringLiteral("dog")), 2);
        QCOMPARE(v1.statistics.imagesPerStatus.value(QStringLiteral("new")), 5);
        QCOMPARE(v1.statistics.imagesPerStatus.value(QStringLiteral("done")), 1);
        // Nothing changed between the two: the same manifest, stored once.
        QCOMPARE(list->at(1).number, 2);
        QCOMPARE(list->at(1).manifestSha256, first->manifestSha256);
        QCOMPARE(m_project->audit().entries(10, QStringLiteral("dataset")).value().first().action,
                 QStringLiteral("dataset_version.create"));
    }

    void versionIsImmutable()
    {
        makeDataset(6);
        const auto v1 = versions().create(m_dataset, {}).value();
        moveFirstShape(imagePath(1));
        exec("DELETE FROM image WHERE path = ?", imagePath(2));
        const auto list = versions().list(m_dataset).value();
        QCOMPARE(list.constFirst().manifestSha256, v1.manifestSha256);
        QCOMPARE(list.constFirst().statistics.shapes, 6);
        QVERIFY(m_project->blobs().get(v1.manifestSha256));
    }

    void diff_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("change");     // empty: no difference expected
        QTest::addColumn<QList<int>>("counts");  // shapes added, removed, changed
        QTest::addColumn<bool>("statusChanged");
        QTest::newRow("identical") << QString() << QString() << QList<int>{} << false;
        QTest::newRow("moved shape") << QStringLiteral("move") << QStringLiteral("changed") << QList<int>{0, 0, 1} << false;
        QTest::newRow("deleted shape") << QStringLiteral("deleteShapes") << QStringLiteral("changed") << QList<int>{0, 2, 0} << false;
        QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("changed") << QList<int>{0, 0, 0} << true;
        QTest::newRow("removed image") << QStringLiteral("deleteImage") << QStringLiteral("removed") << QList<int>{0, 2, 0} << false;
        QTest::newRow("added image") << QStringLiteral("addImage") << QStringLiteral("added") << QList<int>{1, 0, 0} << false;
    }

    void diff()
    {
        QFETCH(QString, edit);
        QFETCH(QString, change);
        QFETCH(QList<int>, counts);
        QFETCH(bool, statusChanged);
        makeDataset(300); // several chunks, so that shared chunks are skipped
        QVERIFY(versions().create(m_dataset, {}));
        const QString path = edit == QLatin1String("addImage") ? QStringLiteral("images/new.jpg") : imagePath(5);
        if (edit == QLatin1String("move"))
            moveFirstShape(path);
        else if (edit == QLatin1String("deleteShapes"))
            exec("DELETE FROM shape WHERE image_id = (SELECT id FROM image WHERE path = ?)", path);
        else if (edit == QLatin1String("status"))
            exec("UPDATE image SET status = 'accepted' WHERE path = ?", path);
        else if (edit == QLatin1String("deleteImage"))
            exec("DELETE FROM image WHERE path = ?", path);
        else if (edit == QLatin1String("addImage"))
            QVERIFY(DatasetStore(db(), m_project->audit())
                        .addImages(m_dataset, {{path, 1, 1, 1, 0, QStringLiteral("new"),
                                                {{m_cat, QStringLiteral("point"), QJsonArray{0, 0}}}}}));
        QVERIFY(versions().create(m_dataset, {}));

        const auto differences = versions().diff(m_dataset, 1, 2);
        QVERIFY2(differences, qPrintable(differences ? QString() : differences.error().toString()));
        if (change.isEmpty()) {
            QVERIFY(differences->isEmpty());
            return;
        }
        QCOMPARE(differences->size(), 1);
        const QJsonObject json = differences->constFirst().toJson();
        QCOMPARE(json.value(u"path").toString(), path);
        QCOMPARE(json.value(u"change").toString(), change);
        QCOMPARE((QList<int>{json.value(u"shapes_added").toInt(), json.value(u"shapes_removed").toInt(),
                             json.value(u"shapes_changed").toInt()}),
                 counts);
        QCOMPARE(json.value(u"status_changed").toBool(), statusChanged);
        // The reverse diff mirrors it.
        QCOMPARE(versions().diff(m_dataset, 2, 1).value().size(), 1);
    }

    void diffOfUnknownVersionFails()
    {
        makeDataset(2);
        QVERIFY(versions().create(m_dataset, {}));
        const auto differences = versions().diff(m_dataset, 1, 7);
        QVERIFY(!differences);
        QVERIFY(differences.error().message.contains(u'7'));
    }

    void restoreGivesBackTheExactShapes()
    {
        makeDataset(300);
        exec("UPDATE shape SET attributes = '{\"iscrowd\":1}', hidden = 1, group_id = 7 WHERE image_id = "
             "(SELECT id FROM image WHERE path = ?)",
             imagePath(2));
        const QStringList before = shapeRows(db(), m_dataset);
        const auto v1 = versions().create(m_dataset, {}).value();

        moveFirstShape(imagePath(1));
        exec("DELETE FROM image WHERE path = ?", imagePath(2));
        exec("UPDATE image SET status = 'rejected' WHERE path = ?", imagePath(3));
        QVERIFY(DatasetStore(db(), m_project->audit())
                    .addImages(m_dataset, {{QStringLiteral("extra.jpg"), 1, 1, 1, 0, QStringLiteral("new"), {}}}));
        exec("UPDATE label_class SET color = '#000000' WHERE name = ?", QStringLiteral("cat"));
        QVERIFY(shapeRows(db(), m_dataset) != before);

        auto restored = versions().restore(m_dataset, 1);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(shapeRows(db(), m_dataset), before);
        QCOMPARE(versions().create(m_dataset, {}).value().manifestSha256, v1.manifestSha256);
        QCOMPARE(m_project->audit().entries(2, QStringLiteral("dataset")).value().last().action,
                 QStringLiteral("dataset_version.restore"));
    }

    void storageGrowsWithTheChange()
    {
        // The growth is ~10 changed chunks (about 32 images each, capped at 128), constant in the
        // dataset size, plus the root, which lists every chunk: 67 bytes a chunk, so it grows in
        // proportion to the images. Hence growth(100,000) <= 5 * growth(20,000), and the statement
        // "less than 1 MB at 100,000 images" holds when 20,000 images grow by less than 1 MB / 5.
        constexpr int Images = 20000;
        makeDataset(Images);
        QVERIFY(versions().create(m_dataset, {}));
        const qint64 before = folderSize(m_project->blobs().folder());
        for (int i = 0; i < 10; ++i)
            moveFirstShape(imagePath(1 + i * 1998)); // i % 3 == 1: each has a shape
        const auto v2 = versions().create(m_dataset, {});
        QVERIFY(v2);
        const qint64 growth = folderSize(m_project->blobs().folder()) - before;
        qInfo("blobs grew by %lld bytes for 10 changed images of %d", growth, Images);
        QVERIFY(growth > 0);
        QVERIFY(growth < 1024 * 1024 / 5);
        QCOMPARE(versions().diff(m_dataset, 1, 2).value().size(), 10);
    }

    // A cancel part-way through a freeze or a restore rolls its transaction back: no version, and
    // the working copy as it was. The task also hears how far the work is.
    void cancelPartWayChangesNothing()
    {
        makeDataset(600);
        TaskContext *self = nullptr;
        std::int64_t lastDone = -1, lastTotal = -1;
        TaskContext task([&](std::int64_t done, std::int64_t total, const QString &) {
            lastDone = done;
            lastTotal = total;
            if (done >= 256)
                self->cancel();
        });
        self = &task;
        auto frozen = versions().create(m_dataset, QStringLiteral("canceled"), &task);
        QVERIFY(!frozen);
        QCOMPARE(lastDone, 256);
        QCOMPARE(lastTotal, 600);
        QCOMPARE(versions().list(m_dataset).value().size(), 0);

        const auto v1 = versions().create(m_dataset, {}).value();
        moveFirstShape(imagePath(1));
        moveFirstShape(imagePath(598));
        const QStringList edited = shapeRows(db(), m_dataset);
        TaskContext restoreTask([&](std::int64_t done, std::int64_t, const QString &) {
            if (done >= 256)
                self->cancel();
        });
        self = &restoreTask;
        QVERIFY(!versions().restore(m_dataset, 1, &restoreTask));
        QCOMPARE(shapeRows(db(), m_dataset), edited);
        QVERIFY(versions().restore(m_dataset, 1));
        QCOMPARE(versions().create(m_dataset, {}).value().manifestSha256, v1.manifestSha256);
    }
};

QTEST_GUILESS_MAIN(TestDatasetVersions)
#include "tst_dataset_versions.moc"
