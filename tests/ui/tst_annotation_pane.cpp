// The annotation pane end to end: a real project, the real pane and canvas driven with QTest
// events, and the store read back with SQL to see exactly what landed there.
#include "core/annotation/annotation_writer.h"
#include "core/annotation/image_annotations.h"
#include "core/annotation/image_document.h"
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "shell_test_support.h"
#include "ui/annotate/annotation_pane.h"
#include "ui/annotate/canvas/annotation_canvas.h"
#include "ui/annotate/image_list_model.h"
#include "ui/annotate/label_list_model.h"
#include "ui/widgets/empty_state.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

using namespace atelier;

namespace {

struct ShapeRow
{
    std::int64_t label = 0;
    QString kind;
    QString geometry;
    bool hidden = false;
};

} // namespace

class TestAnnotationPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::int64_t m_dataset = 0;
    std::int64_t m_cat = 0;
    std::int64_t m_dog = 0;
    std::unique_ptr<AnnotationPane> m_pane;

    QString projectFolder() const { return m_dir.filePath(QStringLiteral("project")); }

    // Four 400 x 300 images; the first holds one cat box.
    void makeProject()
    {
        auto project = Project::create(projectFolder());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(images));
        QList<NewImage> rows;
        for (int i = 0; i < 4; ++i) {
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 60, 120, 200));
            const QString name = QStringLiteral("img%1.png").arg(i);
            QVERIFY(image.save(QDir(images).filePath(name)));
            rows.append({name, 400, 300, 0, 0, QStringLiteral("new"), {}});
        }
        // A file that is not what its name says: the pane must show why instead of the image.
        QFile broken(QDir(images).filePath(QStringLiteral("zz_broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("\x89PNG\r\n\x1a\n truncated") > 0);
        broken.close();
        rows.append({QStringLiteral("zz_broken.png"), 400, 300, 0, 0, QStringLiteral("new"), {}});
        DatasetStore store((*project)->database(), (*project)->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), images).value();
        m_cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        m_dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00a0ff")).value();
        rows[0].shapes.append({m_cat, QStringLiteral("box"), QJsonArray{10, 20, 110, 80}});
        QVERIFY(store.addImages(m_dataset, rows));
    }

    void openPane()
    {
        m_pane = std::make_unique<AnnotationPane>(projectFolder(), m_dataset);
        m_pane->resize(1200, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QSignalSpy shown(m_pane.get(), &AnnotationPane::imageShown);
        QVERIFY(shown.wait(10000));
    }

    void waitForImage(std::int64_t id)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->currentImageId(), id, 10000);
    }

    std::int64_t imageIdAt(int row) const { return m_pane->images().images().at(row).id; }

    QList<ShapeRow> storedShapes(std::int64_t imageId)
    {
        if (m_pane && m_pane->writer())
            [&] { QVERIFY(m_pane->writer()->flush(10000)); }();
        auto db = Project::connect(projectFolder());
        [&] { QVERIFY(db); }();
        QList<ShapeRow> rows;
        auto st = (*db)->statement("SELECT label_class_id, kind, geometry, hidden FROM shape WHERE image_id = ? "
                                   "ORDER BY z, id");
        (*st)->bindAll(imageId);
        [&] {
            QVERIFY((*st)->forEachRow([&](const Statement &r) {
                rows.append({r.int64(0), r.text(1), r.text(2), r.int64(3) != 0});
            }));
        }();
        return rows;
    }

    QString storedStatus(std::int64_t imageId)
    {
        [&] { QVERIFY(m_pane->writer()->flush(10000)); }();
        auto db = Project::connect(projectFolder());
        auto st = (*db)->statement("SELECT status FROM image WHERE id = ?");
        (*st)->bindAll(imageId);
        [&] { QVERIFY((*st)->step().value()); }();
        return (*st)->text(0);
    }

    // Presses and drags on the canvas between two image points.
    void drag(QPointF from, QPointF to)
    {
        QWidget *viewport = m_pane->canvas()->viewport();
        const QPoint a = m_pane->canvas()->mapFromImage(from).toPoint();
        const QPoint b = m_pane->canvas()->mapFromImage(to).toPoint();
        QTest::mousePress(viewport, Qt::LeftButton, {}, a);
        QTest::mouseMove(viewport, (a + b) / 2);
        QTest::mouseMove(viewport, b);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
    }

    QPointF scenePoint(QPointF imagePoint) const
    {
        return m_pane->canvas()->mapToImage(m_pane->canvas()->mapFromImage(imagePoint).toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings();
        QVERIFY(m_dir.isValid());
        makeProject();
    }

    void init() { openPane(); }
    void cleanup() { m_pane.reset(); }

    void listsImagesAndLabelsWithCounts()
    {
        QCOMPARE(m_pane->images().rowCount(), 5);
        QCOMPARE(m_pane->labels().labels().size(), 2);
        QCOMPARE(m_pane->labels().label(m_cat)->shapeCount, 1);
        QCOMPARE(m_pane->currentImageId(), imageIdAt(0));
        QCOMPARE(m_pane->document()->shapes().size(), 1);
    }

    void drawnRectangleLandsInTheStore()
    {
        m_pane->showImage(imageIdAt(1));
        waitForImage(imageIdAt(1));
        m_pane->useLabelKey(2);
        QCOMPARE(m_pane->currentLabel(), m_dog);
        m_pane->setTool(ToolId::Rectangle);
        drag({50, 40}, {250, 200});
        QCOMPARE(m_pane->document()->shapes().size(), 1);
        const Shape drawn = m_pane->document()->shapes().first();
        QCOMPARE(drawn.kind, ShapeKind::Box);
        QCOMPARE(drawn.labelClassId, m_dog);
        const QPointF a = scenePoint({50, 40});
        const QPointF b = scenePoint({250, 200});
        QCOMPARE(drawn.points.value(0), a);
        QCOMPARE(drawn.points.value(1), b);

        const QList<ShapeRow> rows = storedShapes(imageIdAt(1));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].kind, QStringLiteral("box"));
        QCOMPARE(rows[0].label, m_dog);
        QCOMPARE(rows[0].geometry, QString::fromUtf8(shapeGeometryJson(drawn)));
        // An edit moves a new image to "in progress".
        QCOMPARE(storedStatus(imageIdAt(1)), QStringLiteral("in_progress"));
        QCOMPARE(m_pane->labels().label(m_dog)->shapeCount, 1);

        // Undo removes it from the store; redo brings it back.
        m_pane->undo();
        QCOMPARE(storedShapes(imageIdAt(1)).size(), 0);
        QCOMPARE(m_pane->labels().label(m_dog)->shapeCount, 0);
        m_pane->redo();
        QCOMPARE(storedShapes(imageIdAt(1)).size(), 1);
        QCOMPARE(storedShapes(imageIdAt(1))[0].geometry, rows[0].geometry);
    }

    void everyKindDrawnLandsInTheStoreExactly()
    {
        m_pane->showImage(imageIdAt(1));
        waitForImage(imageIdAt(1));
        const int before = int(m_pane->document()->shapes().size());
        QWidget *viewport = m_pane->canvas()->viewport();
        const auto at = [this](QPointF p) { return m_pane->canvas()->mapFromImage(p).toPoint(); };
        const auto click = [&](QPointF p) { QTest::mouseClick(viewport, Qt::LeftButton, {}, at(p)); };

        m_pane->setTool(ToolId::Polygon);
        for (QPointF p : {QPointF(20, 20), QPointF(120, 30), QPointF(90, 110)})
            click(p);
        QTest::keyClick(viewport, Qt::Key_Return);
        m_pane->setTool(ToolId::Polyline);
        for (QPointF p : {QPointF(200, 40), QPointF(260, 80), QPointF(300, 50)})
            click(p);
        QTest::keyClick(viewport, Qt::Key_Return);
        m_pane->setTool(ToolId::Point);
        click({330, 200});
        m_pane->setTool(ToolId::RotatedRectangle);
        drag({150, 150}, {220, 210});
        m_pane->setTool(ToolId::MaskBrush);
        drag({40, 200}, {120, 260});

        QList<ShapeKind> kinds;
        for (int i = before; i < m_pane->document()->shapes().size(); ++i)
            kinds.append(m_pane->document()->shapes().at(i).kind);
        QCOMPARE(kinds, (QList<ShapeKind>{ShapeKind::Polygon, ShapeKind::Polyline, ShapeKind::Point,
                                           ShapeKind::RotatedBox, ShapeKind::Mask}));
        const Shape &polygon = m_pane->document()->shapes().at(before);
        QCOMPARE(polygon.points.size(), 3);
        QCOMPARE(polygon.points.at(1), m_pane->canvas()->mapToImage(at({120, 30})));
        // What the store holds is exactly what the document holds, kind by kind.
        const QList<ShapeRow> rows = storedShapes(imageIdAt(1));
        QCOMPARE(rows.size(), m_pane->document()->shapes().size());
        for (int i = 0; i < rows.size(); ++i) {
            const Shape &shape = m_pane->document()->shapes().at(i);
            QCOMPARE(rows[i].kind, shapeKindName(shape.kind));
            QCOMPARE(rows[i].geometry, QString::fromUtf8(shapeGeometryJson(shape)));
        }
        // The store keeps the drawing order: z rises with each new shape.
        auto db = Project::connect(projectFolder());
        auto zs = (*db)->statement("SELECT z FROM shape WHERE image_id = ? ORDER BY z, id");
        (*zs)->bindAll(imageIdAt(1));
        QList<std::int64_t> z;
        QVERIFY((*zs)->forEachRow([&](const Statement &r) { z.append(r.int64(0)); }));
        QVERIFY(std::adjacent_find(z.cbegin(), z.cend()) == z.cend());
        const Shape &mask = m_pane->document()->shapes().constLast();
        QVERIFY(mask.mask.area() > 0);
        QCOMPARE(mask.mask.width(), 400);
        QCOMPARE(mask.mask.height(), 300);
        m_pane->setTool(ToolId::Select);
    }

    void labelKeyChangesTheSelectedShapes()
    {
        const Shape box = m_pane->document()->shapes().first();
        m_pane->canvas()->setSelectedKeys({box.key});
        m_pane->useLabelKey(2);
        QCOMPARE(m_pane->document()->shapes().first().labelClassId, m_dog);
        QCOMPARE(storedShapes(imageIdAt(0)).first().label, m_dog);
        m_pane->undo();
        QCOMPARE(storedShapes(imageIdAt(0)).first().label, m_cat);
    }

    void copyPasteAndPastePrevious()
    {
        const Shape box = m_pane->document()->shapes().first();
        m_pane->canvas()->setSelectedKeys({box.key});
        m_pane->copyShapes();
        m_pane->showImage(imageIdAt(2));
        waitForImage(imageIdAt(2));
        m_pane->pasteShapes();
        QCOMPARE(storedShapes(imageIdAt(2)).size(), 1);
        QCOMPARE(storedShapes(imageIdAt(2)).first().geometry, storedShapes(imageIdAt(0)).first().geometry);

        m_pane->showImage(imageIdAt(3));
        waitForImage(imageIdAt(3));
        m_pane->pastePreviousShapes();
        QCOMPARE(storedShapes(imageIdAt(3)).size(), 1);
        m_pane->undo();
        QCOMPARE(storedShapes(imageIdAt(3)).size(), 0);
    }

    void hideDeleteAndZOrder()
    {
        const Shape box = m_pane->document()->shapes().first();
        m_pane->canvas()->setSelectedKeys({box.key});
        m_pane->toggleHidden();
        QVERIFY(storedShapes(imageIdAt(0)).first().hidden);
        m_pane->undo();
        QVERIFY(!storedShapes(imageIdAt(0)).first().hidden);
        m_pane->removeSelectedShapes();
        QCOMPARE(storedShapes(imageIdAt(0)).size(), 0);
        m_pane->undo();
        QCOMPARE(storedShapes(imageIdAt(0)).size(), 1);
    }

    void mergeMovesEveryShapeAndUndoesInOneStep()
    {
        const std::int64_t imageId = imageIdAt(0);
        QSignalSpy reloaded(m_pane.get(), &AnnotationPane::indexLoaded);
        QVERIFY(m_pane->mergeLabel(m_cat, m_dog));
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(m_pane->labels().labels().size(), 1);
        QCOMPARE(storedShapes(imageId).first().label, m_dog);
        waitForImage(imageId);
        QCOMPARE(m_pane->document()->shapes().first().labelClassId, m_dog);

        m_pane->labelUndoStack()->undo();
        QCOMPARE(storedShapes(imageId).first().label, m_cat);
        auto db = Project::connect(projectFolder());
        QCOMPARE((*db)->queryInt("SELECT count(*) FROM label_class WHERE id = ? AND name = 'cat'", m_cat).value(), 1);
    }

    void tagsFlagsAndTheirStoreRows()
    {
        m_pane->setImageTags({QStringLiteral("night"), QStringLiteral("blurry")});
        const Shape box = m_pane->document()->shapes().first();
        m_pane->canvas()->setSelectedKeys({box.key});
        m_pane->setSelectedFlag(QStringLiteral("occluded"), true);
        QVERIFY(m_pane->writer()->flush(10000));
        auto db = Project::connect(projectFolder());
        auto st = (*db)->statement("SELECT i.tags, s.attributes FROM image i JOIN shape s ON s.image_id = i.id "
                                   "WHERE i.id = ?");
        (*st)->bindAll(imageIdAt(0));
        QVERIFY((*st)->step().value());
        QCOMPARE(QJsonDocument::fromJson((*st)->text(0).toUtf8()).array(),
                 (QJsonArray{QStringLiteral("night"), QStringLiteral("blurry")}));
        QCOMPARE(QJsonDocument::fromJson((*st)->text(1).toUtf8()).object().value(QStringLiteral("occluded")), QJsonValue(true));
        m_pane->undo();
        QVERIFY(!m_pane->document()->shapes().first().attributes.contains(QStringLiteral("occluded")));
    }

    void anUnreadableImageSaysWhyAndTheLabelerGoesOn()
    {
        const std::int64_t broken = imageIdAt(4);
        QCOMPARE(m_pane->images().images().at(4).path, QStringLiteral("zz_broken.png"));
        m_pane->showImage(broken);
        auto *message = m_pane->findChild<EmptyState *>();
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QCOMPARE(message->title(), QStringLiteral("This image cannot be shown"));
        QVERIFY2(message->text().contains(QStringLiteral("zz_broken.png")), qPrintable(message->text()));
        // The labeler goes on to another image.
        m_pane->showPrevious();
        waitForImage(imageIdAt(3));
        QVERIFY(!message->isVisible());
    }

    void navigationFollowsTheFilteredList()
    {
        const std::int64_t first = m_pane->currentImageId();
        m_pane->showNext();
        waitForImage(imageIdAt(1));
        m_pane->showPrevious();
        waitForImage(first);
        // Image 0 holds a shape: the next image without shapes is the first after it that has none.
        m_pane->showNextWithoutShapes();
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentImageId() != first, 10000);
        QCOMPARE(m_pane->images().images().at(m_pane->images().rowOf(m_pane->currentImageId())).shapeCount, 0);
    }

    void reviewAcceptsAndRejects()
    {
        m_pane->markDone();
        waitForImage(imageIdAt(1));
        QCOMPARE(storedStatus(imageIdAt(0)), QStringLiteral("done"));
        m_pane->showImage(imageIdAt(1));
        waitForImage(imageIdAt(1));
        m_pane->markDone();

        m_pane->setReviewMode(true);
        waitForImage(imageIdAt(0));
        m_pane->acceptImage();
        QCOMPARE(storedStatus(imageIdAt(0)), QStringLiteral("accepted"));
        waitForImage(imageIdAt(1));

        auto db = Project::connect(projectFolder());
        const auto history = imageStatusHistory(**db, imageIdAt(0));
        QVERIFY(history);
        QVERIFY(history->size() >= 2);
        QCOMPARE(history->constLast().to, QStringLiteral("accepted"));
        QCOMPARE(history->constLast().from, QStringLiteral("done"));

        m_pane->rejectWithComment(QStringLiteral("The dog's tail is cut off"));
        QCOMPARE(storedStatus(imageIdAt(1)), QStringLiteral("rejected"));
        const auto rejected = imageStatusHistory(**db, imageIdAt(1));
        QVERIFY(rejected);
        QCOMPARE(rejected->constLast().comment, QStringLiteral("The dog's tail is cut off"));
        m_pane->setReviewMode(false);
    }
};

QTEST_MAIN(TestAnnotationPane)
#include "tst_annotation_pane.moc"
