// Tests DemoProject: the images, the ground truth and the dataset agree, and drawing is deterministic.
#include "core/project/demo_image_painter.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/project/project_catalog.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"
#include "core/translations.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestDemoProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en")); // "300 images", not "300 image(s)"
        m_folder = m_dir.filePath(QStringLiteral("demo"));
        TaskContext context;
        auto project = DemoProject::create(m_folder, context);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    }

    void paintingIsDeterministic()
    {
        const DemoImage a = DemoImagePainter::paint(42, 160, 120);
        const DemoImage b = DemoImagePainter::paint(42, 160, 120);
        const DemoImage c = DemoImagePainter::paint(43, 160, 120);
        QCOMPARE(a.image, b.image);
        QCOMPARE(a.objects.size(), b.objects.size());
        QVERIFY(a.image != c.image);
        QVERIFY(!a.objects.isEmpty());
        for (const DemoObject &object : a.objects) {
            QVERIFY(DemoImagePainter::labels().contains(object.label));
            QVERIFY(QRectF(0, 0, 160, 120).contains(object.outline.boundingRect()));
        }
    }

    void groundTruthMatchesThePixels()
    {
        // The centre of each object is painted in a colour unlike the background around it.
        const DemoImage demo = DemoImagePainter::paint(7, 320, 240);
        for (const DemoObject &object : demo.objects) {
            const QPointF centre = object.outline.boundingRect().center();
            const QPointF outside = object.outline.boundingRect().topLeft() - QPointF(2, 2);
            if (!QRectF(0, 0, 320, 240).contains(outside))
                continue;
            const QColor inside = demo.image.pixelColor(centre.toPoint());
            const QColor around = demo.image.pixelColor(outside.toPoint());
            QVERIFY(inside.saturation() >= 140 || std::abs(inside.hue() - around.hue()) > 10);
        }
    }

    void writesImagesAndGroundTruth()
    {
        QFile file(m_folder + QStringLiteral("/ground_truth.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray images = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), DemoProject::ImageCount);
        int objects = 0;
        for (const QJsonValue &value : images) {
            const QJsonObject image = value.toObject();
            objects += image.value(QStringLiteral("objects")).toArray().size();
        }
        QVERIFY(objects >= DemoProject::ImageCount);
        const QImage first(m_folder + QStringLiteral("/images/shape_0001.jpg"));
        QCOMPARE(first.size(), QSize(DemoProject::ImageWidth, DemoProject::ImageHeight));
    }

    void theStoreHoldsTheDatasetWithItsGroundTruth()
    {
        auto project = Project::open(m_folder);
        QVERIFY(project);
        Database &db = (*project)->database();
        QCOMPARE(db.queryInt("SELECT count(*) FROM image").value(), DemoProject::ImageCount);
        QCOMPARE(db.queryInt("SELECT count(*) FROM image WHERE status = 'done'").value(), DemoProject::LabelledCount);
        QCOMPARE(db.queryInt("SELECT count(*) FROM label_class").value(), 3);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT image_id) FROM shape").value(), DemoProject::LabelledCount);
        // Every shape of image 1 is an object of the ground truth, in order.
        QFile file(m_folder + QStringLiteral("/ground_truth.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray truth = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("images"))
                                     .toArray().first().toObject().value(QStringLiteral("objects")).toArray();
        auto shapes = db.statement("SELECT l.name, s.geometry FROM shape s JOIN label_class l ON l.id = s.label_class_id "
                                   "JOIN image i ON i.id = s.image_id WHERE i.path = 'shape_0001.jpg' ORDER BY s.z");
        QVERIFY(shapes);
        for (const QJsonValue &object : truth) {
            QVERIFY((*shapes)->step().value());
            QCOMPARE((*shapes)->text(0), object.toObject().value(QStringLiteral("label")).toString());
            const QJsonArray points = QJsonDocument::fromJson((*shapes)->text(1).toUtf8()).object().value(QStringLiteral("points")).toArray();
            QCOMPARE(points, object.toObject().value(QStringLiteral("polygon")).toArray());
        }
        QVERIFY(!(*shapes)->step().value());
    }

    void theCatalogListsTheDataset()
    {
        auto catalog = ProjectCatalog::loadFromFolder(m_folder);
        QVERIFY(catalog);
        const auto &datasets = catalog->items(ProjectCatalog::Section::Datasets);
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets.first().name, DemoProject::datasetName());
        QCOMPARE(datasets.first().detail, QStringLiteral("300 images"));
        // MLflow's Default experiment, which every project has, and nothing else yet.
        const auto &experiments = catalog->items(ProjectCatalog::Section::Experiments);
        QCOMPARE(experiments.size(), 1);
        QCOMPARE(experiments.first().name, QStringLiteral("Default"));
    }

    void cancelingStopsEarly()
    {
        TaskContext context;
        context.cancel();
        auto project = DemoProject::create(m_dir.filePath(QStringLiteral("canceled")), context);
        QVERIFY(!project);
        QVERIFY(project.error().message.contains(QStringLiteral("canceled")));
    }
};

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demo_project.moc"
