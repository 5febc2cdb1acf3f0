// Tests the YOLO, Pascal VOC and labelme writers and readers and the mask PNG writer: random shapes of every kind go out and come back as each format can hold them, and the report lists the rest image by image.
#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/labelme_reader.h"
#include "core/datasets/formats/labelme_writer.h"
#include "core/datasets/formats/mask_png_writer.h"
#include "core/datasets/formats/voc_reader.h"
#include "core/datasets/formats/voc_writer.h"
#include "core/datasets/formats/yolo_reader.h"
#include "core/datasets/formats/yolo_writer.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace atelier;

namespace {

// One shape as the test compares it: what it means, independent of ids and order.
struct Object
{
    QString kind;
    QString label;
    QJsonObject attributes;
    std::optional<qint64> group;
    std::vector<double> xy; // points, or for masks nothing
    QString rle;            // masks
    qint64 shapeId = 0;     // of the stored shape it comes from (expected side)
    int z = 0;
};

using Content = QMap<QString, QList<Object>>; // image path -> objects

Content contentOf(Database &db, const QString &dataset)
{
    auto st = db.statement("SELECT i.path, s.kind, l.name, s.geometry, s.attributes, s.group_id, s.id, s.z "
                           "FROM shape s JOIN image i ON i.id = s.image_id JOIN label_class l ON l.id = s.label_class_id "
                           "JOIN dataset d ON d.id = i.dataset_id WHERE d.name = ? ORDER BY i.path, s.z");
    (*st)->bindAll(dataset);
    Content content;
    while ((*st)->step().value_or(false)) {
        const Statement &r = **st;
        const QJsonObject g = QJsonDocument::fromJson(r.blob(3)).object();
        Object object{r.text(1), r.text(2), QJsonDocument::fromJson(r.blob(4)).object(),
                      r.isNull(5) ? std::nullopt : std::optional(r.int64(5)), {}, {}, r.int64(6), int(r.int64(7))};
        for (const QJsonValue &v : g.value(u"points").toArray())
            object.xy.push_back(v.toDouble());
        if (object.kind == QLatin1String("rotated_box"))
            object.xy.push_back(g.value(u"rotation").toDouble());
        object.rle = g.value(u"rle").toString();
        content[r.text(0)].append(object);
    }
    auto images = db.statement("SELECT i.path FROM image i JOIN dataset d ON d.id = i.dataset_id WHERE d.name = ?");
    (*images)->bindAll(dataset);
    while ((*images)->step().value_or(false))
        content[(*images)->text(0)]; // images without shapes are part of the content too
    return content;
}

QString describe(const Object &o)
{
    QStringList numbers;
    for (double v : o.xy)
        numbers.append(QString::number(v, 'g', 10));
    return QStringLiteral("%1 %2 %3 group %4 [%5] %6")
        .arg(o.kind, o.label, QString::fromUtf8(QJsonDocument(o.attributes).toJson(QJsonDocument::Compact)))
        .arg(o.group ? QString::number(*o.group) : QStringLiteral("-"), numbers.join(u' '), o.rle.left(20));
}

bool same(const Object &a, const Object &b, double tolerance, bool groups)
{
    if (a.kind != b.kind || a.label != b.label || a.attributes != b.attributes || a.rle != b.rle || a.xy.size() != b.xy.size())
        return false;
    if (groups && a.group != b.group)
        return false;
    for (std::size_t i = 0; i < a.xy.size(); ++i) {
        if (std::abs(a.xy[i] - b.xy[i]) > tolerance)
            return false;
    }
    return true;
}

// Empty when `got` holds the same objects as `expected`, image by image; else what differs.
QString difference(const Content &expected, const Content &got, double tolerance, bool groups)
{
    if (QSet<QString>(expected.keyBegin(), expected.keyEnd()) != QSet<QString>(got.keyBegin(), got.keyEnd()))
        return QStringLiteral("the images differ: expected %1, got %2")
            .arg(QStringList(expected.keys()).join(u','), QStringList(got.keys()).join(u','));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QList<Object> left = got.value(it.key());
        for (const Object &wanted : it.value()) {
            const auto match = std::find_if(left.begin(), left.end(), [&](const Object &o) { return same(wanted, o, tolerance, groups); });
            if (match == left.end()) {
                QStringList have;
                for (const Object &o : left)
                    have.append(describe(o));
                return QStringLiteral("%1: no match for %2 among\n  %3").arg(it.key(), describe(wanted), have.join(QStringLiteral("\n  ")));
            }
            left.erase(match);
        }
        if (!left.isEmpty())
            return QStringLiteral("%1: unexpected %2").arg(it.key(), describe(left.front()));
    }
    return {};
}

