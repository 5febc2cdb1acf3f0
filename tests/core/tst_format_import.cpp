// Tests the YOLO, Pascal VOC and labelme readers on hand-written files: the coordinate mappings, data.yaml's forms, labelme circles and masks, and bad files that must be refused with the file and line or element named.
#include "core/annotation/mask_rle.h"
#include "core/datasets/dataset_versions.h"
#include "core/datasets/formats/dataset_import.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/labelme_reader.h"
#include "core/datasets/formats/labelme_writer.h"
#include "core/datasets/formats/voc_reader.h"
#include "core/datasets/formats/voc_writer.h"
#include "core/datasets/formats/yolo_data_file.h"
#include "core/datasets/formats/yolo_reader.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

void writeImage(const QString &path, int width, int height)
{
    QDir().mkpath(QFileInfo(path).path());
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::gray);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
}

// The shapes of a dataset: "path|kind|label|geometry|attributes|group" in image and z order.
QStringList shapesOf(Database &db, const QString &dataset)
{
    auto st = db.statement("SELECT i.path, s.kind, l.name, s.geometry, s.attributes, coalesce(s.group_id, '') "
                           "FROM shape s JOIN image i ON i.id = s.image_id JOIN label_class l ON l.id = s.label_class_id "
                           "JOIN dataset d ON d.id = i.dataset_id WHERE d.name = ? ORDER BY i.path, s.z");
    (*st)->bindAll(dataset);
    QStringList shapes;
    while ((*st)->step().value_or(false)) {
        const Statement &r = **st;
        shapes.append(QStringList{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)}.join(u'|'));
    }
    return shapes;
}

} // namespace

class TestFormatImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    Database &db() { return m_project->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto project = Project::create(path(QStringLiteral("project")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
    }

    void dataYamlForms_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("block list") << QByteArray("path: ../data  # root\ntrain: images/train\nval: images/val\nnames:\n  - person\n  - 'traffic light'\n");
        QTest::newRow("block map") << QByteArray("train: [images/train]\nval: images/val\nnc: 2\nnames:\n  0: person\n  1: \"traffic light\"\n");
        QTest::newRow("flow list") << QByteArray("train: images/train\nval:\n  - images/val\nnames: [person, \"traffic light\"]\n");
        QTest::newRow("flow map") << QByteArray("download: |\n  ignored\ntrain: images/train\nval: images/val\nnames: {0: person, 1: traffic light}\n");
    }

    void dataYamlForms()
    {
        QFETCH(QByteArray, yaml);
        auto data = YoloDataFile::parse(yaml, QStringLiteral("data.yaml"));
        QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
        QCOMPARE(data->names, (QMap<int, QString>{{0, QStringLiteral("person")}, {1, QStringLiteral("traffic light")}}));
        QCOMPARE(data->train, QStringList{QStringLiteral("images/train")});
        QCOMPARE(data->val, QStringList{QStringLiteral("images/val")});

        // What toYaml() writes reads back the same, names with YAML's special characters too.
        data->names.insert(2, QStringLiteral("a: \"b\" # c"));
        auto again = YoloDataFile::parse(data->toYaml(), QStringLiteral("again.yaml"));
        QVERIFY(again);
        QCOMPARE(again->names, data->names);
        QCOMPARE(again->train, data->train);
        QCOMPARE(again->path, data->path);
    }

    void badDataYamlNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed list") << QByteArray("train: a\nnames: [a, b\n") << QStringLiteral("data.yaml line 2:");
        QTest::newRow("no colon") << QByteArray("train: a\nnames:\n  - a\njust text\n") << QStringLiteral("data.yaml line 4:");
        QTest::newRow("bad index") << QByteArray("names:\n  zero: a\n") << QStringLiteral("data.yaml line 2:");
        QTest::newRow("unclosed quote") << QByteArray("names:\n  - \"a\n") << QStringLiteral("data.yaml line 2:");
        QTest::newRow("twice") << QByteArray("names:\n  0: a\n  0: b\n") << QStringLiteral("data.yaml line 3:");
    }

