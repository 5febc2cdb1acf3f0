// Tests labelme interchange against labelme itself (Debian's python3 labelme): its LabelFile loads what Atelier writes, and Atelier imports what LabelFile.save() writes, with the same shapes.
#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/labelme_reader.h"
#include "core/datasets/formats/labelme_writer.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

struct PythonRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

PythonRun runPython(const QString &python, const QString &script, const QStringList &args)
{
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), script} + args);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("%1 did not finish").arg(python)};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// Loads each file with labelme.LabelFile and prints what it read, as JSON.
const char *const LoadScript = R"(
import json, sys
import labelme
result = {}
for filename in sys.argv[1:]:
    f = labelme.LabelFile(filename)
    result[filename] = {
        "imagePath": f.imagePath,
        "imageBytes": len(f.imageData),
        "shapes": [{"label": s["label"], "points": s["points"], "shape_type": s["shape_type"],
                    "group_id": s["group_id"], "flags": s["flags"]} for s in f.shapes],
    }
print(json.dumps(result))
)";

// Saves one file with labelme.LabelFile.save: argv = file, image path, height, width, shapes JSON.
const char *const SaveScript = R"(
import json, sys
import labelme
filename, image_path, height, width, shapes = sys.argv[1:6]
labelme.LabelFile().save(filename, json.loads(shapes), image_path, int(height), int(width))
)";

QJsonArray pairs(const QList<double> &xy)
{
    QJsonArray points;
    for (qsizetype i = 0; i + 1 < xy.size(); i += 2)
        points.append(QJsonArray{xy[i], xy[i + 1]});
    return points;
}

} // namespace