std::vector<double> corners(const std::vector<double> &r)
{
    const double a = r[4] * std::numbers::pi / 180;
    const double cx = (r[0] + r[2]) / 2, cy = (r[1] + r[3]) / 2, hw = (r[2] - r[0]) / 2, hh = (r[3] - r[1]) / 2;
    std::vector<double> xy;
    for (const auto &[dx, dy] : {std::pair(-hw, -hh), std::pair(hw, -hh), std::pair(hw, hh), std::pair(-hw, hh)})
        xy.push_back(cx + std::cos(a) * dx - std::sin(a) * dy), xy.push_back(cy + std::sin(a) * dx + std::cos(a) * dy);
    return xy;
}

MaskRle maskOf(const Object &o, int height, int width)
{
    return MaskRle::fromCompressedString(o.rle.toLatin1(), height, width).value();
}

// The extent of a shape's vertices (or mask pixels), as x1, y1, x2, y2.
std::vector<double> extentOf(const Object &o, int height, int width)
{
    if (o.kind == QLatin1String("mask")) {
        const MaskRle::BoundingBox b = maskOf(o, height, width).boundingBox();
        return {b.x, b.y, b.x + b.width, b.y + b.height};
    }
    const std::vector<double> xy = o.kind == QLatin1String("rotated_box") ? corners(o.xy) : o.xy;
    std::vector<double> e{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        e = {std::min(e[0], xy[i]), std::min(e[1], xy[i + 1]), std::max(e[2], xy[i]), std::max(e[3], xy[i + 1])};
    return e;
}

// A report entry as the test compares it: "place|action|kind|shape id".
QString note(const QString &place, const QString &action, const QString &kind, qint64 shapeId)
{
    return QStringList{place, action, kind, QString::number(shapeId)}.join(u'|');
}

QSet<QString> notesOf(const InterchangeReport &report)
{
    QSet<QString> notes;
    for (const InterchangeEntry &e : report.entries())
        notes.insert(note(e.place, e.action, e.kind, e.shapeId));
    return notes;
}

struct Size
{
    int width = 0;
    int height = 0;
};

} // namespace

class TestFormatRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    QMap<QString, Size> m_sizes; // of the random dataset's images

    std::unique_ptr<Project> newProject()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        return std::move(*project);
    }

    // A dataset "random" of random shapes of every kind, on real image files under `root`.
    void makeRandomDataset(Database &db, quint32 seed, const QString &root)
    {
        QRandomGenerator random(seed);
        auto real = [&](double low, double high) { return low + random.generateDouble() * (high - low); };
        db.execute("INSERT INTO dataset(name, root_path, created_at) VALUES ('random', ?, '2024-01-01')", root).value();
        const std::int64_t dataset = db.lastInsertId();
        QList<std::int64_t> labels;
        for (const char *name : {"cat", "dog", "bird: small", "traffic light"}) {
            db.execute("INSERT INTO label_class(dataset_id, name, color) VALUES (?, ?, '#000000')", dataset, name).value();
            labels.append(db.lastInsertId());
        }
        m_sizes.clear();
        std::int64_t group = 100;
        for (int i = 0; i < 30; ++i) {
            const int w = random.bounded(20, 160), h = random.bounded(20, 160);
            const QString path = i % 3 == 0 ? QStringLiteral("img%1.png").arg(i)
                               : i % 3 == 1 ? QStringLiteral("sub/img%1.png").arg(i)
                                            : QStringLiteral("images/val/img%1.png").arg(i);
            QDir(root).mkpath(QFileInfo(QDir(root).filePath(path)).path());
            QImage picture(w, h, QImage::Format_RGB32);
            picture.fill(Qt::darkCyan);
            QVERIFY(picture.save(QDir(root).filePath(path)));
            m_sizes.insert(path, {w, h});
            db.execute("INSERT INTO image(dataset_id, path, width, height) VALUES (?, ?, ?, ?)", dataset, path, w, h).value();
            const std::int64_t image = db.lastInsertId();
            int z = 0;
            auto add = [&](const char *kind, const QJsonObject &geometry, const QJsonObject &attributes, std::optional<std::int64_t> g,
                           std::int64_t label) {
                db.execute("INSERT INTO shape(image_id, label_class_id, kind, geometry, attributes, z, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           image, label, kind, QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact)),
                           QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)), z++, g).value();
            };
            auto label = [&] { return labels[random.bounded(int(labels.size()))]; };
            auto point = [&] { return QJsonArray{real(0, w), real(0, h)}; };
            auto attributes = [&] {
                QJsonObject a;
                for (const char *flag : {"occluded", "difficult", "truncated"}) {
                    if (random.bounded(3) == 0)
                        a.insert(QLatin1String(flag), true);
                }
                if (random.bounded(4) == 0)
                    a.insert(QStringLiteral("note"), QStringLiteral("seen at dusk"));
                if (random.bounded(4) == 0)
                    a.insert(QStringLiteral("score"), 0.75);
                return a;
            };
            for (int k = random.bounded(0, 9); k > 0; --k) {
                switch (random.bounded(7)) {
                case 0:
                case 1: { // box, at least 2 pixels wide and high
                    const double x = real(0, w - 4), y = real(0, h - 4);
                    add("box", {{QStringLiteral("points"), QJsonArray{x, y, real(x + 2, w), real(y + 2, h)}}}, attributes(), std::nullopt, label());
                    break;
                }
                case 2: { // a group of 1 to 3 rings, or a polygon without a group
                    const std::optional<std::int64_t> g = random.bounded(2) ? std::optional(++group) : std::nullopt;
                    const QJsonObject a = attributes();
                    const std::int64_t l = label();
                    for (int r = g ? random.bounded(1, 4) : 1; r > 0; --r) {
                        QJsonArray ring;
                        for (int p = random.bounded(3, 7); p > 0; --p)
                            ring += point()[0], ring += point()[1];
                        add("polygon", {{QStringLiteral("points"), ring}}, a, g, l);
                    }
                    break;
                }
                case 3: { // mask
                    std::vector<std::uint8_t> pixels(std::size_t(w * h));
                    const int x0 = random.bounded(w), y0 = random.bounded(h), x1 = random.bounded(x0, w) + 1, y1 = random.bounded(y0, h) + 1;
                    for (int y = y0; y < y1; ++y)
                        std::fill_n(pixels.begin() + y * w + x0, x1 - x0, 1);
                    if (x1 - x0 > 1 || y1 - y0 > 1)
                        pixels[std::size_t(y0 * w + x0)] = 0; // not a plain rectangle
                    const MaskRle mask = MaskRle::fromMask(pixels.data(), h, w);
                    add("mask", {{QStringLiteral("rle"), QString::fromLatin1(mask.toCompressedString())}, {QStringLiteral("size"), QJsonArray{h, w}}},
                        attributes(), std::nullopt, label());
                    break;
                }
                case 4: { // rotated box, kept inside the image
                    const double cx = w / 2.0, cy = h / 2.0, side = std::min(w, h) / 4.0, hw = real(1, side), hh = real(1, side);
                    add("rotated_box", {{QStringLiteral("points"), QJsonArray{cx - hw, cy - hh, cx + hw, cy + hh}}, {QStringLiteral("rotation"), real(-90, 90)}},
                        {}, std::nullopt, label());
                    break;
                }
                case 5:
                    add("polyline", {{QStringLiteral("points"), QJsonArray{real(0, w), real(0, h), real(0, w), real(0, h), real(0, w), real(0, h)}}},
                        attributes(), std::nullopt, label());
                    break;
                default:
                    add("point", {{QStringLiteral("points"), point()}}, attributes(), std::nullopt, label());
                }
            }
        }
    }

    // Export with `write`, import with `read` into "copy"; checks the report against
    // `expectNote` (which action a shape's kind gets, or nothing) and the shapes against
    // `expect` (the stored objects as the format gives them back).
    template<typename Write, typename Read, typename ExpectNote, typename Expect>
    void roundTrip(quint32 seed, const char *format, Write write, Read read, ExpectNote expectNote, Expect expect, double tolerance, bool groups)
    {
        auto project = newProject();
        Database &db = project->database();
        const QString root = m_dir.filePath(QStringLiteral("%1-%2-images").arg(QLatin1String(format)).arg(seed));
        makeRandomDataset(db, seed, root);
        const Content stored = contentOf(db, QStringLiteral("random"));

        auto source = ExportSource::open(db, QStringLiteral("random"));
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        const QString out = m_dir.filePath(QStringLiteral("%1-%2").arg(QLatin1String(format)).arg(seed));
        auto summary = write(*source, out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, 30);

        QSet<QString> notes;
        Content expected;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const Size size = m_sizes.value(it.key());
            QList<Object> &objects = expected[expectedPath(format, it.key())];
            QHash<qint64, qsizetype> objectOfGroup; // group -> its object in `objects`
            for (const Object &o : it.value()) {
                if (const char *action = expectNote(o))
                    notes.insert(note(it.key(), QLatin1String(action), o.kind, o.shapeId));
                expect(o, size, objects, objectOfGroup);
            }
        }
        QCOMPARE(notesOf(summary->report), notes);

        auto imported = read(*project, out);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->images, 30);
        const QString problem = difference(expected, contentOf(db, QStringLiteral("copy")), tolerance, groups);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Where an image lands after a trip: YOLO puts paths outside images/<split>/ under images/train/.
    static QString expectedPath(const char *format, const QString &path)
    {
        if (QByteArray(format) == "yolo" && !path.startsWith(QLatin1String("images/")))
            return QStringLiteral("images/train/") + path;
        return path;
    }

