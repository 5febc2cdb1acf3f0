// Tests the splits and versions of exports: each format writes the splits in its convention and reads them back, and COCO exports a frozen version.
#include "core/datasets/dataset_versions.h"
#include "core/datasets/formats/coco_writer.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/labelme_reader.h"
#include "core/datasets/formats/labelme_writer.h"
#include "core/datasets/formats/mask_png_writer.h"
#include "core/datasets/formats/split_folders.h"
#include "core/datasets/formats/voc_reader.h"
#include "core/datasets/formats/voc_writer.h"
#include "core/datasets/formats/yolo_reader.h"
#include "core/datasets/formats/yolo_writer.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The split of each image of `dataset`, by file name (exports move images into split folders).
QMap<QString, QString> splitsOf(Database &db, const QString &dataset)
{
    auto st = db.statement("SELECT i.path, coalesce(i.split, '') FROM image i JOIN dataset d ON d.id = i.dataset_id "
                           "WHERE d.name = ?");
    (*st)->bindAll(dataset);
    QMap<QString, QString> splits;
    auto ok = (*st)->forEachRow([&](const Statement &r) { splits.insert(QFileInfo(r.text(0)).fileName(), r.text(1)); });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().toString()));
    return splits;
}

// The COCO boxes of a file as "file_name x y w h", sorted.
QStringList cocoBoxes(const QJsonObject &coco)
{
    QHash<int, QString> fileOf;
    for (const QJsonValue &image : coco.value(u"images").toArray())
        fileOf.insert(image[u"id"].toInt(), image[u"file_name"].toString());
    QStringList boxes;
    for (const QJsonValue &a : coco.value(u"annotations").toArray()) {
        const QJsonArray b = a[u"bbox"].toArray();
        boxes.append(QStringLiteral("%1 %2 %3 %4 %5").arg(fileOf.value(a[u"image_id"].toInt())).arg(b[0].toDouble())
                         .arg(b[1].toDouble()).arg(b[2].toDouble()).arg(b[3].toDouble()));
    }
    boxes.sort();
    return boxes;
}

} // namespace

class TestFormatSplits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A project with the dataset "split": 12 images (real files under `root`), the first 10
    // with a split (train, val, test in turn), each with one box i..i+10 of label cat or dog.
    std::unique_ptr<Project> makeProject(const QString &root)
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        Database &db = (*project)->database();
        db.execute("INSERT INTO dataset(name, root_path, created_at) VALUES ('split', ?, '2024-01-01')", root).value();
        const std::int64_t dataset = db.lastInsertId();
        QList<std::int64_t> labels;
        for (const char *name : {"cat", "dog"}) {
            db.execute("INSERT INTO label_class(dataset_id, name, color) VALUES (?, ?, '#000000')", dataset, name).value();
            labels.append(db.lastInsertId());
        }
        const QStringList splits{QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")};
        QDir().mkpath(root + QStringLiteral("/sub"));
        for (int i = 0; i < 12; ++i) {
            const QString path = i % 2 ? QStringLiteral("sub/img%1.png").arg(i) : QStringLiteral("img%1.png").arg(i);
            QImage picture(40, 30, QImage::Format_RGB32);
            picture.fill(Qt::darkGreen);
            if (!picture.save(QDir(root).filePath(path)))
                qFatal("cannot write %s", qPrintable(path));
            const std::optional<QString> split = i < 10 ? std::optional(splits[i % 3]) : std::nullopt;
            db.execute("INSERT INTO image(dataset_id, path, width, height, split) VALUES (?, ?, 40, 30, ?)", dataset, path, split).value();
            const QString box = QStringLiteral(R"({"points":[%1,%2,%3,%4]})").arg(i).arg(i % 7).arg(i + 10).arg(i % 7 + 10);
            db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z) VALUES (?, ?, 'box', ?, '{}', 0)",
                       db.lastInsertId(), labels[i % 2], box).value();
        }
        return std::move(*project);
    }

