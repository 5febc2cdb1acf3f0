// Tests DatasetStatistics: exact distributions of a small dataset, from the working copy and from a version that differs from it.
#include "core/annotation/mask_rle.h"
#include "core/datasets/dataset_statistics.h"
#include "core/datasets/dataset_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <vector>

using namespace atelier;

namespace {

using Counts = QMap<QString, std::int64_t>;
using Scales = std::array<std::int64_t, DatasetStatistics::ScaleCount>;

QString maskGeometry()
{
    // A 10 x 10 mask whose set pixels are rows 1-2, columns 0-3: a 4 x 2 box.
    std::vector<std::uint8_t> pixels(100, 0);
    for (int y = 1; y <= 2; ++y)
        for (int x = 0; x <= 3; ++x)
            pixels[std::size_t(y * 10 + x)] = 1;
    const MaskRle mask = MaskRle::fromMask(pixels.data(), 10, 10);
    const QJsonObject geometry{{QStringLiteral("rle"), QString::fromLatin1(mask.toCompressedString())},
                               {QStringLiteral("size"), QJsonArray{10, 10}}};
    return QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDatasetStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::int64_t m_dataset = 0;
    std::int64_t m_cat = 0;
    std::int64_t m_dog = 0;
    std::int64_t m_bird = 0;

    Database &db() { return m_project->database(); }
    DatasetVersions versions() { return DatasetVersions(db(), m_project->audit(), m_project->blobs()); }

    void exec(const char *sql, const QString &a, const QString &b = {})
    {
        auto ok = b.isNull() ? db().execute(sql, a) : db().execute(sql, a, b);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    void addShape(const QString &path, std::int64_t label, const QString &kind, const QString &geometry)
    {
        auto ok = db().execute("INSERT INTO shape(image_id, label_class_id, kind, geometry) "
                               "SELECT id, ?, ?, ? FROM image WHERE path = ?",
                               label, kind, geometry, path);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    // a.jpg (done, train): cat box 10x10, dog box 40x10, cat polygon 100x50, cat mask 4x2
    // b.jpg (new, val):    dog point, cat box 100x100 turned 45° (bounding box 141.4 square)
    // c.jpg (new, none):   nothing
    // d.jpg (done, train): 12 dog boxes 50x50
    void makeDataset()
    {
        auto project = Project::create(m_dir.filePath(QString::number(++m_projects)));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        DatasetStore store(db(), m_project->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), QStringLiteral("images")).value();
        m_cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        m_dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00ff00")).value();
        m_bird = store.addLabelClass(m_dataset, QStringLiteral("bird"), QStringLiteral("#0000ff")).value();
        const auto box = [](std::int64_t label, double x1, double y1, double x2, double y2) {
            return NewShape{label, QStringLiteral("box"), QJsonArray{x1, y1, x2, y2}};
        };
        NewImage a{QStringLiteral("a.jpg"), 640, 480, 0, 0, QStringLiteral("done"),
                   {box(m_cat, 0, 0, 10, 10), box(m_dog, 5, 5, 45, 15),
                    {m_cat, QStringLiteral("polygon"), QJsonArray{0, 0, 100, 0, 100, 50, 0, 50}}}};
        NewImage b{QStringLiteral("b.jpg"), 640, 480, 0, 0, QStringLiteral("new"),
                   {{m_dog, QStringLiteral("point"), QJsonArray{5, 5}}}};
        NewImage c{QStringLiteral("c.jpg"), 640, 480, 0, 0, QStringLiteral("new"), {}};
        NewImage d{QStringLiteral("d.jpg"), 640, 480, 0, 0, QStringLiteral("done"), {}};
        for (int i = 0; i < 12; ++i)
            d.shapes.append(box(m_dog, i, i, i + 50, i + 50));
        QVERIFY(store.addImages(m_dataset, {a, b, c, d}));
        addShape(QStringLiteral("a.jpg"), m_cat, QStringLiteral("mask"), maskGeometry());
        addShape(QStringLiteral("b.jpg"), m_cat, QStringLiteral("rotated_box"),
                 QStringLiteral("{\"points\": [0, 0, 100, 100], \"rotation\": 45}"));
        exec("UPDATE image SET split = ? WHERE path = ?", QStringLiteral("train"), QStringLiteral("a.jpg"));
        exec("UPDATE image SET split = ? WHERE path = ?", QStringLiteral("train"), QStringLiteral("d.jpg"));
        exec("UPDATE image SET split = ? WHERE path = ?", QStringLiteral("val"), QStringLiteral("b.jpg"));
    }

    static void compareOriginal(const DatasetStatistics &s)
    {
        QCOMPARE(s.images, 4);
        QCOMPARE(s.shapes, 18);
        const QList<LabelShapeCount> labels{{QStringLiteral("dog"), QStringLiteral("#00ff00"), 14},
                                            {QStringLiteral("cat"), QStringLiteral("#ff0000"), 4},
                                            {QStringLiteral("bird"), QStringLiteral("#0000ff"), 0}};
        QCOMPARE(s.labels, labels);
        QCOMPARE(s.shapesPerImage, (std::array<std::int64_t, 11>{1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1}));
        // Sizes: mask 2.8, box 10, box 20, 12 boxes 50, polygon 70.7, rotated box 141.4.
        decltype(s.boxSizes) sizes{};
        sizes[0][DatasetStatistics::Small] = 1;
        sizes[2][DatasetStatistics::Small] = 1;
        sizes[3][DatasetStatistics::Small] = 1;
        sizes[4][DatasetStatistics::Medium] = 12;
        sizes[5][DatasetStatistics::Medium] = 1;
        sizes[6][DatasetStatistics::Large] = 1;
        QCOMPARE(s.boxSizes, sizes);
        QCOMPARE(s.scales, (Scales{3, 13, 1}));
        QCOMPARE(s.shapesWithoutArea, 1);
        // 1:1 the square boxes and the turned one; 2:1 the polygon and the mask; 4:1 the dog box.
        QCOMPARE(s.aspectRatios, (std::array<std::int64_t, 7>{0, 0, 0, 14, 2, 1, 0}));
        QCOMPARE(s.imagesPerStatus, (Counts{{QStringLiteral("done"), 2}, {QStringLiteral("new"), 2}}));
        QCOMPARE(s.imagesPerSplit,
                 (Counts{{QString(), 1}, {QStringLiteral("train"), 2}, {QStringLiteral("val"), 1}}));
    }

    // After the version: d.jpg removed; c.jpg in test with a bird box 300x1200.
    static void compareChanged(const DatasetStatistics &s)
    {
        QCOMPARE(s.images, 3);
        QCOMPARE(s.shapes, 7);
        const QList<LabelShapeCount> labels{{QStringLiteral("cat"), QStringLiteral("#ff0000"), 4},
                                            {QStringLiteral("dog"), QStringLiteral("#00ff00"), 2},
                                            {QStringLiteral("bird"), QStringLiteral("#0000ff"), 1}};
        QCOMPARE(s.labels, labels);
        QCOMPARE(s.shapesPerImage, (std::array<std::int64_t, 11>{0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0}));
        decltype(s.boxSizes) sizes{};
        sizes[0][DatasetStatistics::Small] = 1;
        sizes[2][DatasetStatistics::Small] = 1;
        sizes[3][DatasetStatistics::Small] = 1;
        sizes[5][DatasetStatistics::Medium] = 1;
        sizes[6][DatasetStatistics::Large] = 1;
        sizes[8][DatasetStatistics::Large] = 1; // the bird: sqrt(300 * 1200) = 600
        QCOMPARE(s.boxSizes, sizes);
        QCOMPARE(s.scales, (Scales{3, 1, 2}));
        QCOMPARE(s.shapesWithoutArea, 1);
        QCOMPARE(s.aspectRatios, (std::array<std::int64_t, 7>{0, 1, 0, 2, 2, 1, 0}));
        QCOMPARE(s.imagesPerStatus, (Counts{{QStringLiteral("done"), 1}, {QStringLiteral("new"), 2}}));
        QCOMPARE(s.imagesPerSplit, (Counts{{QStringLiteral("test"), 1},
                                           {QStringLiteral("train"), 1},
                                           {QStringLiteral("val"), 1}}));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void boxSizeBuckets_data()
    {
        QTest::addColumn<double>("size");
        QTest::addColumn<int>("bucket");
        QTest::newRow("tiny") << 0.5 << 0;
        QTest::newRow("below 4") << 3.99 << 0;
        QTest::newRow("4") << 4.0 << 1;
        QTest::newRow("below 8") << 7.99 << 1;
        QTest::newRow("32") << 32.0 << 4;
        QTest::newRow("below 1024") << 1023.0 << 8;
        QTest::newRow("1024") << 1024.0 << 9;
        QTest::newRow("huge") << 50000.0 << 9;
    }

    void boxSizeBuckets()
    {
        QFETCH(double, size);
        QFETCH(int, bucket);
        QCOMPARE(DatasetStatistics::boxSizeBucket(size), bucket);
    }

    void aspectBuckets_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<int>("bucket");
        QTest::newRow("1:100") << 0.01 << 0;
        QTest::newRow("1:8") << 0.125 << 0;
        QTest::newRow("1:4") << 0.25 << 1;
        QTest::newRow("just under 1:sqrt2") << 0.70 << 2;
        QTest::newRow("just over 1:sqrt2") << 0.71 << 3;
        QTest::newRow("square") << 1.0 << 3;
        QTest::newRow("just under sqrt2") << 1.41 << 3;
        QTest::newRow("just over sqrt2") << 1.42 << 4;
        QTest::newRow("8:1") << 8.0 << 6;
        QTest::newRow("100:1") << 100.0 << 6;
    }

    void aspectBuckets()
    {
        QFETCH(double, ratio);
        QFETCH(int, bucket);
        QCOMPARE(DatasetStatistics::aspectBucket(ratio), bucket);
    }

    void bucketTexts()
    {
        QCOMPARE(DatasetStatistics::boxSizeBucketText(0), QStringLiteral("0–4"));
        QCOMPARE(DatasetStatistics::boxSizeBucketText(3), QStringLiteral("16–32"));
        QCOMPARE(DatasetStatistics::boxSizeBucketText(9), QStringLiteral("≥1024"));
        QCOMPARE(DatasetStatistics::aspectBucketText(0), QStringLiteral("≤1:8"));
        QCOMPARE(DatasetStatistics::aspectBucketText(3), QStringLiteral("1:1"));
        QCOMPARE(DatasetStatistics::aspectBucketText(5), QStringLiteral("4:1"));
        QCOMPARE(DatasetStatistics::aspectBucketText(6), QStringLiteral("≥8:1"));
        QCOMPARE(DatasetStatistics::shapesPerImageBucketText(10), QStringLiteral("≥10"));
    }

    void workingCopyAndVersion()
    {
        makeDataset();
        auto working = DatasetStatistics::ofWorkingCopy(db(), m_dataset);
        QVERIFY2(working, qPrintable(working ? QString() : working.error().toString()));
        compareOriginal(*working);

        QVERIFY(versions().create(m_dataset, QStringLiteral("before")));
        exec("DELETE FROM image WHERE path = ?", QStringLiteral("d.jpg"));
        exec("UPDATE image SET split = ? WHERE path = ?", QStringLiteral("test"), QStringLiteral("c.jpg"));
        addShape(QStringLiteral("c.jpg"), m_bird, QStringLiteral("box"), QStringLiteral("{\"points\":[0,0,300,1200]}"));

        auto changed = DatasetStatistics::ofWorkingCopy(db(), m_dataset);
        QVERIFY(changed);
        compareChanged(*changed);
        auto version = DatasetStatistics::ofVersion(db(), m_project->blobs(), m_dataset, 1);
        QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
        compareOriginal(*version);

        // The version of the changed copy reads as the working copy does.
        QVERIFY(versions().create(m_dataset, QStringLiteral("after")));
        auto second = DatasetStatistics::ofVersion(db(), m_project->blobs(), m_dataset, 2);
        QVERIFY(second);
        QCOMPARE(*second, *changed);
    }

    void missingVersionIsAnError()
    {
        makeDataset();
        auto missing = DatasetStatistics::ofVersion(db(), m_project->blobs(), m_dataset, 7);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no version 7")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetStatistics)
#include "tst_dataset_statistics.moc"