    void badDataYamlNamesTheLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        auto data = YoloDataFile::parse(yaml, QStringLiteral("data.yaml"));
        QVERIFY(!data);
        QVERIFY2(data.error().message.startsWith(where), qPrintable(data.error().message));
    }

    void yoloLinesMapToPixels()
    {
        const QString root = path(QStringLiteral("yolo-ok"));
        writeImage(root + QStringLiteral("/images/train/a.png"), 200, 100);
        writeImage(root + QStringLiteral("/images/val/b.png"), 50, 40);
        writeFile(root + QStringLiteral("/labels/train/a.txt"), "1 0.5 0.5 0.25 0.5\n\n0 0.1 0.2 0.3 0.2 0.2 0.6\n");
        writeFile(root + QStringLiteral("/data.yaml"), "train: images/train\nval: images/val\nnames: {0: cat, 1: dog, 2: unused}\n");
        auto summary = YoloReader(db(), m_project->audit()).import(root, {QStringLiteral("yolo-ok")});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, 2);
        QCOMPARE(summary->labels, 3);
        QCOMPARE(shapesOf(db(), QStringLiteral("yolo-ok")),
                 (QStringList{QStringLiteral("images/train/a.png|box|dog|{\"points\":[75,25,125,75]}|{}|"),
                              QStringLiteral("images/train/a.png|polygon|cat|{\"points\":[20,20,60,20,40,60]}|{}|")}));
    }

    void badYoloLinesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("labels");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("0 0.5 0.5 0.1 0.1\n\xff\xfe garbage\n") << QStringLiteral("line 2: the class");
        QTest::newRow("truncated") << QByteArray("0 0.5 0.5 0.1") << QStringLiteral("line 1: expected");
        QTest::newRow("not a number") << QByteArray("0 0.5 0.5 0.1 x\n") << QStringLiteral("line 1: \"x\" is not a number");
        QTest::newRow("unknown class") << QByteArray("7 0.5 0.5 0.1 0.1\n") << QStringLiteral("line 1: the class \"7\"");
        QTest::newRow("not normalised") << QByteArray("0 50 50 10 10\n") << QStringLiteral("line 1: the coordinates lie outside");
        QTest::newRow("two points") << QByteArray("0 0.1 0.1 0.2 0.2 0.3 0.3\n0 0.1 0.1 0.2 0.2 0.3 0.3 0.4\n") << QStringLiteral("line 2: expected");
    }

    void badYoloLinesNameFileAndLine()
    {
        QFETCH(QByteArray, labels);
        QFETCH(QString, reason);
        const QString root = path(QStringLiteral("yolo-bad-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
        writeImage(root + QStringLiteral("/images/a.png"), 20, 20);
        writeFile(root + QStringLiteral("/labels/a.txt"), labels);
        writeFile(root + QStringLiteral("/classes.txt"), "cat\n");
        auto summary = YoloReader(db(), m_project->audit()).import(root, {QStringLiteral("yolo-bad")});
        QVERIFY(!summary);
        const QString message = summary.error().message;
        QVERIFY2(message.contains(root + QStringLiteral("/labels/a.txt ") + reason), qPrintable(message));
        QCOMPARE(db().queryInt("SELECT count(*) FROM dataset WHERE name = 'yolo-bad'").value(), 0);
    }

    void yoloImageThatIsNoImageIsNamed()
    {
        const QString root = path(QStringLiteral("yolo-no-image"));
        writeFile(root + QStringLiteral("/images/a.png"), "not a png");
        writeFile(root + QStringLiteral("/classes.txt"), "cat\n");
        auto summary = YoloReader(db(), m_project->audit()).import(root, {QStringLiteral("yolo-no-image")});
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(root + QStringLiteral("/images/a.png")), qPrintable(summary.error().message));
    }

    void vocBoxesAreOneBased()
    {
        const QString root = path(QStringLiteral("voc-ok"));
        writeFile(root + QStringLiteral("/Annotations/2007_000027.xml"), R"(<annotation>
  <folder>VOC2012</folder><filename>2007_000027.jpg</filename>
  <size><width>486</width><height>500</height><depth>3</depth></size>
  <object><name>person</name><pose>Frontal</pose><truncated>0</truncated><difficult>1</difficult>
    <bndbox><xmin>1</xmin><ymin>101</ymin><xmax>349</xmax><ymax>500</ymax></bndbox>
    <part><name>head</name><bndbox><xmin>195</xmin><ymin>135</ymin><xmax>271</xmax><ymax>208</ymax></bndbox></part>
    <attributes><attribute><name>note</name><value>tall</value></attribute></attributes>
  </object>
</annotation>
)");
        auto summary = VocReader(db(), m_project->audit()).import(root, {QStringLiteral("voc-ok")});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        // xmin 1 is the first pixel, [0, 1); xmax 349 includes pixel 349, which ends at 349.
        QCOMPARE(shapesOf(db(), QStringLiteral("voc-ok")),
                 QStringList{QStringLiteral("2007_000027.jpg|box|person|{\"points\":[0,100,349,500]}|"
                                            "{\"difficult\":true,\"note\":\"tall\",\"pose\":\"Frontal\"}|")});

        // And back: the same numbers.
        auto source = ExportSource::open(db(), QStringLiteral("voc-ok"));
        QVERIFY(source);
        QVERIFY(VocWriter::write(*source, path(QStringLiteral("voc-ok-out"))));
        QFile xml(path(QStringLiteral("voc-ok-out/Annotations/2007_000027.xml")));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray text = xml.readAll();
        for (const char *element : {"<xmin>1</xmin>", "<ymin>101</ymin>", "<xmax>349</xmax>", "<ymax>500</ymax>",
                                    "<difficult>1</difficult>", "<pose>Frontal</pose>", "<name>note</name>"})
            QVERIFY2(text.contains(element), element);
    }

    void badVocFilesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray("<annotation>\n<filename>a.jpg</filename>\n<size><width>5</width><height>5</height></size>\n<object><name>x</name>\n<bndbox><xmin>1")
                                   << QStringLiteral("line 5:");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage") << QStringLiteral("line 1:");
        QTest::newRow("no bndbox") << QByteArray("<annotation>\n<filename>a.jpg</filename>\n<size><width>5</width><height>5</height></size>\n<object>\n<name>x</name>\n</object>\n</annotation>")
                                   << QStringLiteral("line 4: <object> has no <bndbox>");
        QTest::newRow("no xmax") << QByteArray("<annotation><filename>a.jpg</filename><size><width>5</width><height>5</height></size>\n<object><name>x</name>\n<bndbox><xmin>1</xmin><ymin>1</ymin><ymax>3</ymax></bndbox>\n</object></annotation>")
                                 << QStringLiteral("line 3: <bndbox> needs");
        QTest::newRow("not a number") << QByteArray("<annotation><filename>a.jpg</filename><size><width>5</width><height>5</height></size>\n<object><name>x</name><bndbox>\n<xmin>one</xmin></bndbox></object></annotation>")
                                      << QStringLiteral("line 3: <xmin> holds \"one\"");
        QTest::newRow("not voc") << QByteArray("<svg></svg>") << QStringLiteral("line 1: the root element is <svg>");
    }

    void badVocFilesNameFileAndLine()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("voc-bad-%1/a.xml").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
        writeFile(file, xml);
        auto summary = VocReader(db(), m_project->audit()).import(QFileInfo(file).path(), {QStringLiteral("voc-bad")});
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(file + u' ' + reason), qPrintable(summary.error().message));
    }

    // A <filename> that climbs out of the folder, or names an absolute path, is refused: the import
    // must not read (or later show) files elsewhere on the computer.
    void vocFileNamesStayInTheFolder_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("parent") << QStringLiteral("../../secret.jpg");
        QTest::newRow("absolute") << QStringLiteral("/etc/secret.jpg");
        QTest::newRow("down then further up") << QStringLiteral("a/../../secret.jpg");
    }

    void vocFileNamesStayInTheFolder()
    {
        QFETCH(QString, fileName);
        const QString root = path(QStringLiteral("voc-escape-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
        writeFile(root + QStringLiteral("/a.xml"),
                  QStringLiteral("<annotation><filename>%1</filename><size><width>5</width><height>5</height></size>"
                                 "<object><name>x</name><bndbox><xmin>1</xmin><ymin>1</ymin><xmax>3</xmax><ymax>3</ymax>"
                                 "</bndbox></object></annotation>").arg(fileName).toUtf8());
        auto summary = VocReader(db(), m_project->audit()).import(root, {QStringLiteral("voc-escape")});
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(QStringLiteral("leads outside the images folder")), qPrintable(summary.error().message));
        QVERIFY2(summary.error().message.contains(fileName), qPrintable(summary.error().message));
    }

    void leavesFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("leaves");
        QTest::newRow("plain") << QStringLiteral("a.jpg") << false;
        QTest::newRow("nested") << QStringLiteral("train/a.jpg") << false;
        QTest::newRow("down and up") << QStringLiteral("train/../a.jpg") << false;
        QTest::newRow("dot") << QStringLiteral("./a.jpg") << false;
        QTest::newRow("dots in a name") << QStringLiteral("a..b/..c.jpg") << false;
        QTest::newRow("parent") << QStringLiteral("../a.jpg") << true;
        QTest::newRow("absolute") << QStringLiteral("/a.jpg") << true;
        QTest::newRow("backslashes") << QStringLiteral("x\\..\\..\\a.jpg") << true;
        QTest::newRow("only dots") << QStringLiteral("..") << true;
    }

    void leavesFolder()
    {
        QFETCH(QString, path);
        QFETCH(bool, leaves);
        QCOMPARE(DatasetImport::leavesFolder(path.toStdString()), leaves);
    }

    void labelmeCirclesAndMasks()
    {
        const QString root = path(QStringLiteral("labelme-ok"));
        writeImage(root + QStringLiteral("/a.png"), 40, 30);
        QImage region(3, 2, QImage::Format_Grayscale8); // labelme 5.2+: the box's pixels, both corners included
        region.fill(0);
        region.scanLine(0)[0] = 1, region.scanLine(1)[2] = 1; // any value but 0 is set
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        region.save(&buffer, "PNG");
        const QJsonObject file{
            {QStringLiteral("version"), QStringLiteral("5.4.1")}, {QStringLiteral("flags"), QJsonObject()},
            {QStringLiteral("imagePath"), QStringLiteral("a.png")}, {QStringLiteral("imageData"), QJsonValue::Null},
            {QStringLiteral("imageHeight"), 30}, {QStringLiteral("imageWidth"), 40},
            {QStringLiteral("shapes"), QJsonArray{
                QJsonObject{{QStringLiteral("label"), QStringLiteral("ball")}, {QStringLiteral("shape_type"), QStringLiteral("circle")},
                            {QStringLiteral("points"), QJsonArray{QJsonArray{20, 15}, QJsonArray{25, 15}}}, {QStringLiteral("group_id"), 3},
                            {QStringLiteral("flags"), QJsonObject{{QStringLiteral("occluded"), true}}}, {QStringLiteral("description"), QStringLiteral("red")}},
                QJsonObject{{QStringLiteral("label"), QStringLiteral("spot")}, {QStringLiteral("shape_type"), QStringLiteral("mask")},
                            {QStringLiteral("points"), QJsonArray{QJsonArray{10, 5}, QJsonArray{12, 6}}},
                            {QStringLiteral("mask"), QString::fromLatin1(png.toBase64())}},
                QJsonObject{{QStringLiteral("label"), QStringLiteral("spot")}, {QStringLiteral("shape_type"), QStringLiteral("cuboid")},
                            {QStringLiteral("points"), QJsonArray{QJsonArray{1, 1}}}}}}};
        writeFile(root + QStringLiteral("/a.json"), QJsonDocument(file).toJson());
        auto summary = LabelmeReader(db(), m_project->audit()).import(root, {QStringLiteral("labelme-ok")});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->shapes, 2);
        QCOMPARE(summary->report.count(QStringLiteral("converted"), QStringLiteral("circle")), 1);
        QCOMPARE(summary->report.count(QStringLiteral("skipped"), QStringLiteral("cuboid")), 1);

        auto st = db().statement("SELECT s.kind, s.geometry, s.attributes, s.group_id FROM shape s JOIN image i ON i.id = s.image_id "
                                 "JOIN dataset d ON d.id = i.dataset_id WHERE d.name = 'labelme-ok' ORDER BY s.z");
        QVERIFY((*st)->step().value());
        QCOMPARE((*st)->text(0), QStringLiteral("polygon"));
        const QJsonArray ring = QJsonDocument::fromJson((*st)->blob(1)).object().value(u"points").toArray();
        QCOMPARE(ring.size(), 2 * LabelmeReader::CircleVertices);
        for (qsizetype i = 0; i < ring.size(); i += 2)
            QVERIFY(qAbs(std::hypot(ring[i].toDouble() - 20, ring[i + 1].toDouble() - 15) - 5) < 1e-9);
        QCOMPARE(QJsonDocument::fromJson((*st)->blob(2)).object(),
                 (QJsonObject{{QStringLiteral("occluded"), true}, {QStringLiteral("description"), QStringLiteral("red")},
                              {QStringLiteral("labelme_circle"), QJsonArray{20, 15, 25, 15}}}));
        QCOMPARE((*st)->int64(3), 3);
        QVERIFY((*st)->step().value());
        QCOMPARE((*st)->text(0), QStringLiteral("mask"));
        const QJsonObject geometry = QJsonDocument::fromJson((*st)->blob(1)).object();
        const MaskRle mask = MaskRle::fromCompressedString(geometry.value(u"rle").toString().toLatin1(), 30, 40).value();
        QCOMPARE(mask.area(), 2u);
        const std::vector<std::uint8_t> pixels = mask.toMask();
        QCOMPARE(int(pixels[5 * 40 + 10]), 1);
        QCOMPARE(int(pixels[6 * 40 + 12]), 1);

        // Written back: the same circle, and the mask's box and pixels.
        auto source = ExportSource::open(db(), QStringLiteral("labelme-ok"));
        QVERIFY(source);
        QVERIFY(LabelmeWriter::write(*source, path(QStringLiteral("labelme-ok-out"))));
        QFile out(path(QStringLiteral("labelme-ok-out/a.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonArray shapes = QJsonDocument::fromJson(out.readAll()).object().value(u"shapes").toArray();
        QCOMPARE(shapes.size(), 2);
        QCOMPARE(shapes[0][QStringLiteral("shape_type")].toString(), QStringLiteral("circle"));
        QCOMPARE(shapes[0][QStringLiteral("points")].toArray(), (QJsonArray{QJsonArray{20, 15}, QJsonArray{25, 15}}));
        QCOMPARE(shapes[0][QStringLiteral("description")].toString(), QStringLiteral("red"));
        QCOMPARE(shapes[0][QStringLiteral("group_id")].toInt(), 3);
        QCOMPARE(shapes[1][QStringLiteral("points")].toArray(), (QJsonArray{QJsonArray{10, 5}, QJsonArray{12, 6}}));
        const QImage written = QImage::fromData(QByteArray::fromBase64(shapes[1][QStringLiteral("mask")].toString().toLatin1()));
        QCOMPARE(written.size(), QSize(3, 2));
        QVERIFY(qGray(written.pixel(0, 0)) > 0 && qGray(written.pixel(2, 1)) > 0 && qGray(written.pixel(1, 0)) == 0);
    }

    void badLabelmeFilesNameFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray("{\n  \"imagePath\": \"a.png\",\n  \"shapes\": [\n    {\"label\": \"x\"")
                                   << QStringLiteral("line 4:");
        QTest::newRow("garbage") << QByteArray("\x00\x01garbage") << QStringLiteral("line 1:");
        QTest::newRow("not labelme") << QByteArray("[1, 2]") << QStringLiteral("cannot be imported: it has no imagePath");
        QTest::newRow("bad point") << QByteArray(R"({"imagePath": "a.png", "imageHeight": 9, "imageWidth": 9, "shapes": [
            {"label": "x", "shape_type": "polygon", "points": [[1, 1], [2, 2], [3, "y"]]}]})")
                                   << QStringLiteral("at shapes[0].points[2]");
        QTest::newRow("short rectangle") << QByteArray(R"({"imagePath": "a.png", "imageHeight": 9, "imageWidth": 9, "shapes": [
            {"label": "x", "shape_type": "point", "points": [[1, 1]]},
            {"label": "x", "shape_type": "rectangle", "points": [[1, 1]]}]})")
                                         << QStringLiteral("a rectangle needs 2 points, not 1 at shapes[1].points");
        QTest::newRow("no label") << QByteArray(R"({"imagePath": "a.png", "imageHeight": 9, "imageWidth": 9, "shapes": [
            {"shape_type": "point", "points": [[1, 1]]}]})")
                                  << QStringLiteral("at shapes[0].label");
        QTest::newRow("bad mask") << QByteArray(R"({"imagePath": "a.png", "imageHeight": 9, "imageWidth": 9, "shapes": [
            {"label": "x", "shape_type": "mask", "points": [[1, 1], [2, 2]], "mask": "bm90IGEgcG5n"}]})")
                                  << QStringLiteral("at shapes[0].mask");
    }

    void badLabelmeFilesNameFileAndPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const QString file = path(QStringLiteral("labelme-bad-%1/a.json").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
        writeFile(file, json);
        auto summary = LabelmeReader(db(), m_project->audit()).import(QFileInfo(file).path(), {QStringLiteral("labelme-bad")});
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(file) && summary.error().message.contains(reason), qPrintable(summary.error().message));
    }

    void exportsAVersionNotTheWorkingState()
    {
        const QString root = path(QStringLiteral("versioned"));
        writeImage(root + QStringLiteral("/a.png"), 30, 20);
        writeFile(root + QStringLiteral("/a.json"), R"({"imagePath": "a.png", "imageHeight": 20, "imageWidth": 30, "shapes": [
            {"label": "x", "shape_type": "rectangle", "points": [[1, 2], [3, 4]], "group_id": null}]})");
        auto summary = LabelmeReader(db(), m_project->audit()).import(root, {QStringLiteral("versioned")});
        QVERIFY(summary);
        DatasetVersions versions(db(), m_project->audit(), m_project->blobs());
        QVERIFY(versions.create(summary->datasetId, QStringLiteral("one box")));
        QVERIFY(db().execute("DELETE FROM shape WHERE image_id IN (SELECT id FROM image WHERE dataset_id = ?)", summary->datasetId));

        auto source = ExportSource::openVersion(db(), m_project->blobs(), QStringLiteral("versioned"), 1);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        QVERIFY(LabelmeWriter::write(*source, path(QStringLiteral("versioned-out")), {}));
        auto back = LabelmeReader(db(), m_project->audit()).import(path(QStringLiteral("versioned-out")), {QStringLiteral("versioned-back")});
        QVERIFY(back);
        QCOMPARE(shapesOf(db(), QStringLiteral("versioned-back")),
                 QStringList{QStringLiteral("a.png|box|x|{\"points\":[1,2,3,4]}|{}|")});
        QVERIFY(!ExportSource::openVersion(db(), m_project->blobs(), QStringLiteral("versioned"), 2));
    }
};

QTEST_GUILESS_MAIN(TestFormatImport)
#include "tst_format_import.moc"
