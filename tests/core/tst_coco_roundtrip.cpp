// Tests CocoWriter: random shapes of every kind survive store -> COCO -> store, and the report lists the rest.
#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/coco_reader.h"
#include "core/datasets/formats/coco_writer.h"
#include "core/datasets/formats/export_source.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace atelier;

namespace {

QString referenceFile()
{
    return QDir(qEnvironmentVariable("ATELIER_SOURCE_DIR")).filePath(QStringLiteral("tests/data/coco-eval/gt.json"));
}

// The working state of `dataset` written as COCO to `out`.
Result<CocoExportSummary> writeCoco(Database &db, const QString &dataset, const QString &out)
{
    auto source = ExportSource::open(db, dataset);
    if (!source)
        return fail(source.error());
    return CocoWriter::write(*source, out);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QString number(double value) { return QString::number(value, 'f', 6); }

QString pointsSignature(const QJsonArray &points)
{
    QStringList parts;
    for (const QJsonValue &v : points)
        parts.append(number(v.toDouble()));
    return parts.join(u',');
}

// What a shape means, independent of ids and order: kind, label, attributes and geometry.
QString signature(const QString &kind, const QString &label, const QByteArray &geometry, const QByteArray &attributes)
{
    const QJsonObject g = QJsonDocument::fromJson(geometry).object();
    const QString shape = kind == QLatin1String("mask")
        ? g.value(QStringLiteral("rle")).toString() + u'@' + QString::number(g.value(QStringLiteral("size"))[0].toInt())
        : pointsSignature(g.value(QStringLiteral("points")).toArray());
    const QByteArray attrs = QJsonDocument(QJsonDocument::fromJson(attributes).object()).toJson(QJsonDocument::Compact);
    return kind + u'|' + label + u'|' + QString::fromUtf8(attrs) + u'|' + shape;
}

// Per image path: the sorted signatures of its objects (a polygon group is one object).
using Content = QMap<QString, QStringList>;

Content contentOf(Database &db, const QString &dataset)
{
    auto st = db.statement("SELECT i.path, s.kind, l.name, s.geometry, s.attributes, coalesce(s.group_id, -s.id) "
                           "FROM shape s JOIN image i ON i.id = s.image_id JOIN label_class l ON l.id = s.label_class_id "
                           "JOIN dataset d ON d.id = i.dataset_id WHERE d.name = ? ORDER BY s.z");
    (*st)->bindAll(dataset);
    QMap<std::pair<QString, qint64>, QStringList> groups;
    while ((*st)->step().value_or(false)) {
        const Statement &r = **st;
        const qint64 group = r.text(1) == QLatin1String("polygon") ? r.int64(5) : -1'000'000'000 - groups.size();
        groups[{r.text(0), group}].append(signature(r.text(1), r.text(2), r.blob(3), r.blob(4)));
    }
    Content content;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        content[it.key().first].append(it.value().join(u';'));
    for (QStringList &objects : content)
        objects.sort();
    return content;
}

} // namespace

class TestCocoRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    std::unique_ptr<Project> newProject()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        return std::move(*project);
    }

    struct Expected
    {
        Content content;
        int rotated = 0;
        int dropped = 0;
    };

    // A dataset of random shapes of every kind; what an export and import should give back.
    Expected makeRandomDataset(Database &db, quint32 seed)
    {
        QRandomGenerator random(seed);
        auto real = [&](double low, double high) { return low + random.generateDouble() * (high - low); };
        db.execute("INSERT INTO dataset(name, root_path, created_at) VALUES ('random', '/tmp', '2024-01-01')").value();
        const std::int64_t dataset = db.lastInsertId();
        QList<std::int64_t> labels;
        for (const char *name : {"cat", "dog", "bird"}) {
            db.execute("INSERT INTO label_class(dataset_id, name, color) VALUES (?, ?, '#000000')", dataset, name).value();
            labels.append(db.lastInsertId());
        }
        Expected expected;
        std::int64_t group = 100;
        for (int i = 0; i < 6; ++i) {
            const int w = random.bounded(20, 200), h = random.bounded(20, 200);
            db.execute("INSERT INTO image(dataset_id, path, width, height) VALUES (?, ?, ?, ?)", dataset,
                       QStringLiteral("img%1.png").arg(i), w, h).value();
            const std::int64_t image = db.lastInsertId();
            int z = 0;
            auto add = [&](const char *kind, const QJsonObject &geometry, const QJsonObject &attributes, std::optional<std::int64_t> g) {
                db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           image, labels[random.bounded(3)], kind, QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact)),
                           QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)), z++, g).value();
            };
            auto point = [&] { return QJsonArray{real(0, w), real(0, h)}; };
            auto flags = [&] { return random.bounded(2) ? QJsonObject{{QStringLiteral("occluded"), true}} : QJsonObject(); };
            for (int k = random.bounded(1, 8); k > 0; --k) {
                switch (random.bounded(7)) {
                case 0: { // box
                    const double x = real(0, w / 2.0), y = real(0, h / 2.0);
                    add("box", {{QStringLiteral("points"), QJsonArray{x, y, real(x, w), real(y, h)}}}, flags(), std::nullopt);
                    break;
                }
                case 1: { // a group of 1 to 3 rings, or a polygon without a group
                    const int rings = random.bounded(1, 4);
                    std::optional<std::int64_t> g;
                    if (random.bounded(2))
                        g = ++group;
                    const QJsonObject a = flags();
                    const std::int64_t label = labels[random.bounded(3)];
                    for (int r = 0; r < (g ? rings : 1); ++r) {
                        QJsonArray ring;
                        for (int p = random.bounded(3, 7); p > 0; --p)
                            ring += point();
                        QJsonArray flat;
                        for (const QJsonValue &xy : ring)
                            flat += xy.toArray()[0], flat += xy.toArray()[1];
                        db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) VALUES (?, ?, 'polygon', ?, ?, ?, ?)",
                                   image, label, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("points"), flat}}).toJson(QJsonDocument::Compact)),
                                   QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)), z++, g).value();
                    }
                    break;
                }
                case 2:
                case 3: { // mask, a crowd region every other time
                    std::vector<std::uint8_t> pixels(std::size_t(w * h));
                    const int x0 = random.bounded(w), y0 = random.bounded(h), x1 = random.bounded(x0, w) + 1, y1 = random.bounded(y0, h) + 1;
                    for (int y = y0; y < y1; ++y)
                        std::fill_n(pixels.begin() + y * w + x0, x1 - x0, 1);
                    const MaskRle mask = MaskRle::fromMask(pixels.data(), h, w);
                    QJsonObject a = flags();
                    if (random.bounded(2))
                        a.insert(QStringLiteral("iscrowd"), 1);
                    add("mask", {{QStringLiteral("rle"), QString::fromLatin1(mask.toCompressedString())}, {QStringLiteral("size"), QJsonArray{h, w}}}, a, std::nullopt);
                    break;
                }
                case 4: { // rotated box: comes back as its corner polygon (kept inside the image)
                    const double cx = w / 2.0, cy = h / 2.0, side = std::min(w, h) / 4.0, hw = real(1, side), hh = real(1, side), angle = real(-90, 90);
                    add("rotated_box", {{QStringLiteral("points"), QJsonArray{cx - hw, cy - hh, cx + hw, cy + hh}}, {QStringLiteral("rotation"), angle}}, {}, std::nullopt);
                    ++expected.rotated;
                    break;
                }
                case 5:
                    add("polyline", {{QStringLiteral("points"), point() + point()}}, {}, std::nullopt);
                    ++expected.dropped;
                    break;
                default:
                    add("point", {{QStringLiteral("points"), point()}}, {}, std::nullopt);
                    ++expected.dropped;
                }
            }
        }
        expected.content = contentOf(db, QStringLiteral("random"));
        return expected;
    }

    // What the rotated boxes should read as after the trip: polygons of their 4 corners.
    static void expectCorners(Database &db, Content &content)
    {
        auto st = db.statement("SELECT i.path, l.name, s.geometry FROM shape s JOIN image i ON i.id = s.image_id "
                               "JOIN label_class l ON l.id = s.label_class_id WHERE s.kind = 'rotated_box'");
        while ((*st)->step().value_or(false)) {
            const QJsonObject g = QJsonDocument::fromJson((*st)->blob(2)).object();
            const QJsonArray p = g.value(QStringLiteral("points")).toArray();
            const double a = g.value(QStringLiteral("rotation")).toDouble() * std::numbers::pi / 180;
            const double cx = (p[0].toDouble() + p[2].toDouble()) / 2, cy = (p[1].toDouble() + p[3].toDouble()) / 2;
            const double hw = (p[2].toDouble() - p[0].toDouble()) / 2, hh = (p[3].toDouble() - p[1].toDouble()) / 2;
            QJsonArray corners;
            for (const auto &[dx, dy] : {std::pair(-hw, -hh), std::pair(hw, -hh), std::pair(hw, hh), std::pair(-hw, hh)})
                corners += cx + std::cos(a) * dx - std::sin(a) * dy, corners += cy + std::sin(a) * dx + std::cos(a) * dy;
            const QByteArray geometry = QJsonDocument(QJsonObject{{QStringLiteral("points"), corners}}).toJson();
            QStringList &objects = content[(*st)->text(0)];
            objects.removeOne(signature(QStringLiteral("rotated_box"), (*st)->text(1), (*st)->blob(2), "{}"));
            objects.append(signature(QStringLiteral("polygon"), (*st)->text(1), geometry, "{}"));
            objects.sort();
        }
        for (QStringList &objects : content) // polylines and points are dropped
            objects.removeIf([](const QString &s) { return s.startsWith(QLatin1String("polyline|")) || s.startsWith(QLatin1String("point|")); });
    }

