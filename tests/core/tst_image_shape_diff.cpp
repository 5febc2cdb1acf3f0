// Tests ImageShapeDiff and DatasetVersions::diffImage: the pairing rule, shapes of two versions and of
// the working copy, added and removed images, and lookups across many manifest chunks.
#include "core/datasets/dataset_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/datasets/image_shape_diff.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

using Kind = ShapeDifference::Kind;

QJsonObject shapeJson(const QString &label, const QString &kind, const QJsonArray &points)
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("points"), points}}},
            {QStringLiteral("attributes"), QJsonObject()},
            {QStringLiteral("z"), 0},
            {QStringLiteral("hidden"), false},
            {QStringLiteral("locked"), false},
            {QStringLiteral("group_id"), QJsonValue()}};
}

// One line a shape difference: kind, label and the points of each side, for exact comparisons.
QString describe(const ImageShapeDiff &diff, const ShapeDifference &shape)
{
    static const QStringList kinds{QStringLiteral("unchanged"), QStringLiteral("removed"), QStringLiteral("changed"),
                                   QStringLiteral("added")};
    const auto side = [&](const std::optional<Shape> &s) {
        if (!s)
            return QStringLiteral("-");
        QStringList numbers;
        for (const QPointF &p : s->points)
            numbers << QString::number(p.x()) << QString::number(p.y());
        return diff.label(s->labelClassId)->name + u' ' + shapeKindName(s->kind) + u' ' + numbers.join(u',');
    };
    return kinds.at(int(shape.kind)) + QStringLiteral(" | ") + side(shape.from) + QStringLiteral(" | ") + side(shape.to);
}

QStringList describeAll(const ImageShapeDiff &diff)
{
    QStringList lines;
    for (const ShapeDifference &shape : diff.shapes)
        lines.append(describe(diff, shape));
    return lines;
}

QString imagePath(int i)
{
    return QStringLiteral("images/%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestImageShapeDiff : public QObject
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

    // A fresh project; a.jpg holds a cat box, a dog box and a cat polygon (in that z order), and
    // `extra` more images hold nothing.
    void makeDataset(int extra = 0)
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        DatasetStore store(db(), m_project->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), QStringLiteral("images")).value();
        m_cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        m_dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00ff00")).value();
        NewImage a{QStringLiteral("a.jpg"), 640, 480, 1000, 0, QStringLiteral("new"), {}};
        a.shapes = {{m_cat, QStringLiteral("box"), QJsonArray{10, 10, 50, 50}},
                    {m_dog, QStringLiteral("box"), QJsonArray{100, 100, 150, 150}},
                    {m_cat, QStringLiteral("polygon"), QJsonArray{200, 200, 260, 200, 230, 250}}};
        QList<NewImage> images{a};
        for (int i = 0; i < extra; ++i)
            images.append({imagePath(i), 32, 32, 10, 0, QStringLiteral("new"),
                           {{m_dog, QStringLiteral("point"), QJsonArray{i % 32, 1}}}});
        QVERIFY(store.addImages(m_dataset, images));
    }

    void exec(const char *sql, const QString &path)
    {
        auto ok = db().execute(sql, path);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    // Moves the cat box, deletes the dog box and adds a dog point on a.jpg.
    void editA()
    {
        exec("UPDATE shape SET geometry = '{\"points\":[12,10,52,50]}' WHERE kind = 'box' AND label_class_id = "
             "(SELECT id FROM label_class WHERE name = 'cat') AND image_id = (SELECT id FROM image WHERE path = ?)",
             QStringLiteral("a.jpg"));
        exec("DELETE FROM shape WHERE label_class_id = (SELECT id FROM label_class WHERE name = 'dog') "
             "AND image_id = (SELECT id FROM image WHERE path = ?)",
             QStringLiteral("a.jpg"));
        QVERIFY(db().execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z) VALUES "
                             "((SELECT id FROM image WHERE path = 'a.jpg'), ?, 'point', '{\"points\":[5,6]}', '{}', 9)",
                             m_dog));
    }

    ImageShapeDiff diffImage(std::int64_t from, std::int64_t to, const QString &path)
    {
        auto diff = versions().diffImage(m_dataset, from, to, path);
        [&] { QVERIFY2(diff, qPrintable(diff ? QString() : diff.error().toString())); }();
        return diff ? *diff : ImageShapeDiff();
    }