private Q_SLOTS:
    void yolo_data() { seeds(); }
    void yolo()
    {
        QFETCH(quint32, seed);
        auto expectNote = [](const Object &o) -> const char * {
            if (o.kind == QLatin1String("rotated_box") || o.kind == QLatin1String("mask"))
                return "converted";
            if (o.kind == QLatin1String("polyline") || o.kind == QLatin1String("point"))
                return "dropped";
            return nullptr;
        };
        // YOLO keeps no attributes and no groups: each ring is an object of its own.
        auto expect = [](const Object &o, Size size, QList<Object> &objects, QHash<qint64, qsizetype> &) {
            if (o.kind == QLatin1String("box"))
                objects.append({o.kind, o.label, {}, {}, o.xy, {}, 0, 0});
            else if (o.kind == QLatin1String("polygon"))
                objects.append({o.kind, o.label, {}, {}, o.xy, {}, 0, 0});
            else if (o.kind == QLatin1String("rotated_box"))
                objects.append({QStringLiteral("polygon"), o.label, {}, {}, corners(o.xy), {}, 0, 0});
            else if (o.kind == QLatin1String("mask"))
                objects.append({QStringLiteral("box"), o.label, {}, {}, extentOf(o, size.height, size.width), {}, 0, 0});
        };
        roundTrip(seed, "yolo", [](ExportSource &s, const QString &out) { return YoloWriter::write(s, out); },
                  [](Project &p, const QString &out) { return YoloReader(p.database(), p.audit()).import(out, {QStringLiteral("copy")}); },
                  expectNote, expect, 1e-9, false);
    }

    void voc_data() { seeds(); }
    void voc()
    {
        QFETCH(quint32, seed);
        auto expectNote = [](const Object &o) -> const char * {
            if (o.kind == QLatin1String("polyline") || o.kind == QLatin1String("point"))
                return "dropped";
            return o.kind == QLatin1String("box") ? nullptr : "converted";
        };
        // Whole pixels: boxes rounded to the nearest edge, the others' extents rounded outwards;
        // the rings of a group are one object with the group's attributes.
        auto expect = [](const Object &o, Size size, QList<Object> &objects, QHash<qint64, qsizetype> &groups) {
            if (o.kind == QLatin1String("polyline") || o.kind == QLatin1String("point"))
                return;
            if (o.kind == QLatin1String("box")) {
                objects.append({o.kind, o.label, o.attributes, {}, {std::round(o.xy[0]), std::round(o.xy[1]), std::round(o.xy[2]), std::round(o.xy[3])}, {}, 0, 0});
                return;
            }
            const std::vector<double> e = extentOf(o, size.height, size.width);
            const std::vector<double> outwards{std::floor(e[0]), std::floor(e[1]), std::ceil(e[2]), std::ceil(e[3])};
            if (o.group && groups.contains(*o.group)) { // one object for all rings of a group
                std::vector<double> &box = objects[groups.value(*o.group)].xy;
                box = {std::min(box[0], outwards[0]), std::min(box[1], outwards[1]), std::max(box[2], outwards[2]), std::max(box[3], outwards[3])};
                return;
            }
            if (o.group)
                groups.insert(*o.group, objects.size());
            objects.append({QStringLiteral("box"), o.label, o.attributes, {}, outwards, {}, 0, 0});
        };
        roundTripVoc(seed, expectNote, expect);
    }

    void labelme_data() { seeds(); }
    void labelme()
    {
        QFETCH(quint32, seed);
        auto expectNote = [](const Object &o) -> const char * { return o.kind == QLatin1String("rotated_box") ? "converted" : nullptr; };
        // Everything comes back as it was, with groups, except rotated boxes (their corners).
        auto expect = [](const Object &o, Size, QList<Object> &objects, QHash<qint64, qsizetype> &) {
            Object back = o;
            if (o.kind == QLatin1String("rotated_box"))
                back.kind = QStringLiteral("polygon"), back.xy = corners(o.xy);
            objects.append(back);
        };
        roundTrip(seed, "labelme", [](ExportSource &s, const QString &out) { return LabelmeWriter::write(s, out); },
                  [](Project &p, const QString &out) { return LabelmeReader(p.database(), p.audit()).import(out, {QStringLiteral("copy")}); },
                  expectNote, expect, 1e-9, true);
    }

    void masks_data() { seeds(); }
    void masks()
    {
        QFETCH(quint32, seed);
        auto project = newProject();
        Database &db = project->database();
        const QString root = m_dir.filePath(QStringLiteral("masks-%1-images").arg(seed));
        makeRandomDataset(db, seed, root);
        const Content stored = contentOf(db, QStringLiteral("random"));
        auto source = ExportSource::open(db, QStringLiteral("random"));
        QVERIFY(source);
        const QString out = m_dir.filePath(QStringLiteral("masks-%1").arg(seed));
        auto summary = MaskPngWriter::write(*source, out);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->files, 30 * 2 + 2);

        QFile classesFile(QDir(out).filePath(QStringLiteral("classes.txt")));
        QVERIFY(classesFile.open(QIODevice::ReadOnly));
        const QStringList classes = QString::fromUtf8(classesFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(classes, (QStringList{QStringLiteral("background"), QStringLiteral("cat"), QStringLiteral("dog"),
                                       QStringLiteral("bird: small"), QStringLiteral("traffic light")}));

        QSet<QString> notes;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const Size size = m_sizes.value(it.key());
            // The expected pictures, from pycocotools-equivalent rasters: objects (the rings of
            // a group are one) in the order of their first shape, each painted over the earlier.
            QList<std::pair<QString, std::vector<MaskRle>>> objects; // label, parts
            QMap<std::pair<qint64, QString>, qsizetype> groupObject;
            for (const Object &o : it.value()) {
                if (o.kind == QLatin1String("polyline") || o.kind == QLatin1String("point")) {
                    notes.insert(note(it.key(), QStringLiteral("dropped"), o.kind, o.shapeId));
                    continue;
                }
                MaskRle mask;
                if (o.kind == QLatin1String("mask")) {
                    mask = maskOf(o, size.height, size.width);
                } else {
                    std::vector<double> ring = o.kind == QLatin1String("rotated_box") ? corners(o.xy) : o.xy;
                    if (o.kind == QLatin1String("box")) // pycocotools' rleFrBbox order
                        ring = {o.xy[0], o.xy[1], o.xy[0], o.xy[3], o.xy[2], o.xy[3], o.xy[2], o.xy[1]};
                    mask = MaskRle::fromPolygon(ring, size.height, size.width).value();
                }
                if (o.kind == QLatin1String("polygon") && o.group) {
                    const auto key = std::pair(*o.group, o.label);
                    if (groupObject.contains(key)) {
                        objects[groupObject.value(key)].second.push_back(mask);
                        continue;
                    }
                    groupObject.insert(key, objects.size());
                }
                objects.append({o.label, {mask}});
            }
            std::vector<int> classOf(std::size_t(size.width * size.height), 0), instanceOf(classOf.size(), 0);
            for (qsizetype n = 0; n < objects.size(); ++n) {
                for (const MaskRle &part : objects[n].second) {
                    const std::vector<std::uint8_t> pixels = part.toMask();
                    for (std::size_t p = 0; p < pixels.size(); ++p) {
                        if (pixels[p])
                            classOf[p] = int(classes.indexOf(objects[n].first)), instanceOf[p] = int(n + 1);
                    }
                }
            }
            const QString png = QFileInfo(it.key()).path() + u'/' + QFileInfo(it.key()).completeBaseName() + QStringLiteral(".png");
            const QImage classImage(QDir(out).filePath(QStringLiteral("SegmentationClass/") + QDir::cleanPath(png)));
            const QImage objectImage(QDir(out).filePath(QStringLiteral("SegmentationObject/") + QDir::cleanPath(png)));
            QCOMPARE(classImage.size(), QSize(size.width, size.height));
            QCOMPARE(classImage.format(), QImage::Format_Grayscale8);
            QCOMPARE(objectImage.format(), QImage::Format_Grayscale16);
            int differing = 0;
            for (int y = 0; y < size.height; ++y) {
                for (int x = 0; x < size.width; ++x) {
                    const std::size_t p = std::size_t(y * size.width + x);
                    const int gotClass = classImage.constScanLine(y)[x];
                    const int gotInstance = reinterpret_cast<const quint16 *>(objectImage.constScanLine(y))[x];
                    differing += gotClass != classOf[p] || gotInstance != instanceOf[p];
                }
            }
            QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1: %2 pixels differ").arg(it.key()).arg(differing)));
        }
        QCOMPARE(notesOf(summary->report), notes);
    }

private:
    void seeds()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 2024u})
            QTest::addRow("seed %u", seed) << seed;
    }

    template<typename ExpectNote, typename Expect>
    void roundTripVoc(quint32 seed, ExpectNote expectNote, Expect expect)
    {
        roundTrip(seed, "voc", [](ExportSource &s, const QString &out) { return VocWriter::write(s, out); },
                  [](Project &p, const QString &out) { return VocReader(p.database(), p.audit()).import(out, {QStringLiteral("copy")}); },
                  expectNote, expect, 0, false);
    }
};

QTEST_GUILESS_MAIN(TestFormatRoundTrip)
#include "tst_format_roundtrip.moc"