private Q_SLOTS:
    void splitFolders_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QString>("placed");
        QTest::addColumn<QString>("readBack");
        QTest::newRow("no split") << QStringLiteral("a/x.jpg") << QStringLiteral("") << QStringLiteral("a/x.jpg") << QStringLiteral("");
        QTest::newRow("file") << QStringLiteral("x.jpg") << QStringLiteral("val") << QStringLiteral("val/x.jpg") << QStringLiteral("val");
        QTest::newRow("folder") << QStringLiteral("a/x.jpg") << QStringLiteral("test") << QStringLiteral("test/a/x.jpg") << QStringLiteral("test");
        QTest::newRow("same split") << QStringLiteral("train/x.jpg") << QStringLiteral("train") << QStringLiteral("train/x.jpg") << QStringLiteral("train");
        QTest::newRow("other split") << QStringLiteral("train/x.jpg") << QStringLiteral("val") << QStringLiteral("val/x.jpg") << QStringLiteral("val");
        QTest::newRow("roboflow valid") << QStringLiteral("valid/x.jpg") << QStringLiteral("test") << QStringLiteral("test/x.jpg") << QStringLiteral("test");
        QTest::newRow("unsplit in a split folder") << QStringLiteral("valid/x.jpg") << QStringLiteral("") << QStringLiteral("valid/x.jpg") << QStringLiteral("val");
        QTest::newRow("split name deeper") << QStringLiteral("a/train/x.jpg") << QStringLiteral("") << QStringLiteral("a/train/x.jpg") << QStringLiteral("");
    }

    void splitFolders()
    {
        QFETCH(QString, path);
        QFETCH(QString, split);
        QFETCH(QString, placed);
        QFETCH(QString, readBack);
        QCOMPARE(SplitFolders::place(path, split), placed);
        QCOMPARE(SplitFolders::splitOf(placed), readBack);
    }

    void splitsComeBack_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"yolo", "voc", "labelme"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    // Export with splits, import into "copy": every image has the split it had.
    void splitsComeBack()
    {
        QFETCH(QString, format);
        const QString root = m_dir.filePath(QStringLiteral("images-") + format);
        auto project = makeProject(root);
        Database &db = project->database();
        auto source = ExportSource::open(db, QStringLiteral("split"));
        QVERIFY(source);
        const QString out = m_dir.filePath(QStringLiteral("out-") + format);
        auto written = format == QLatin1String("yolo") ? YoloWriter::write(*source, out)
                     : format == QLatin1String("voc")  ? VocWriter::write(*source, out)
                                                       : LabelmeWriter::write(*source, out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->images, 12);

        const ImportOptions options{QStringLiteral("copy"), {}};
        auto imported = format == QLatin1String("yolo") ? YoloReader(db, project->audit()).import(out, options)
                      : format == QLatin1String("voc")  ? VocReader(db, project->audit()).import(out, options)
                                                        : LabelmeReader(db, project->audit()).import(out, options);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->images, 12);
        QMap<QString, QString> expected = splitsOf(db, QStringLiteral("split"));
        QCOMPARE(expected.value(QStringLiteral("img9.png")), QStringLiteral("train"));
        QCOMPARE(expected.value(QStringLiteral("img10.png")), QString());
        if (format == QLatin1String("yolo")) { // YOLO has no place for images without a split but images/train/
            expected[QStringLiteral("img10.png")] = QStringLiteral("train");
            expected[QStringLiteral("img11.png")] = QStringLiteral("train");
        }
        QCOMPARE(splitsOf(db, QStringLiteral("copy")), expected);
    }

    void vocListsTheSplits()
    {
        const QString root = m_dir.filePath(QStringLiteral("images-voc-lists"));
        auto project = makeProject(root);
        auto source = ExportSource::open(project->database(), QStringLiteral("split"));
        QVERIFY(source);
        const QString out = m_dir.filePath(QStringLiteral("out-voc-lists"));
        QVERIFY(VocWriter::write(*source, out));
        const auto list = [&](const char *name) { return readBytes(out + QStringLiteral("/ImageSets/Main/") + QLatin1String(name)); };
        QCOMPARE(list("train.txt"), QByteArray("img0\nsub/img3\nimg6\nsub/img9\n"));
        QCOMPARE(list("val.txt"), QByteArray("sub/img1\nimg4\nsub/img7\n"));
        QCOMPARE(list("test.txt"), QByteArray("img2\nsub/img5\nimg8\n"));
    }

    void labelmeAndMasksUseSplitFolders()
    {
        const QString root = m_dir.filePath(QStringLiteral("images-folders"));
        auto project = makeProject(root);
        auto source = ExportSource::open(project->database(), QStringLiteral("split"));
        QVERIFY(source);
        const QString labelme = m_dir.filePath(QStringLiteral("out-labelme-folders"));
        QVERIFY(LabelmeWriter::write(*source, labelme));
        for (const char *file : {"train/img0.json", "train/img0.png", "val/sub/img1.json", "test/img2.json", "img10.json", "sub/img11.json"})
            QVERIFY2(QFileInfo::exists(QDir(labelme).filePath(QLatin1String(file))), file);
        QCOMPARE(readJson(labelme + QStringLiteral("/val/sub/img1.json")).value(u"imagePath").toString(), QStringLiteral("img1.png"));

        const QString masks = m_dir.filePath(QStringLiteral("out-masks-folders"));
        auto written = MaskPngWriter::write(*source, masks);
        QVERIFY(written);
        QCOMPARE(written->files, 12 * 2 + 2);
        for (const char *file : {"SegmentationClass/train/img0.png", "SegmentationObject/val/sub/img1.png",
                                 "SegmentationClass/test/img2.png", "SegmentationClass/img10.png"})
            QVERIFY2(QFileInfo::exists(QDir(masks).filePath(QLatin1String(file))), file);
        const QJsonObject instances = readJson(masks + QStringLiteral("/instances.json"));
        QVERIFY(instances.contains(u"val/sub/img1.png"));
        QVERIFY(instances.contains(u"img10.png"));
    }

    // One file for all images and one per split, with the same ids.
    void cocoWritesAFilePerSplit()
    {
        const QString root = m_dir.filePath(QStringLiteral("images-coco"));
        auto project = makeProject(root);
        auto source = ExportSource::open(project->database(), QStringLiteral("split"));
        QVERIFY(source);
        const QString folder = m_dir.filePath(QStringLiteral("out-coco"));
        QVERIFY(QDir().mkpath(folder));
        const QString out = folder + QStringLiteral("/instances.json");
        auto summary = CocoWriter::write(*source, out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, 12);
        QCOMPARE(summary->splitFiles, (QStringList{folder + QStringLiteral("/instances_test.json"), folder + QStringLiteral("/instances_train.json"),
                                                   folder + QStringLiteral("/instances_val.json")}));

        const QJsonObject all = readJson(out);
        QHash<QString, QJsonObject> imageOf;
        for (const QJsonValue &image : all.value(u"images").toArray())
            imageOf.insert(image[u"file_name"].toString(), image.toObject());
        QHash<int, QJsonObject> annotationOf;
        for (const QJsonValue &a : all.value(u"annotations").toArray())
            annotationOf.insert(a[u"id"].toInt(), a.toObject());
        const QMap<QString, QString> splits = splitsOf(project->database(), QStringLiteral("split"));
        int images = 0, annotations = 0;
        for (const QString &split : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}) {
            const QJsonObject part = readJson(CocoWriter::splitFilePath(out, split));
            QCOMPARE(part.value(u"categories"), all.value(u"categories"));
            for (const QJsonValue &image : part.value(u"images").toArray()) {
                QCOMPARE(splits.value(QFileInfo(image[u"file_name"].toString()).fileName()), split);
                QCOMPARE(image.toObject(), imageOf.value(image[u"file_name"].toString()));
                ++images;
            }
            for (const QJsonValue &a : part.value(u"annotations").toArray()) {
                QCOMPARE(a.toObject(), annotationOf.value(a[u"id"].toInt()));
                ++annotations;
            }
        }
        QCOMPARE(images, 10);
        QCOMPARE(annotations, 10);

        // Without split files, the file of all images is the same, byte for byte.
        const QString alone = m_dir.filePath(QStringLiteral("out-coco-alone.json"));
        auto single = CocoWriter::write(*source, alone, CocoExportOptions{false});
        QVERIFY(single);
        QVERIFY(single->splitFiles.isEmpty());
        QVERIFY(!QFileInfo::exists(CocoWriter::splitFilePath(alone, QStringLiteral("train"))));
        QCOMPARE(readBytes(alone), readBytes(out));
    }

    // Version 1 is exported as it was frozen, whatever the working copy became since.
    void cocoExportsAVersion()
    {
        const QString root = m_dir.filePath(QStringLiteral("images-version"));
        auto project = makeProject(root);
        Database &db = project->database();
        const std::int64_t dataset = db.queryInt("SELECT id FROM dataset WHERE name = 'split'").value();
        auto frozen = DatasetVersions(db, project->audit(), project->blobs()).create(dataset, QStringLiteral("before the edits"));
        QVERIFY2(frozen, qPrintable(frozen ? QString() : frozen.error().toString()));
        auto working = ExportSource::open(db, QStringLiteral("split"));
        QVERIFY(working);
        const QString before = m_dir.filePath(QStringLiteral("version-before.json"));
        QVERIFY(CocoWriter::write(*working, before, CocoExportOptions{false}));

        // Edit the working copy: move one box, delete another, add a third.
        QVERIFY(db.execute("UPDATE shape SET geometry = '{\"points\":[1,1,2,2]}' WHERE id = 1"));
        QVERIFY(db.execute("DELETE FROM shape WHERE id = 2"));
        QVERIFY(db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z) "
                           "SELECT image_id, label_class_id, 'box', '{\"points\":[0,0,5,5]}', '{}', 1 FROM shape WHERE id = 3"));

        auto version = ExportSource::openVersion(db, project->blobs(), QStringLiteral("split"), 1);
        QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
        const QString out = m_dir.filePath(QStringLiteral("version-1.json"));
        auto summary = CocoWriter::write(*version, out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, 12);
        QCOMPARE(summary->annotations, 12);
        QCOMPARE(summary->splitFiles.size(), 3);
        const QStringList boxes = cocoBoxes(readJson(out));
        QCOMPARE(boxes, cocoBoxes(readJson(before)));
        QVERIFY(boxes.contains(QStringLiteral("img0.png 0 0 10 10")));

        auto now = ExportSource::open(db, QStringLiteral("split"));
        QVERIFY(now);
        const QString current = m_dir.filePath(QStringLiteral("version-working.json"));
        QVERIFY(CocoWriter::write(*now, current, CocoExportOptions{false}));
        const QStringList edited = cocoBoxes(readJson(current));
        QCOMPARE(edited.size(), 12);
        QVERIFY(edited.contains(QStringLiteral("img0.png 1 1 1 1")));
        QVERIFY(!edited.contains(QStringLiteral("img0.png 0 0 10 10")));

        auto missing = ExportSource::openVersion(db, project->blobs(), QStringLiteral("split"), 2);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no version 2")));
    }
};

QTEST_GUILESS_MAIN(TestFormatSplits)
#include "tst_format_splits.moc"