private slots:
    void pairing_data()
    {
        QTest::addColumn<QJsonArray>("from");
        QTest::addColumn<QJsonArray>("to");
        QTest::addColumn<QString>("expected"); // unchanged; changed; added; removed

        const QJsonObject catA = shapeJson(QStringLiteral("cat"), QStringLiteral("box"), {0, 0, 1, 1});
        const QJsonObject catB = shapeJson(QStringLiteral("cat"), QStringLiteral("box"), {5, 5, 6, 6});
        const QJsonObject catMoved = shapeJson(QStringLiteral("cat"), QStringLiteral("box"), {0, 0, 2, 2});
        const QJsonObject dogA = shapeJson(QStringLiteral("dog"), QStringLiteral("box"), {0, 0, 1, 1});
        const QJsonObject catPoint = shapeJson(QStringLiteral("cat"), QStringLiteral("point"), {0, 0});
        QJsonObject catFlagged = catA;
        catFlagged.insert(QStringLiteral("attributes"), QJsonObject{{QStringLiteral("occluded"), true}});

        QTest::newRow("same") << QJsonArray{catA, dogA} << QJsonArray{catA, dogA} << QStringLiteral("0-0 1-1;;;");
        QTest::newRow("reordered") << QJsonArray{catA, dogA} << QJsonArray{dogA, catA} << QStringLiteral("1-0 0-1;;;");
        QTest::newRow("moved") << QJsonArray{catA, dogA} << QJsonArray{catMoved, dogA} << QStringLiteral("1-1;0-0;;");
        QTest::newRow("flagged") << QJsonArray{catA} << QJsonArray{catFlagged} << QStringLiteral(";0-0;;");
        QTest::newRow("relabelled") << QJsonArray{catA} << QJsonArray{dogA} << QStringLiteral(";;0;0");
        QTest::newRow("other kind") << QJsonArray{catA} << QJsonArray{catPoint} << QStringLiteral(";;0;0");
        QTest::newRow("added") << QJsonArray{catA} << QJsonArray{catA, catB} << QStringLiteral("0-0;;1;");
        QTest::newRow("removed") << QJsonArray{catA, catB} << QJsonArray{catB} << QStringLiteral("1-0;;;0");
        // Two edited cat boxes pair in order: the first new one with the first old one.
        QTest::newRow("two edits") << QJsonArray{catA, catB, dogA} << QJsonArray{catMoved, dogA, catPoint}
                                   << QStringLiteral("2-1;0-0;2;1");
        QTest::newRow("duplicates") << QJsonArray{catA, catA} << QJsonArray{catA} << QStringLiteral("0-0;;;1");
        QTest::newRow("empty") << QJsonArray{} << QJsonArray{} << QStringLiteral(";;;");
    }

    void pairing()
    {
        QFETCH(QJsonArray, from);
        QFETCH(QJsonArray, to);
        QFETCH(QString, expected);
        const ShapePairing pairing = ShapePairing::of(from, to);
        const auto pairs = [](const QList<std::pair<int, int>> &list) {
            QStringList text;
            for (const auto &[f, t] : list)
                text << QStringLiteral("%1-%2").arg(f).arg(t);
            return text.join(u' ');
        };
        const auto indices = [](const QList<int> &list) {
            QStringList text;
            for (int i : list)
                text << QString::number(i);
            return text.join(u' ');
        };
        QCOMPARE(QStringList({pairs(pairing.unchanged), pairs(pairing.changed), indices(pairing.added),
                              indices(pairing.removed)})
                     .join(u';'),
                 expected);
    }

    void betweenVersions()
    {
        makeDataset();
        QVERIFY(versions().create(m_dataset, {}));
        editA();
        QVERIFY(versions().create(m_dataset, {}));

        const ImageShapeDiff diff = diffImage(1, 2, QStringLiteral("a.jpg"));
        QCOMPARE(diff.path, QStringLiteral("a.jpg"));
        QVERIFY(diff.inFrom && diff.inTo);
        QCOMPARE(diff.size, QSize(640, 480));
        QCOMPARE(diff.fromStatus, QStringLiteral("new"));
        QCOMPARE(describeAll(diff), (QStringList{
                                        QStringLiteral("unchanged | cat polygon 200,200,260,200,230,250 | cat polygon 200,200,260,200,230,250"),
                                        QStringLiteral("removed | dog box 100,100,150,150 | -"),
                                        QStringLiteral("changed | cat box 10,10,50,50 | cat box 12,10,52,50"),
                                        QStringLiteral("added | - | dog point 5,6"),
                                    }));
        QCOMPARE(diff.labels.size(), 2);
        QCOMPARE(diff.labels.at(0).name, QStringLiteral("cat"));
        QCOMPARE(diff.labels.at(0).color, QStringLiteral("#ff0000"));
        QCOMPARE(diff.labels.at(1).id, 2);
        // Keys are unique across both sides.
        QSet<std::int64_t> keys;
        for (const ShapeDifference &shape : diff.shapes) {
            for (const std::optional<Shape> &side : {shape.from, shape.to}) {
                if (side) {
                    QVERIFY(!keys.contains(side->key));
                    keys.insert(side->key);
                }
            }
        }
        QCOMPARE(keys.size(), 6);

        // The image-level list counts exactly what the shape-level diff pairs.
        const QList<ImageDifference> list = versions().diff(m_dataset, 1, 2).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().shapesAdded, diff.count(Kind::Added));
        QCOMPARE(list.first().shapesRemoved, diff.count(Kind::Removed));
        QCOMPARE(list.first().shapesChanged, diff.count(Kind::Changed));
        QCOMPARE(diff.count(Kind::Unchanged), 1);

        // The other way round, added and removed swap.
        QCOMPARE(describeAll(diffImage(2, 1, QStringLiteral("a.jpg"))),
                 (QStringList{
                     QStringLiteral("unchanged | cat polygon 200,200,260,200,230,250 | cat polygon 200,200,260,200,230,250"),
                     QStringLiteral("removed | dog point 5,6 | -"),
                     QStringLiteral("changed | cat box 12,10,52,50 | cat box 10,10,50,50"),
                     QStringLiteral("added | - | dog box 100,100,150,150"),
                 }));
    }

    void againstTheWorkingCopy()
    {
        makeDataset();
        QVERIFY(versions().create(m_dataset, {}));
        QVERIFY(versions().diff(m_dataset, 1, DatasetVersions::WorkingCopy).value().isEmpty());
        const ImageShapeDiff same = diffImage(1, DatasetVersions::WorkingCopy, QStringLiteral("a.jpg"));
        QCOMPARE(same.count(Kind::Unchanged), 3);
        QCOMPARE(same.shapes.size(), 3);

        editA();
        exec("UPDATE shape SET attributes = '{\"occluded\":true}', hidden = 1 WHERE kind = 'polygon' AND "
             "image_id = (SELECT id FROM image WHERE path = ?)",
             QStringLiteral("a.jpg"));
        exec("UPDATE image SET status = 'done' WHERE path = ?", QStringLiteral("a.jpg"));
        const ImageShapeDiff diff = diffImage(1, DatasetVersions::WorkingCopy, QStringLiteral("a.jpg"));
        QCOMPARE(diff.count(Kind::Unchanged), 0);
        QCOMPARE(diff.count(Kind::Changed), 2);
        QCOMPARE(diff.count(Kind::Removed), 1);
        QCOMPARE(diff.count(Kind::Added), 1);
        QCOMPARE(diff.toStatus, QStringLiteral("done"));
        // Removed dog box, changed cat box, changed polygon (same geometry, other attributes and
        // flags), added point.
        const ShapeDifference &polygon = diff.shapes.at(2);
        QCOMPARE(polygon.kind, Kind::Changed);
        QCOMPARE(polygon.to->kind, ShapeKind::Polygon);
        QCOMPARE(polygon.from->points, polygon.to->points);
        QCOMPARE(polygon.from->hidden, false);
        QCOMPARE(polygon.to->hidden, true);
        QCOMPARE(polygon.to->attributes.value(u"occluded").toBool(), true);

        const QList<ImageDifference> list = versions().diff(m_dataset, 1, DatasetVersions::WorkingCopy).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE((QList<int>{list.first().shapesAdded, list.first().shapesRemoved, list.first().shapesChanged}),
                 (QList<int>{1, 1, 2}));
        QVERIFY(list.first().statusChanged);
        // The working copy on the "from" side mirrors it.
        const QList<ImageDifference> back = versions().diff(m_dataset, DatasetVersions::WorkingCopy, 1).value();
        QCOMPARE((QList<int>{back.first().shapesAdded, back.first().shapesRemoved, back.first().shapesChanged}),
                 (QList<int>{1, 1, 2}));
    }

    void addedAndRemovedImages()
    {
        makeDataset();
        QVERIFY(versions().create(m_dataset, {}));
        exec("DELETE FROM image WHERE path = ?", QStringLiteral("a.jpg"));
        QVERIFY(DatasetStore(db(), m_project->audit())
                    .addImages(m_dataset, {{QStringLiteral("b.jpg"), 64, 48, 1, 0, QStringLiteral("new"),
                                            {{m_dog, QStringLiteral("point"), QJsonArray{1, 2}}}}}));
        QVERIFY(versions().create(m_dataset, {}));

        const ImageShapeDiff removed = diffImage(1, 2, QStringLiteral("a.jpg"));
        QVERIFY(removed.inFrom && !removed.inTo);
        QCOMPARE(removed.size, QSize(640, 480));
        QCOMPARE(removed.toStatus, QString());
        QCOMPARE(removed.count(Kind::Removed), 3);
        QCOMPARE(removed.shapes.size(), 3);

        const ImageShapeDiff added = diffImage(1, 2, QStringLiteral("b.jpg"));
        QVERIFY(!added.inFrom && added.inTo);
        QCOMPARE(added.size, QSize(64, 48));
        QCOMPARE(describeAll(added), QStringList{QStringLiteral("added | - | dog point 1,2")});

        // The working copy holds b.jpg but not a.jpg.
        QCOMPARE(diffImage(DatasetVersions::WorkingCopy, 1, QStringLiteral("b.jpg")).count(Kind::Removed), 1);

        const auto neither = versions().diffImage(m_dataset, 1, 2, QStringLiteral("c.jpg"));
        QVERIFY(!neither);
        QVERIFY(neither.error().message.contains(QStringLiteral("c.jpg")));
        const auto unknown = versions().diffImage(m_dataset, 1, 9, QStringLiteral("a.jpg"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(u'9'));
    }

    void findsImagesInEveryChunk()
    {
        makeDataset(400); // about a dozen chunks
        QVERIFY(versions().create(m_dataset, {}));
        exec("UPDATE shape SET geometry = '{\"points\":[31,31]}' WHERE image_id = (SELECT id FROM image WHERE path = ?)",
             imagePath(399));
        QVERIFY(versions().create(m_dataset, {}));
        for (int i : {0, 1, 31, 32, 100, 200, 257, 398, 399}) {
            const ImageShapeDiff diff = diffImage(1, 2, imagePath(i));
            QVERIFY2(diff.inFrom && diff.inTo, qPrintable(imagePath(i)));
            QCOMPARE(diff.shapes.size(), 1);
            QCOMPARE(diff.shapes.first().to->points.first(), i == 399 ? QPointF(31, 31) : QPointF(i % 32, 1));
            QCOMPARE(diff.shapes.first().kind, i == 399 ? Kind::Changed : Kind::Unchanged);
        }
        // Paths between, before and after the stored ones are absent from both sides.
        for (const QString &path : {QStringLiteral("images/0005.jpgx"), QStringLiteral("0.jpg"), QStringLiteral("zz.jpg")})
            QVERIFY(!versions().diffImage(m_dataset, 1, 2, path));
    }
};

QTEST_GUILESS_MAIN(TestImageShapeDiff)
#include "tst_image_shape_diff.moc"
