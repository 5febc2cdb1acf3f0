// Tests ImageDocument with its undo commands: add, change and remove shapes, undo and redo, each
// changing the document and, once the writer has flushed, the store to exactly the same shapes.
#include "core/annotation/annotation_commands.h"
#include "core/annotation/annotation_writer.h"
#include "core/annotation/image_annotations.h"
#include "core/annotation/image_document.h"
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

#include <map>

using namespace atelier;

namespace {

QString describe(std::int64_t row, const Shape &shape)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(row)
        .arg(shape.labelClassId)
        .arg(shapeKindName(shape.kind), QString::fromUtf8(shapeGeometryJson(shape)),
             QString::fromUtf8(QJsonDocument(shape.attributes).toJson(QJsonDocument::Compact)))
        .arg(shape.z)
        .arg(shape.hidden)
        .arg(shape.locked);
}

// The store's shapes of `imageId`, by row id, as the document would describe them.
QStringList storedShapes(Database &db, std::int64_t imageId)
{
    auto st = db.statement("SELECT id, label_class_id, kind, geometry, attributes, z, hidden, locked "
                           "FROM shape WHERE image_id = ? ORDER BY id");
    (*st)->bind(1, imageId);
    QStringList rows;
    auto ok = (*st)->forEachRow([&](const Statement &r) {
        QStringList columns;
        for (int column = 0; column < r.columnCount(); ++column)
            columns.append(r.text(column));
        rows.append(columns.join(u'|'));
    });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().toString()));
    return rows;
}

QStringList documentShapes(const ImageDocument &document, const AnnotationWriter &writer)
{
    std::map<std::int64_t, QString> byRow;
    for (const Shape &shape : document.shapes()) {
        const std::int64_t row = writer.rowId(shape.key).value_or(0);
        byRow[row] = describe(row, shape);
    }
    QStringList rows;
    for (const auto &[row, text] : byRow)
        rows.append(text);
    return rows;
}

QList<std::int64_t> keys(const ImageDocument &document)
{
    QList<std::int64_t> list;
    for (const Shape &shape : document.shapes())
        list.append(shape.key);
    return list;
}

} // namespace

class TestImageDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::int64_t m_label = 0;
    std::int64_t m_image = 0;

    Shape newPolygon(double offset, int z)
    {
        Shape shape;
        shape.key = ImageDocument::newKey();
        shape.labelClassId = m_label;
        shape.kind = ShapeKind::Polygon;
        shape.points = {QPointF(offset, offset), QPointF(offset + 10.5, offset), QPointF(offset, offset + 7.25)};
        shape.z = z;
        return shape;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY(project);
        m_project = std::move(*project);
        DatasetStore store(m_project->database(), m_project->audit());
        const std::int64_t dataset = store.createDataset(QStringLiteral("d"), m_dir.path()).value();
        m_label = store.addLabelClass(dataset, QStringLiteral("car"), QStringLiteral("#0000ff")).value();
        QVERIFY(store.addImages(dataset, {{QStringLiteral("x.png"), 100, 80, 1, 0, QStringLiteral("new"),
                                           {{m_label, QStringLiteral("box"), QJsonArray{1, 1, 9, 9}}}}}));
        m_image = m_project->database().queryInt("SELECT id FROM image").value();
    }

    void newKeysAreNegativeAndUniqueAcrossThreads()
    {
        QList<std::int64_t> seen[4];
        QList<QThread *> threads;
        for (auto &list : seen)
            threads.append(QThread::create([&list] {
                for (int i = 0; i < 5000; ++i)
                    list.append(ImageDocument::newKey());
            }));
        for (QThread *thread : threads)
            thread->start();
        QSet<std::int64_t> all;
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(10000));
            delete thread;
        }
        for (const auto &list : seen) {
            for (std::int64_t key : list) {
                QVERIFY(key < 0);
                all.insert(key);
            }
        }
        QCOMPARE(all.size(), 4 * 5000);
    }

    void commandsChangeTheDocumentAndTheStore()
    {
        auto writer = AnnotationWriter::open(m_project->folder(), QStringLiteral("tester")).value();
        Database &db = m_project->database();
        auto loaded = loadImageAnnotations(db, m_image).value();
        ImageDocument document(m_image, loaded.size, loaded.shapes, writer.get());
        QSignalSpy inserted(&document, &ImageDocument::shapeInserted);
        QSignalSpy changed(&document, &ImageDocument::shapeChanged);
        QSignalSpy removed(&document, &ImageDocument::shapeRemoved);
        QUndoStack *stack = document.undoStack();
        const std::int64_t imported = loaded.shapes.at(0).key;
        const auto sync = [&] {
            return writer->flush(10000) && documentShapes(document, *writer) == storedShapes(db, m_image);
        };
        QVERIFY(sync());
        const QStringList initial = storedShapes(db, m_image);

        // Draw two polygons in one command.
        const Shape first = newPolygon(20, 1), second = newPolygon(40.125, 2);
        stack->push(new AddShapesCommand(&document, {first, second}));
        QCOMPARE(keys(document), (QList<std::int64_t>{imported, first.key, second.key}));
        QCOMPARE(inserted.size(), 2);
        QVERIFY(sync());
        const QStringList afterAdd = storedShapes(db, m_image);
        QCOMPARE(afterAdd.size(), 3);

        // Drag both, relabel attributes and lock one: one command.
        Shape movedFirst = first, movedSecond = second;
        movedFirst.points.translate(3.5, -1);
        movedSecond.points.translate(3.5, -1);
        movedSecond.attributes = {{QStringLiteral("occluded"), true}};
        movedSecond.locked = true;
        stack->push(new ChangeShapesCommand(&document, {first, second}, {movedFirst, movedSecond}));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(shapeGeometryJson(*document.shape(first.key)), shapeGeometryJson(movedFirst));
        QVERIFY(sync());
        const QStringList afterChange = storedShapes(db, m_image);
        QVERIFY(afterChange != afterAdd);

        // Remove the imported box and the second polygon; undo restores the order.
        stack->push(new RemoveShapesCommand(&document, {second.key, imported}));
        QCOMPARE(keys(document), QList<std::int64_t>{first.key});
        QCOMPARE(removed.size(), 2);
        QVERIFY(sync());
        QCOMPARE(storedShapes(db, m_image).size(), 1);

        stack->undo();
        QCOMPARE(keys(document), (QList<std::int64_t>{imported, first.key, second.key}));
        QVERIFY(sync());
        QCOMPARE(storedShapes(db, m_image), afterChange); // same rows, same ids

        stack->undo(); // the change
        QCOMPARE(document.shape(second.key)->locked, false);
        QVERIFY(sync());
        QCOMPARE(storedShapes(db, m_image), afterAdd);

        stack->undo(); // the add
        QCOMPARE(keys(document), QList<std::int64_t>{imported});
        QVERIFY(sync());
        QCOMPARE(storedShapes(db, m_image), initial);

        stack->redo();
        stack->redo();
        QVERIFY(sync());
        QCOMPARE(storedShapes(db, m_image), afterChange);
        stack->redo();
        QVERIFY(sync());
        QCOMPARE(storedShapes(db, m_image).size(), 1);
        QCOMPARE(stack->index(), stack->count());

        // What the store holds now opens as the same document.
        auto reloaded = loadImageAnnotations(db, m_image).value();
        QCOMPARE(reloaded.shapes.size(), 1);
        QCOMPARE(describe(reloaded.shapes[0].key, reloaded.shapes[0]),
                 describe(*writer->rowId(first.key), movedFirst));
        QCOMPARE(m_project->check().value(), QStringList());
    }

    void withoutAWriterEditsStayInMemory()
    {
        ImageDocument document(m_image, QSize(100, 80), {}, nullptr);
        const Shape shape = newPolygon(1, 0);
        document.undoStack()->push(new AddShapesCommand(&document, {shape}));
        QCOMPARE(document.shapes().size(), 1);
        QCOMPARE(document.indexOf(shape.key), 0);
        QVERIFY(!document.shape(12345));
        document.undoStack()->undo();
        QCOMPARE(document.shapes().size(), 0);
        QCOMPARE(document.undoStack()->undoText(), QString());
        QCOMPARE(document.undoStack()->redoText(), QStringLiteral("Add polygon"));
    }
};

QTEST_GUILESS_MAIN(TestImageDocument)
#include "tst_image_document.moc"
