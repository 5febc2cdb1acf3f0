// Tests AnnotationWriter: edits land in the store exactly, with audit rows, in order; failures are
// reported and leave the store consistent; status changes have a history; the destructor flushes.
#include "core/annotation/annotation_writer.h"
#include "core/annotation/image_annotations.h"
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

// Collects the writer's signals on the test's thread (queued, as a widget would).
class Recorder : public QObject
{
public:
    explicit Recorder(AnnotationWriter &writer)
    {
        connect(&writer, &AnnotationWriter::committed, this,
                [this](std::uint64_t sequence) { committed.append(sequence); }, Qt::QueuedConnection);
        connect(&writer, &AnnotationWriter::failed, this,
                [this](std::uint64_t sequence, const QString &message, const QString &) {
                    failed.append(sequence);
                    messages.append(message);
                },
                Qt::QueuedConnection);
    }
    QList<std::uint64_t> committed;
    QList<std::uint64_t> failed;
    QStringList messages;
};

// A shape row as one comparable line.
QString shapeRow(Database &db, std::int64_t id)
{
    auto st = db.statement("SELECT image_id, label_class_id, kind, geometry, attributes, z, hidden, locked, "
                           "coalesce(group_id, 'NULL') FROM shape WHERE id = ?");
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row || !*row)
        return QStringLiteral("absent");
    QStringList columns;
    for (int column = 0; column < (*st)->columnCount(); ++column)
        columns.append((*st)->text(column));
    return columns.join(u'|');
}

std::int64_t count(Database &db, const char *sql, std::int64_t id)
{
    return db.queryInt(sql, id).value();
}

} // namespace

class TestAnnotationWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::int64_t m_dataset = 0;
    std::int64_t m_cat = 0;
    std::int64_t m_dog = 0;
    QList<std::int64_t> m_images; // two images; the first has two imported shapes

    Database &db() { return m_project->database(); }

    std::unique_ptr<AnnotationWriter> openWriter()
    {
        auto writer = AnnotationWriter::open(m_project->folder(), QStringLiteral("tester"));
        if (!writer)
            qFatal("%s", qPrintable(writer.error().toString()));
        return std::move(*writer);
    }

    std::int64_t addImage(const QString &path, const QList<NewShape> &shapes = {})
    {
        NewImage image{path, 640, 480, 1000, 0, QStringLiteral("new"), shapes};
        if (!DatasetStore(db(), m_project->audit()).addImages(m_dataset, {image}))
            qFatal("addImages failed");
        return db().queryInt("SELECT id FROM image WHERE path = ?", path).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        DatasetStore store(db(), m_project->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), m_dir.path()).value();
        m_cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        m_dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00ff00")).value();
        m_images.append(addImage(QStringLiteral("a.png"),
                                 {{m_cat, QStringLiteral("box"), QJsonArray{1, 2, 3, 4}},
                                  {m_dog, QStringLiteral("point"), QJsonArray{5, 6}}}));
        m_images.append(addImage(QStringLiteral("b.png")));
    }

    void newImagesHaveTheAnnotationDefaults()
    {
        auto image = loadImageAnnotations(db(), m_images[1]);
        QVERIFY(image);
        QCOMPARE(image->path, QStringLiteral("b.png"));
        QCOMPARE(image->size, QSize(640, 480));
        QCOMPARE(image->status, QStringLiteral("new"));
        QCOMPARE(image->tags, QStringList());
        QCOMPARE(image->reviewComment, QString());
        QCOMPARE(image->missing, false);
        QCOMPARE(image->shapes.size(), 0);
        QVERIFY(!loadImageAnnotations(db(), 9999));
    }

    void insertsUpdatesAndRemovesLandExactly()
    {
        auto writer = openWriter();
        Recorder recorder(*writer);
        const std::int64_t image = m_images[1];

        Shape box;
        box.key = -101;
        box.labelClassId = m_cat;
        box.kind = ShapeKind::Box;
        box.points = {QPointF(10.5, 20.25), QPointF(100.125, 200)};
        box.attributes = {{QStringLiteral("occluded"), true}, {QStringLiteral("pose"), QStringLiteral("left")}};
        box.z = 3;
        box.hidden = true;
        box.groupId = 7;

        Shape rotated;
        rotated.key = -102;
        rotated.labelClassId = m_dog;
        rotated.kind = ShapeKind::RotatedBox;
        rotated.points = {QPointF(0.1, 0.2), QPointF(0.30000000000000004, 4)};
        rotated.rotation = -33.3;
        rotated.locked = true;

        Shape mask;
        mask.key = -103;
        mask.labelClassId = m_cat;
        mask.kind = ShapeKind::Mask;
        const std::uint8_t pixels[] = {0, 1, 1, 0, 1, 1};
        mask.mask = MaskRle::fromMask(pixels, 2, 3);
        mask.z = -1;

        QCOMPARE(writer->insertShape(image, box), 1u);
        QCOMPARE(writer->insertShape(image, rotated), 2u);
        QCOMPARE(writer->insertShape(image, mask), 3u);
        Shape moved = box;
        moved.points.translate(1, 1);
        moved.hidden = false;
        QCOMPARE(writer->updateShape(image, moved), 4u);
        QCOMPARE(writer->removeShape(image, rotated.key), 5u);
        QVERIFY(writer->flush(10000));
        QTRY_COMPARE(recorder.committed, (QList<std::uint64_t>{1, 2, 3, 4, 5}));
        QCOMPARE(recorder.failed, QList<std::uint64_t>());

        const std::int64_t boxRow = writer->rowId(box.key).value();
        const std::int64_t rotatedRow = writer->rowId(rotated.key).value();
        const std::int64_t maskRow = writer->rowId(mask.key).value();
        QCOMPARE(writer->rowId(boxRow), std::optional(boxRow)); // a row id maps to itself
        QVERIFY(!writer->rowId(-999));
        QCOMPARE(shapeRow(db(), boxRow),
                 QStringLiteral("%1|%2|box|{\"points\":[11.5,21.25,101.125,201]}|"
                                "{\"occluded\":true,\"pose\":\"left\"}|3|0|0|7").arg(image).arg(m_cat));
        QCOMPARE(shapeRow(db(), rotatedRow), QStringLiteral("absent"));
        QCOMPARE(shapeRow(db(), maskRow),
                 QStringLiteral("%1|%2|mask|{\"rle\":\"%3\",\"size\":[2,3]}|{}|-1|0|0|NULL")
                     .arg(image).arg(m_cat).arg(QString::fromLatin1(mask.mask.toCompressedString())));

        const char *audit = "SELECT count(*) FROM audit WHERE actor = 'tester' AND object_kind = 'shape' "
                            "AND object_id = ? AND action = ";
        QCOMPARE(db().queryInt(std::string(audit) + "'shape.create'", QString::number(boxRow)).value(), 1);
        QCOMPARE(db().queryInt(std::string(audit) + "'shape.update'", QString::number(boxRow)).value(), 1);
        QCOMPARE(db().queryInt(std::string(audit) + "'shape.create'", QString::number(rotatedRow)).value(), 1);
        QCOMPARE(db().queryInt(std::string(audit) + "'shape.delete'", QString::number(rotatedRow)).value(), 1);
        QCOMPARE(db().queryInt(std::string(audit) + "'shape.create'", QString::number(maskRow)).value(), 1);

        // What the pane loads back is what it wrote, in z order.
        auto loaded = loadImageAnnotations(db(), image);
        QVERIFY(loaded);
        QCOMPARE(loaded->shapes.size(), 2);
        Shape expectedMask = mask, expectedBox = moved;
        expectedMask.key = maskRow;
        expectedBox.key = boxRow;
        QCOMPARE(loaded->shapes[0], expectedMask);
        QCOMPARE(loaded->shapes[1], expectedBox);
        QCOMPARE(shapeGeometryJson(loaded->shapes[1]), shapeGeometryJson(moved));
        QCOMPARE(loaded->problems, QStringList());

        // Clean up for the other tests.
        writer->removeShape(image, box.key);
        writer->removeShape(image, mask.key);
        QVERIFY(writer->flush(10000));
        QCOMPARE(count(db(), "SELECT count(*) FROM shape WHERE image_id = ?", image), 0);
    }

    void storedShapesAreEditedByRowIdAndComeBackWithIt()
    {
        auto writer = openWriter();
        const std::int64_t image = m_images[0];
        auto loaded = loadImageAnnotations(db(), image);
        QVERIFY(loaded);
        QCOMPARE(loaded->shapes.size(), 2);
        Shape box = loaded->shapes[0];
        QCOMPARE(box.kind, ShapeKind::Box);
        QCOMPARE(box.points, QPolygonF({QPointF(1, 2), QPointF(3, 4)}));

        Shape relabelled = box;
        relabelled.labelClassId = m_dog;
        writer->updateShape(image, relabelled);
        writer->removeShape(image, box.key);
        QVERIFY(writer->flush(10000));
        QCOMPARE(shapeRow(db(), box.key), QStringLiteral("absent"));

        // Undoing the removal inserts the shape again under its old row id.
        writer->insertShape(image, relabelled);
        QVERIFY(writer->flush(10000));
        QCOMPARE(writer->rowId(box.key), std::optional(box.key));
        QCOMPARE(shapeRow(db(), box.key),
                 QStringLiteral("%1|%2|box|{\"points\":[1,2,3,4]}|{}|0|0|0|NULL").arg(image).arg(m_dog));
    }

    void statusChangesKeepTheirHistory()
    {
        auto writer = openWriter();
        Recorder recorder(*writer);
        const std::int64_t image = m_images[1];
        writer->setImageStatus(image, QStringLiteral("in_progress"));
        writer->setImageStatus(image, QStringLiteral("done"));
        writer->setImageStatus(image, QStringLiteral("rejected"), QStringLiteral("tail of the cat is cut off"));
        const std::uint64_t invalid = writer->setImageStatus(image, QStringLiteral("maybe"));
        QVERIFY(writer->flush(10000));
        QTRY_COMPARE(recorder.failed, QList<std::uint64_t>{invalid});
        QVERIFY(recorder.messages.value(0).contains(QStringLiteral("in_progress")));

        auto loaded = loadImageAnnotations(db(), image);
        QVERIFY(loaded);
        QCOMPARE(loaded->status, QStringLiteral("rejected"));
        QCOMPARE(loaded->reviewComment, QStringLiteral("tail of the cat is cut off"));

        auto history = imageStatusHistory(db(), image);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        const QStringList expected = {QStringLiteral("new>in_progress:"), QStringLiteral("in_progress>done:"),
                                      QStringLiteral("done>rejected:tail of the cat is cut off")};
        for (qsizetype i = 0; i < history->size(); ++i) {
            const StatusChange &change = history->at(i);
            QCOMPARE(change.from + u'>' + change.to + u':' + change.comment, expected[i]);
            QCOMPARE(change.actor, QStringLiteral("tester"));
            QVERIFY(QDateTime::fromString(change.at, Qt::ISODateWithMs).isValid());
        }
        QVERIFY(history->at(0).at <= history->at(2).at);
        QCOMPARE(imageStatusHistory(db(), m_images[0]).value().size(), 0);

        writer->setImageStatus(image, QStringLiteral("accepted"));
        QVERIFY(writer->flush(10000));
        QCOMPARE(loadImageAnnotations(db(), image)->reviewComment, QString());
        QCOMPARE(imageStatusHistory(db(), image)->size(), 4);
    }

    void tagsAreAJsonArray()
    {
        auto writer = openWriter();
        const std::int64_t image = m_images[1];
        writer->setImageTags(image, {QStringLiteral("night"), QStringLiteral("blurred \"a bit\"")});
        QVERIFY(writer->flush(10000));
        QCOMPARE(db().queryInt("SELECT count(*) FROM image WHERE id = ? AND tags = ?", image,
                               QStringLiteral("[\"night\",\"blurred \\\"a bit\\\"\"]")).value(), 1);
        QCOMPARE(loadImageAnnotations(db(), image)->tags,
                 QStringList({QStringLiteral("night"), QStringLiteral("blurred \"a bit\"")}));
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit WHERE action = 'image.tags' AND object_kind = 'image' "
                               "AND object_id = ?", QString::number(image)).value(), 1);
        writer->setImageTags(image, {});
        QVERIFY(writer->flush(10000));
        QCOMPARE(loadImageAnnotations(db(), image)->tags, QStringList());
    }

    void aFailingStatementIsReportedAndRolledBack()
    {
        auto writer = openWriter();
        Recorder recorder(*writer);
        const std::int64_t auditBefore = db().queryInt("SELECT count(*) FROM audit").value();
        Shape orphan;
        orphan.key = -201;
        orphan.labelClassId = 424242; // no such label class: the foreign key refuses the row
        orphan.kind = ShapeKind::Point;
        orphan.points = {QPointF(1, 1)};
        const std::uint64_t insert = writer->insertShape(m_images[1], orphan);
        const std::uint64_t update = writer->updateShape(m_images[1], orphan);
        QVERIFY(writer->flush(10000));
        QTRY_COMPARE(recorder.failed, (QList<std::uint64_t>{insert, update}));
        QVERIFY2(recorder.messages[0].contains(QStringLiteral("Could not save a new point")),
                 qPrintable(recorder.messages[0]));
        QVERIFY2(recorder.messages[1].contains(QStringLiteral("never saved")), qPrintable(recorder.messages[1]));
        QVERIFY(!writer->rowId(orphan.key));
        QCOMPARE(db().queryInt("SELECT count(*) FROM audit").value(), auditBefore);
        QCOMPARE(count(db(), "SELECT count(*) FROM shape WHERE image_id = ?", m_images[1]), 0);
    }

    void editsOfADeletedImageFailAndLaterEditsStillCommit()
    {
        const std::int64_t doomed = addImage(QStringLiteral("doomed.png"));
        auto writer = openWriter();
        Recorder recorder(*writer);
        Shape polygon;
        polygon.key = -301;
        polygon.labelClassId = m_cat;
        polygon.points = {QPointF(0, 0), QPointF(5, 0), QPointF(5, 5)};
        writer->insertShape(doomed, polygon);
        QVERIFY(writer->flush(10000));
        const std::int64_t row = writer->rowId(polygon.key).value();

        // Another connection deletes the image while the pane still shows it.
        QVERIFY(db().execute("DELETE FROM image WHERE id = ?", doomed));
        polygon.points.append(QPointF(0, 5));
        const std::uint64_t update = writer->updateShape(doomed, polygon);
        const std::uint64_t remove = writer->removeShape(doomed, polygon.key);
        Shape another = polygon;
        another.key = -302;
        const std::uint64_t insertThere = writer->insertShape(doomed, another);
        const std::uint64_t status = writer->setImageStatus(doomed, QStringLiteral("done"));
        another.key = -303;
        const std::uint64_t insertElsewhere = writer->insertShape(m_images[1], another);
        QVERIFY(writer->flush(10000));
        QTRY_COMPARE(recorder.failed, (QList<std::uint64_t>{update, remove, insertThere, status}));
        QTRY_COMPARE(recorder.committed.size(), 2);
        QCOMPARE(recorder.committed.last(), insertElsewhere);
        for (const QString &message : std::as_const(recorder.messages))
            QVERIFY2(message.contains(QStringLiteral("no longer in the project")), qPrintable(message));
        QCOMPARE(count(db(), "SELECT count(*) FROM shape WHERE image_id = ?", doomed), 0);
        QCOMPARE(writer->rowId(polygon.key), std::optional(row)); // a failed edit leaves the mapping
        QCOMPARE(shapeRow(db(), writer->rowId(-303).value()),
                 QStringLiteral("%1|%2|polygon|{\"points\":[0,0,5,0,5,5,0,5]}|{}|0|0|0|NULL")
                     .arg(m_images[1]).arg(m_cat));
        QCOMPARE(m_project->check().value(), QStringList());
        writer->removeShape(m_images[1], -303);
        QVERIFY(writer->flush(10000));
    }

    void theDestructorCommitsWhatIsQueued()
    {
        const std::int64_t image = m_images[1];
        {
            auto writer = openWriter();
            for (int i = 0; i < 200; ++i) {
                Shape point;
                point.key = -1000 - i;
                point.labelClassId = m_dog;
                point.kind = ShapeKind::Point;
                point.points = {QPointF(i, i / 3.0)};
                point.z = i;
                writer->insertShape(image, point);
            }
        }
        QCOMPARE(count(db(), "SELECT count(*) FROM shape WHERE image_id = ?", image), 200);
        auto loaded = loadImageAnnotations(db(), image);
        QVERIFY(loaded);
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(loaded->shapes[i].z, i);
            QCOMPARE(loaded->shapes[i].points, QPolygonF({QPointF(i, i / 3.0)}));
            QCOMPARE(loaded->shapes[i].points[0].y(), i / 3.0);
        }
        QVERIFY(db().execute("DELETE FROM shape WHERE image_id = ?", image));
    }

    void aProjectThatCannotBeOpenedIsReported()
    {
        auto writer = AnnotationWriter::open(m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("tester"));
        QVERIFY(!writer);
        QVERIFY(writer.error().message.contains(QStringLiteral("nowhere")));
    }

    void unreadableShapesAreReportedNotFatal()
    {
        const std::int64_t image = addImage(QStringLiteral("broken.png"));
        QVERIFY(db().execute("INSERT INTO shape(image_id, label_class_id, kind, geometry) VALUES (?, ?, 'box', ?)",
                             image, m_cat, QStringLiteral("{\"points\":[1,2]}")));
        QVERIFY(db().execute("INSERT INTO shape(image_id, label_class_id, kind, geometry) VALUES (?, ?, 'point', ?)",
                             image, m_cat, QStringLiteral("{\"points\":[1,2]}")));
        auto loaded = loadImageAnnotations(db(), image);
        QVERIFY(loaded);
        QCOMPARE(loaded->shapes.size(), 1);
        QCOMPARE(loaded->shapes[0].kind, ShapeKind::Point);
        QCOMPARE(loaded->problems.size(), 1);
        QVERIFY2(loaded->problems[0].contains(QStringLiteral("exactly 4 coordinates")), qPrintable(loaded->problems[0]));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_project->check().value(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationWriter)
#include "tst_annotation_writer.moc"
