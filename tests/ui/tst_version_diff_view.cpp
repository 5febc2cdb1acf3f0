// The version diff view end to end: a real project with two versions that differ in known ways, the
// real view driven with QTest events, and what it lists and draws compared exactly.
#include "core/datasets/dataset_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "ui/datasets/version_diff_canvas.h"
#include "ui/datasets/version_diff_list_model.h"
#include "ui/datasets/version_diff_view.h"
#include "ui/widgets/empty_state.h"

#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QListView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace atelier;

namespace {

using Kind = ShapeDifference::Kind;

// One drawn outline as "kind old|new colour style" for exact comparisons.
QStringList describe(const QList<VersionDiffCanvas::DrawnShape> &drawn)
{
    static const QStringList kinds{QStringLiteral("unchanged"), QStringLiteral("removed"), QStringLiteral("changed"),
                                   QStringLiteral("added")};
    QStringList lines;
    for (const VersionDiffCanvas::DrawnShape &shape : drawn)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(kinds.at(int(shape.kind)), shape.oldSide ? QStringLiteral("old") : QStringLiteral("new"),
                              shape.color.name(),
                              shape.penStyle == Qt::DashLine ? QStringLiteral("dashed") : QStringLiteral("solid")));
    return lines;
}

} // namespace

class TestVersionDiffView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::int64_t m_dataset = 0;
    std::unique_ptr<VersionDiffView> m_view;
    QString m_lastShown;

    QString projectFolder() const { return m_dir.filePath(QStringLiteral("project")); }
    QString imagesFolder() const { return m_dir.filePath(QStringLiteral("images")); }

    // Version 1, then edits, then version 2. The differences, by path:
    //   a.png     changed: cat box moved, dog box deleted, dog point added; the cat polygon stays
    //   b.png     the same in both: not listed
    //   c.png     changed: two dog boxes added
    //   d.png     removed from the dataset (its file stays on disk), with its cat box
    //   e.png     added, with a cat box
    //   gone.png  changed (cat box moved), and its file is not on disk
    void makeProject()
    {
        auto project = Project::create(projectFolder());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        QVERIFY(QDir().mkpath(imagesFolder()));
        for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("b.png"), QStringLiteral("c.png"),
                                    QStringLiteral("d.png"), QStringLiteral("e.png")}) {
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(QColor(90, 110, 130));
            QVERIFY(image.save(QDir(imagesFolder()).filePath(name)));
        }
        Database &db = (*project)->database();
        DatasetStore store(db, (*project)->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), imagesFolder()).value();
        const std::int64_t cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        const std::int64_t dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00a0ff")).value();
        const auto image = [](const QString &path, QList<NewShape> shapes) {
            return NewImage{path, 400, 300, 0, 0, QStringLiteral("new"), std::move(shapes)};
        };
        QVERIFY(store.addImages(m_dataset, {image(QStringLiteral("a.png"),
                                                  {{cat, QStringLiteral("box"), QJsonArray{10, 20, 110, 80}},
                                                   {dog, QStringLiteral("box"), QJsonArray{200, 50, 300, 150}},
                                                   {cat, QStringLiteral("polygon"), QJsonArray{50, 200, 150, 200, 100, 280}}}),
                                            image(QStringLiteral("b.png"), {{dog, QStringLiteral("point"), QJsonArray{50, 50}}}),
                                            image(QStringLiteral("c.png"), {{cat, QStringLiteral("box"), QJsonArray{0, 0, 40, 40}}}),
                                            image(QStringLiteral("d.png"), {{cat, QStringLiteral("box"), QJsonArray{5, 5, 60, 60}}}),
                                            image(QStringLiteral("gone.png"), {{cat, QStringLiteral("box"), QJsonArray{1, 1, 9, 9}}})}));
        DatasetVersions versions(db, (*project)->audit(), (*project)->blobs());
        QVERIFY(versions.create(m_dataset, QStringLiteral("first")));

        const auto exec = [&](const char *sql, const QString &path) {
            auto ok = db.execute(sql, path);
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        };
        exec("UPDATE shape SET geometry = '{\"points\":[30,20,130,80]}' WHERE kind = 'box' AND label_class_id = "
             "(SELECT id FROM label_class WHERE name = 'cat') AND image_id = (SELECT id FROM image WHERE path = ?)",
             QStringLiteral("a.png"));
        exec("DELETE FROM shape WHERE kind = 'box' AND label_class_id = (SELECT id FROM label_class WHERE name = 'dog') "
             "AND image_id = (SELECT id FROM image WHERE path = ?)",
             QStringLiteral("a.png"));
        exec("UPDATE shape SET geometry = '{\"points\":[2,2,10,10]}' WHERE image_id = "
             "(SELECT id FROM image WHERE path = ?)",
             QStringLiteral("gone.png"));
        exec("DELETE FROM image WHERE path = ?", QStringLiteral("d.png"));
        QVERIFY(db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z) VALUES "
                           "((SELECT id FROM image WHERE path = 'a.png'), ?, 'point', '{\"points\":[250,100]}', '{}', 5)",
                           dog));
        QVERIFY(db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z) VALUES "
                           "((SELECT id FROM image WHERE path = 'c.png'), ?, 'box', '{\"points\":[100,100,150,150]}', '{}', 1), "
                           "((SELECT id FROM image WHERE path = 'c.png'), ?, 'box', '{\"points\":[200,100,250,150]}', '{}', 2)",
                           dog, dog));
        QVERIFY(store.addImages(m_dataset, {image(QStringLiteral("e.png"),
                                                  {{cat, QStringLiteral("box"), QJsonArray{300, 200, 380, 280}}})}));
        QVERIFY(versions.create(m_dataset, QStringLiteral("second")));
    }

    void openView(std::int64_t from, std::int64_t to)
    {
        m_view = std::make_unique<VersionDiffView>(projectFolder(), m_dataset, from, to);
        connect(m_view.get(), &VersionDiffView::imageShown, this, [this](const QString &path) { m_lastShown = path; });
        m_lastShown.clear();
        m_view->resize(1200, 800);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void waitForShown(const QString &path)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_lastShown, path, 10000);
    }

    QStringList listedRows() const
    {
        QStringList rows;
        const QAbstractItemModel *model = m_view->imageList()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            rows.append(index.data(VersionDiffListModel::PathRole).toString() + u' '
                        + VersionDiffListModel::kindText(ImageDifference::Kind(index.data(VersionDiffListModel::KindRole).toInt()))
                        + u' ' + index.data(VersionDiffListModel::CountsTextRole).toString());
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        makeProject();
    }

    void cleanup()
    {
        m_view.reset();
    }

    void listsTheDifferingImagesWithTheirCounts()
    {
        openView(1, 2);
        waitForShown(QStringLiteral("a.png"));
        QCOMPARE(listedRows(), (QStringList{
                                   QStringLiteral("a.png Changed image +1 −1 ~1"),
                                   QStringLiteral("c.png Changed image +2 −0 ~0"),
                                   QStringLiteral("d.png Removed image +0 −1 ~0"),
                                   QStringLiteral("e.png Added image +1 −0 ~0"),
                                   QStringLiteral("gone.png Changed image +0 −0 ~1"),
                               }));
        QCOMPARE(m_view->kindFilter()->itemText(0), QStringLiteral("All images (5)"));
        QCOMPARE(m_view->kindFilter()->itemText(1), QStringLiteral("Added images (1)"));
        QCOMPARE(m_view->kindFilter()->itemText(2), QStringLiteral("Removed images (1)"));
        QCOMPARE(m_view->kindFilter()->itemText(3), QStringLiteral("Changed images (3)"));
        QCOMPARE(m_view->imageList()->currentIndex().row(), 0);
    }

    void drawsEachClassOfChange()
    {
        openView(1, 2);
        waitForShown(QStringLiteral("a.png"));
        QVERIFY(!m_view->shownMessage());
        QCOMPARE(describe(m_view->canvas()->drawnShapes()), (QStringList{
                                                                QStringLiteral("unchanged new #ff0000 solid"),
                                                                QStringLiteral("removed old #e5484d dashed"),
                                                                QStringLiteral("changed old #c8b49c dashed"),
                                                                QStringLiteral("changed new #ff8b3e solid"),
                                                                QStringLiteral("added new #3dd68c solid"),
                                                            }));
        QCOMPARE(m_view->kindToggle(Kind::Removed)->text(), QStringLiteral("Removed (1)"));
        QCOMPARE(m_view->kindToggle(Kind::Added)->text(), QStringLiteral("Added (1)"));
        QCOMPARE(m_view->kindToggle(Kind::Changed)->text(), QStringLiteral("Changed (1)"));
        QCOMPARE(m_view->kindToggle(Kind::Unchanged)->text(), QStringLiteral("Unchanged (1)"));
        // The shapes drawn are the diff's: the moved cat box before and after.
        const ImageShapeDiff &diff = m_view->canvas()->diff();
        QCOMPARE(diff.shapes.at(2).from->points, QPolygonF({QPointF(10, 20), QPointF(110, 80)}));
        QCOMPARE(diff.shapes.at(2).to->points, QPolygonF({QPointF(30, 20), QPointF(130, 80)}));
        // The added dog point's green ring is painted around it, and the image shows elsewhere.
        const QImage frame = m_view->canvas()->viewport()->grab().toImage();
        const QPoint point = m_view->canvas()->mapFromScene(QPointF(250, 100));
        int ringGreen = 0;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = 4; dx <= 6; ++dx)
                ringGreen = std::max(ringGreen, frame.pixelColor(point + QPoint(dx, dy)).green());
        }
        QVERIFY2(ringGreen > 180, qPrintable(QString::number(ringGreen)));
        QCOMPARE(frame.pixelColor(m_view->canvas()->mapFromScene(QPointF(380, 20))).name(), QStringLiteral("#5a6e82"));
    }

    void togglesHideClassesOfChange()
    {
        openView(1, 2);
        waitForShown(QStringLiteral("a.png"));
        QTest::mouseClick(m_view->kindToggle(Kind::Removed), Qt::LeftButton);
        QTest::mouseClick(m_view->kindToggle(Kind::Unchanged), Qt::LeftButton);
        QCOMPARE(describe(m_view->canvas()->drawnShapes()), (QStringList{
                                                                QStringLiteral("changed old #c8b49c dashed"),
                                                                QStringLiteral("changed new #ff8b3e solid"),
                                                                QStringLiteral("added new #3dd68c solid"),
                                                            }));
        QTest::mouseClick(m_view->kindToggle(Kind::Changed), Qt::LeftButton);
        QTest::mouseClick(m_view->kindToggle(Kind::Added), Qt::LeftButton);
        QVERIFY(m_view->canvas()->drawnShapes().isEmpty());
        QTest::mouseClick(m_view->kindToggle(Kind::Removed), Qt::LeftButton);
        QCOMPARE(describe(m_view->canvas()->drawnShapes()), QStringList{QStringLiteral("removed old #e5484d dashed")});
        // The toggles hold as the images change.
        QTest::keyClick(m_view->imageList(), Qt::Key_Down);
        waitForShown(QStringLiteral("c.png"));
        QVERIFY(m_view->canvas()->drawnShapes().isEmpty());
    }

    void keysStepThroughTheImagesKeepingTheZoom()
    {
        openView(1, 2);
        waitForShown(QStringLiteral("a.png"));
        m_view->imageList()->setFocus();
        QTest::keyClick(m_view->imageList(), Qt::Key_Down);
        waitForShown(QStringLiteral("c.png"));
        QCOMPARE(m_view->imageList()->currentIndex().row(), 1);
        QTest::keyClick(m_view->imageList(), Qt::Key_PageDown);
        waitForShown(QStringLiteral("d.png"));
        QCOMPARE(m_view->currentRow(), 2);

        // From the canvas too, after zooming in: the zoom stays as the images change.
        VersionDiffCanvas *canvas = m_view->canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Plus);
        QTest::keyClick(canvas, Qt::Key_Plus);
        const double zoom = canvas->zoom();
        QVERIFY(!canvas->isFitMode());
        QTest::keyClick(canvas, Qt::Key_Up);
        waitForShown(QStringLiteral("c.png"));
        QCOMPARE(canvas->zoom(), zoom);
        QTest::keyClick(canvas, Qt::Key_PageUp);
        waitForShown(QStringLiteral("a.png"));
        QCOMPARE(m_view->imageList()->currentIndex().row(), 0);
        // Up on the first image stays there.
        QTest::keyClick(canvas, Qt::Key_Up);
        QTest::qWait(100);
        QCOMPARE(m_view->currentRow(), 0);
        QCOMPARE(m_view->currentPath(), QStringLiteral("a.png"));
        QCOMPARE(canvas->zoom(), zoom);
    }

    void filtersByKind()
    {
        openView(1, 2);
        waitForShown(QStringLiteral("a.png"));
        m_view->kindFilter()->setCurrentIndex(1); // added images
        waitForShown(QStringLiteral("e.png"));
        QCOMPARE(listedRows(), QStringList{QStringLiteral("e.png Added image +1 −0 ~0")});
        QCOMPARE(describe(m_view->canvas()->drawnShapes()), QStringList{QStringLiteral("added new #3dd68c solid")});
        m_view->setKindFilter(ImageDifference::Kind::Removed);
        waitForShown(QStringLiteral("d.png"));
        QCOMPARE(m_view->kindFilter()->currentIndex(), 2);
        QCOMPARE(describe(m_view->canvas()->drawnShapes()), QStringList{QStringLiteral("removed old #e5484d dashed")});
        // The removed image's file is still on disk: it shows under its removed shape.
        QVERIFY(!m_view->shownMessage());
        m_view->kindFilter()->setCurrentIndex(0);
        QCOMPARE(m_view->differences().rowCount(), 5);
        QCOMPARE(m_view->currentPath(), QStringLiteral("d.png")); // the image shown stays
    }

    void missingFileShowsItsPath()
    {
        openView(1, 2);
        waitForShown(QStringLiteral("a.png"));
        m_view->showRow(4);
        waitForShown(QStringLiteral("gone.png"));
        EmptyState *message = m_view->shownMessage();
        QVERIFY(message);
        QCOMPARE(message->title(), QStringLiteral("The image file is missing"));
        QVERIFY2(message->text().contains(QDir::toNativeSeparators(QDir(imagesFolder()).filePath(QStringLiteral("gone.png")))),
                 qPrintable(message->text()));
        // Its counts are still there for the toggles.
        QCOMPARE(m_view->kindToggle(Kind::Changed)->text(), QStringLiteral("Changed (1)"));
    }

    void comparesWithTheWorkingCopy()
    {
        {
            auto db = Project::connect(projectFolder());
            QVERIFY(db);
            QVERIFY((*db)->execute("DELETE FROM shape WHERE image_id = (SELECT id FROM image WHERE path = ?)",
                                   QStringLiteral("b.png")));
        }
        openView(2, DatasetVersions::WorkingCopy);
        waitForShown(QStringLiteral("b.png"));
        QCOMPARE(listedRows(), QStringList{QStringLiteral("b.png Changed image +0 −1 ~0")});
        QCOMPARE(describe(m_view->canvas()->drawnShapes()), QStringList{QStringLiteral("removed old #e5484d dashed")});
    }

    void sameVersionsSayTheyAreEqual()
    {
        openView(1, 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->shownMessage()
                                     && m_view->shownMessage()->title() == QStringLiteral("No differences"),
                                 10000);
        QCOMPARE(m_view->differences().rowCount(), 0);
    }
};

QTEST_MAIN(TestVersionDiffView)
#include "tst_version_diff_view.moc"