private Q_SLOTS:
    void referenceAreasAndBoxesComeBack()
    {
        auto project = newProject();
        CocoReader reader(project->database(), project->audit());
        QVERIFY(reader.import(referenceFile(), {QStringLiteral("gt")}));
        const QString out = m_dir.filePath(QStringLiteral("gt-export.json"));
        auto summary = writeCoco(project->database(), QStringLiteral("gt"), out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->annotations, 643);
        QVERIFY(summary->report.isEmpty());

        const QJsonObject reference = readJson(referenceFile()), exported = readJson(out);
        QCOMPARE(exported[QStringLiteral("categories")].toArray().size(), 4);
        QCOMPARE(exported[QStringLiteral("images")].toArray(), reference[QStringLiteral("images")].toArray());
        QHash<int, QJsonObject> byId;
        for (const QJsonValue &a : exported[QStringLiteral("annotations")].toArray())
            byId.insert(a[QStringLiteral("id")].toInt(), a.toObject());
        int masks = 0;
        for (const QJsonValue &value : reference[QStringLiteral("annotations")].toArray()) {
            const QJsonObject ref = value.toObject(), got = byId.value(ref[QStringLiteral("id")].toInt());
            for (const char *key : {"image_id", "category_id", "iscrowd"})
                QCOMPARE(got[QLatin1String(key)], ref[QLatin1String(key)]);
            if (ref[QStringLiteral("segmentation")].isObject()) { // RLE: pycocotools' area() and toBbox()
                QCOMPARE(got[QStringLiteral("area")].toDouble(), ref[QStringLiteral("area")].toDouble());
                QCOMPARE(got[QStringLiteral("bbox")], ref[QStringLiteral("bbox")]);
                ++masks;
            } else { // polygons: the extent of their vertices, as in the reference file
                QCOMPARE(got[QStringLiteral("segmentation")], ref[QStringLiteral("segmentation")]);
                for (int i = 0; i < 4; ++i)
                    QVERIFY(qAbs(got[QStringLiteral("bbox")][i].toDouble() - ref[QStringLiteral("bbox")][i].toDouble()) < 1e-9);
            }
        }
        QCOMPARE(masks, 200);
    }

    void randomShapesSurvive_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2024u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomShapesSurvive()
    {
        QFETCH(quint32, seed);
        auto project = newProject();
        Database &db = project->database();
        Expected expected = makeRandomDataset(db, seed);
        expectCorners(db, expected.content);

        const QString out = m_dir.filePath(QStringLiteral("random-%1.json").arg(seed));
        auto summary = writeCoco(db, QStringLiteral("random"), out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->report.count(QStringLiteral("converted"), QStringLiteral("rotated_box")), expected.rotated);
        QCOMPARE(summary->report.count(QStringLiteral("dropped")), expected.dropped);
        QCOMPARE(summary->report.entries().size(), expected.rotated + expected.dropped);

        CocoReader reader(db, project->audit());
        auto imported = reader.import(out, {QStringLiteral("copy")});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        const Content got = contentOf(db, QStringLiteral("copy"));
        for (auto it = expected.content.cbegin(); it != expected.content.cend(); ++it)
            QCOMPARE(got.value(it.key()), it.value());

        // A second trip keeps every id the first one wrote.
        const QString again = m_dir.filePath(QStringLiteral("random-%1-again.json").arg(seed));
        QVERIFY(writeCoco(db, QStringLiteral("copy"), again));
        QCOMPARE(readJson(again)[QStringLiteral("annotations")], readJson(out)[QStringLiteral("annotations")]);
    }
};

QTEST_GUILESS_MAIN(TestCocoRoundTrip)
#include "tst_coco_roundtrip.moc"