class TestLabelmePeer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_python; // a python3 that imports labelme
    std::unique_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        // Debian's labelme lives in the system python; a python3 earlier in PATH (pyenv, venv) may not see it.
        for (const QString &candidate : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
            if (runPython(candidate, QStringLiteral("import labelme"), {}).exitCode == 0) {
                m_python = candidate;
                break;
            }
        }
        if (m_python.isEmpty())
            QSKIP("labelme is not installed (Debian: apt-get install labelme); the peer tests need its python module.");
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
    }

    void labelmeLoadsWhatAtelierWrites()
    {
        Database &db = m_project->database();
        const QString root = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(root + QStringLiteral("/sub/street.png")));
        QVERIFY(db.execute("INSERT INTO dataset(name, root_path, created_at) VALUES ('out', ?, '2024-01-01')", root));
        const std::int64_t dataset = db.lastInsertId();
        QVERIFY(db.execute("INSERT INTO label_class(dataset_id, name, color) VALUES (?, 'car', '#000000'), (?, 'sign', '#000000')", dataset, dataset));
        const std::int64_t car = db.lastInsertId() - 1, sign = db.lastInsertId();
        QVERIFY(db.execute("INSERT INTO image(dataset_id, path, width, height) VALUES (?, 'sub/street.png', 64, 48)", dataset));
        const std::int64_t image = db.lastInsertId();
        std::vector<std::uint8_t> pixels(64 * 48, 0);
        pixels[10 * 64 + 20] = pixels[11 * 64 + 21] = 1;
        const MaskRle mask = MaskRle::fromMask(pixels.data(), 48, 64);
        const std::vector<double> circle = LabelmeReader::circlePolygon(30, 20, 34, 23);
        QJsonArray circlePoints;
        for (double v : circle)
            circlePoints.append(v);
        struct Row { std::int64_t label; const char *kind; QJsonObject geometry; QJsonObject attributes; std::optional<std::int64_t> group; };
        const QList<Row> rows{
            {car, "box", {{QStringLiteral("points"), QJsonArray{1.5, 2.25, 30, 40}}}, {{QStringLiteral("occluded"), true}}, std::nullopt},
            {car, "polygon", {{QStringLiteral("points"), QJsonArray{5, 5, 15, 5, 10, 12.5}}}, {}, 7},
            {car, "polygon", {{QStringLiteral("points"), QJsonArray{40, 5, 50, 5, 45, 12}}}, {}, 7},
            {sign, "polyline", {{QStringLiteral("points"), QJsonArray{0, 47, 63, 47, 63, 0}}}, {}, std::nullopt},
            {sign, "point", {{QStringLiteral("points"), QJsonArray{33.5, 44}}}, {}, std::nullopt},
            {sign, "polygon", {{QStringLiteral("points"), circlePoints}}, {{QStringLiteral("labelme_circle"), QJsonArray{30, 20, 34, 23}}}, std::nullopt},
            {sign, "mask", {{QStringLiteral("rle"), QString::fromLatin1(mask.toCompressedString())}, {QStringLiteral("size"), QJsonArray{48, 64}}}, {}, std::nullopt},
        };
        int z = 0;
        for (const Row &row : rows)
            QVERIFY(db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               image, row.label, row.kind, QString::fromUtf8(QJsonDocument(row.geometry).toJson(QJsonDocument::Compact)),
                               QString::fromUtf8(QJsonDocument(row.attributes).toJson(QJsonDocument::Compact)), z++, row.group));

        auto source = ExportSource::open(db, QStringLiteral("out"));
        QVERIFY(source);
        const QString out = m_dir.filePath(QStringLiteral("labelme-out"));
        auto summary = LabelmeWriter::write(*source, out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QVERIFY(summary->report.isEmpty());

        const QString file = out + QStringLiteral("/sub/street.json");
        const PythonRun run = runPython(m_python, QString::fromLatin1(LoadScript), {file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject loaded = QJsonDocument::fromJson(run.out).object().value(file).toObject();
        QCOMPARE(loaded.value(u"imagePath").toString(), QStringLiteral("street.png"));
        QVERIFY(loaded.value(u"imageBytes").toInt() > 0); // it opened the copied image
        const QJsonArray shapes = loaded.value(u"shapes").toArray();
        const QJsonArray expected{
            QJsonObject{{QStringLiteral("label"), QStringLiteral("car")}, {QStringLiteral("shape_type"), QStringLiteral("rectangle")},
                        {QStringLiteral("points"), pairs({1.5, 2.25, 30, 40})}, {QStringLiteral("group_id"), QJsonValue::Null},
                        {QStringLiteral("flags"), QJsonObject{{QStringLiteral("occluded"), true}}}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("car")}, {QStringLiteral("shape_type"), QStringLiteral("polygon")},
                        {QStringLiteral("points"), pairs({5, 5, 15, 5, 10, 12.5})}, {QStringLiteral("group_id"), 7}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("car")}, {QStringLiteral("shape_type"), QStringLiteral("polygon")},
                        {QStringLiteral("points"), pairs({40, 5, 50, 5, 45, 12})}, {QStringLiteral("group_id"), 7}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("sign")}, {QStringLiteral("shape_type"), QStringLiteral("linestrip")},
                        {QStringLiteral("points"), pairs({0, 47, 63, 47, 63, 0})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("sign")}, {QStringLiteral("shape_type"), QStringLiteral("point")},
                        {QStringLiteral("points"), pairs({33.5, 44})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("sign")}, {QStringLiteral("shape_type"), QStringLiteral("circle")},
                        {QStringLiteral("points"), pairs({30, 20, 34, 23})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("sign")}, {QStringLiteral("shape_type"), QStringLiteral("mask")},
                        {QStringLiteral("points"), pairs({20, 10, 21, 11})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
        };
        QCOMPARE(shapes, expected);
    }

    void atelierImportsWhatLabelmeSaves()
    {
        const QString folder = m_dir.filePath(QStringLiteral("labelme-saved"));
        QVERIFY(QDir().mkpath(folder));
        QImage picture(50, 40, QImage::Format_RGB32);
        picture.fill(Qt::darkRed);
        QVERIFY(picture.save(folder + QStringLiteral("/cat.jpg"), "JPEG"));
        const QJsonArray shapes{
            QJsonObject{{QStringLiteral("label"), QStringLiteral("cat")}, {QStringLiteral("shape_type"), QStringLiteral("rectangle")},
                        {QStringLiteral("points"), pairs({30, 35, 2.5, 4})}, {QStringLiteral("group_id"), QJsonValue::Null},
                        {QStringLiteral("flags"), QJsonObject{{QStringLiteral("truncated"), true}}}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("cat")}, {QStringLiteral("shape_type"), QStringLiteral("polygon")},
                        {QStringLiteral("points"), pairs({1, 1, 9, 1, 5, 7.75})}, {QStringLiteral("group_id"), 2}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("tail")}, {QStringLiteral("shape_type"), QStringLiteral("line")},
                        {QStringLiteral("points"), pairs({10, 10, 20, 30})}, {QStringLiteral("group_id"), 2}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("tail")}, {QStringLiteral("shape_type"), QStringLiteral("linestrip")},
                        {QStringLiteral("points"), pairs({1, 2, 3, 4, 5, 6})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("eye")}, {QStringLiteral("shape_type"), QStringLiteral("point")},
                        {QStringLiteral("points"), pairs({12, 13})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
            QJsonObject{{QStringLiteral("label"), QStringLiteral("eye")}, {QStringLiteral("shape_type"), QStringLiteral("circle")},
                        {QStringLiteral("points"), pairs({25, 20, 25, 26})}, {QStringLiteral("group_id"), QJsonValue::Null}, {QStringLiteral("flags"), QJsonObject()}},
        };
        const QString file = folder + QStringLiteral("/cat.json");
        const PythonRun run = runPython(m_python, QString::fromLatin1(SaveScript),
                                        {file, QStringLiteral("cat.jpg"), QStringLiteral("40"), QStringLiteral("50"),
                                         QString::fromUtf8(QJsonDocument(shapes).toJson(QJsonDocument::Compact))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        auto summary = LabelmeReader(m_project->database(), m_project->audit()).import(folder, {QStringLiteral("saved")});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, 1);
        QCOMPARE(summary->shapes, 6);
        QCOMPARE(summary->report.count(QStringLiteral("converted"), QStringLiteral("circle")), 1);

        auto st = m_project->database().statement(
            "SELECT i.path, i.width, i.height, l.name, s.kind, s.geometry, s.attributes, s.group_id FROM shape s "
            "JOIN image i ON i.id = s.image_id JOIN label_class l ON l.id = s.label_class_id "
            "JOIN dataset d ON d.id = i.dataset_id WHERE d.name = 'saved' ORDER BY s.z");
        QStringList got;
        while ((*st)->step().value_or(false)) {
            const Statement &r = **st;
            QJsonObject geometry = QJsonDocument::fromJson(r.blob(5)).object();
            if (r.text(4) == QLatin1String("polygon") && geometry.value(u"points").toArray().size() > 6)
                geometry = {{QStringLiteral("vertices"), geometry.value(u"points").toArray().size() / 2}}; // the circle, checked below
            got.append(QStringList{r.text(0), QString::number(r.int64(1)), QString::number(r.int64(2)), r.text(3), r.text(4),
                                   QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact)), r.text(6),
                                   r.isNull(7) ? QString() : QString::number(r.int64(7))}.join(u'|'));
        }
        QCOMPARE(got, (QStringList{
                          QStringLiteral("cat.jpg|50|40|cat|box|{\"points\":[2.5,4,30,35]}|{\"truncated\":true}|"),
                          QStringLiteral("cat.jpg|50|40|cat|polygon|{\"points\":[1,1,9,1,5,7.75]}|{}|2"),
                          QStringLiteral("cat.jpg|50|40|tail|polyline|{\"points\":[10,10,20,30]}|{}|2"),
                          QStringLiteral("cat.jpg|50|40|tail|polyline|{\"points\":[1,2,3,4,5,6]}|{}|"),
                          QStringLiteral("cat.jpg|50|40|eye|point|{\"points\":[12,13]}|{}|"),
                          QStringLiteral("cat.jpg|50|40|eye|polygon|{\"vertices\":64}|{\"labelme_circle\":[25,20,25,26]}|"),
                      }));
    }
};

QTEST_GUILESS_MAIN(TestLabelmePeer)
#include "tst_labelme_peer.moc"
