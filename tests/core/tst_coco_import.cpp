// Tests CocoReader: the pycocotools reference file imports whole; bad input stops with its JSON path or is skipped.
#include "core/annotation/mask_rle.h"
#include "core/datasets/formats/coco_reader.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

const char *const Tables[] = {"dataset", "image", "label_class", "shape", "audit"};

QString referenceFile()
{
    return QDir(qEnvironmentVariable("ATELIER_SOURCE_DIR")).filePath(QStringLiteral("tests/data/coco-eval/gt.json"));
}

// Two 10 x 10 images, one category, a polygon annotation and a box-only annotation.
QByteArray validDocument()
{
    return R"({"info": {"year": 2024},
"images": [{"id": 1, "file_name": "a.png", "width": 10, "height": 10},
           {"id": 2, "file_name": "b.png", "width": 10, "height": 10}],
"annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 2, 2], "segmentation": [[1, 1, 3, 1, 3, 3]], "area": 2, "iscrowd": 0},
                {"id": 2, "image_id": 2, "category_id": 1, "bbox": [1, 1, 2, 2], "iscrowd": 0}],
"categories": [{"id": 1, "name": "cat", "supercategory": "animal"}]})";
}

QList<std::int64_t> rowCounts(Database &db)
{
    QList<std::int64_t> counts;
    for (const char *table : Tables)
        counts.append(db.queryInt("SELECT count(*) FROM " + std::string(table)).value());
    return counts;
}

} // namespace

class TestCocoImport : public QObject
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

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    std::int64_t count(Project &project, const char *sql)
    {
        return project.database().queryInt(sql).value();
    }

    QString text(Project &project, const char *sql)
    {
        auto st = project.database().statement(sql);
        return st && (*st)->step().value_or(false) ? (*st)->text(0) : QString();
    }

    // The uncompressed counts of the reference annotation `id`.
    std::vector<qint64> referenceCounts(int id)
    {
        QFile file(referenceFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonArray annotations = QJsonDocument::fromJson(file.readAll())[QStringLiteral("annotations")].toArray();
        std::vector<qint64> counts;
        for (const QJsonValue &annotation : annotations) {
            if (annotation[QStringLiteral("id")].toInt() == id) {
                for (const QJsonValue &n : annotation[QStringLiteral("segmentation")][QStringLiteral("counts")].toArray())
                    counts.push_back(n.toInteger());
            }
        }
        return counts;
    }

private Q_SLOTS:
    void referenceFileImportsWhole()
    {
        QVERIFY2(QFileInfo(referenceFile()).size() < 1'000'000, "the reference file should be small");
        auto project = newProject();
        CocoReader reader(project->database(), project->audit());
        auto summary = reader.import(referenceFile(), {QStringLiteral("gt")});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, 120);
        QCOMPARE(summary->categories, 4);
        QCOMPARE(summary->annotations, 643);
        QVERIFY(summary->report.isEmpty());

        QCOMPARE(text(*project, "SELECT group_concat(external_id, ',') FROM (SELECT external_id FROM label_class ORDER BY external_id)"),
                 QStringLiteral("1,2,3,7"));
        QCOMPARE(count(*project, "SELECT count(*) FROM image WHERE external_id % 3 = 0 AND external_id > 0"), 120);
        // 443 one-ring polygons; 161 RLE masks (82 compressed, 79 uncompressed); 39 crowd regions as masks.
        QCOMPARE(count(*project, "SELECT count(*) FROM shape WHERE kind = 'polygon'"), 443);
        QCOMPARE(count(*project, "SELECT count(*) FROM shape WHERE kind = 'mask'"), 200);
        QCOMPARE(count(*project, "SELECT count(*) FROM shape WHERE kind = 'mask' AND json_extract(attributes, '$.iscrowd') = 1"), 39);
        QCOMPARE(count(*project, "SELECT count(DISTINCT group_id) FROM shape"), 643);
        const QJsonObject geometry = QJsonDocument::fromJson(text(*project, "SELECT geometry FROM shape WHERE group_id = 3").toUtf8()).object();
        QCOMPARE(geometry, (QJsonObject{ // uncompressed counts, stored compressed
                               {QStringLiteral("rle"), QString::fromLatin1(MaskRle::fromUncompressedCounts(referenceCounts(3), 240, 320)->toCompressedString())},
                               {QStringLiteral("size"), QJsonArray{240, 320}}}));
        auto audit = project->audit().entries(1);
        QCOMPARE(audit->constFirst().action, QStringLiteral("dataset.import"));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("withImages");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("annotationsWhenSkipping"); // -1: not skippable
        QTest::addColumn<int>("skipped");

        QTest::newRow("truncated") << QByteArray(R"("id": 2, "image_id": 2, "category_id": 1, "bbox": [1, 1, 2)") << QByteArray("<cut>")
                                   << false << QStringLiteral("annotations[1].bbox[2]") << -1 << 0;
        QTest::newRow("bbox as string") << QByteArray(R"("bbox": [1, 1, 2, 2], "iscrowd": 0})") << QByteArray(R"("bbox": "1,1,2,2", "iscrowd": 0})")
                                        << false << QStringLiteral("annotations[1].bbox") << 1 << 1;
        QTest::newRow("unknown category") << QByteArray(R"("id": 2, "image_id": 2, "category_id": 1)") << QByteArray(R"("id": 2, "image_id": 2, "category_id": 9)")
                                          << false << QStringLiteral("annotations[1].category_id") << 1 << 1;
        QTest::newRow("unknown image") << QByteArray(R"("id": 2, "image_id": 2,)") << QByteArray(R"("id": 2, "image_id": 5,)")
                                       << false << QStringLiteral("annotations[1].image_id") << 1 << 1;
        QTest::newRow("point far outside") << QByteArray("[[1, 1, 3, 1, 3, 3]]") << QByteArray("[[1, 1, 30, 1, 3, 3]]")
                                           << false << QStringLiteral("annotations[0].segmentation[0][2]") << 1 << 1;
        QTest::newRow("id as string") << QByteArray(R"("id": 1, "image_id": 1)") << QByteArray(R"("id": "1", "image_id": 1)")
                                      << false << QStringLiteral("annotations[0].id") << 1 << 1;
        QTest::newRow("image file missing") << QByteArray() << QByteArray() << true << QStringLiteral("images[1].file_name") << 1 << 2;
        QTest::newRow("file outside the folder") << QByteArray(R"("b.png")") << QByteArray(R"("../../b.png")")
                                                 << false << QStringLiteral("images[1].file_name") << 1 << 2;
    }

    void badInputIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, withImages);
        QFETCH(QString, path);
        QFETCH(int, annotationsWhenSkipping);
        QFETCH(int, skipped);

        QByteArray document = validDocument();
        if (!from.isEmpty()) {
            QVERIFY(document.contains(from));
            if (to == "<cut>")
                document.truncate(document.indexOf(from) + from.size());
            else
                document.replace(from, to);
        }
        const QString file = writeFile(QStringLiteral("%1.json").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')), document);
        CocoImportOptions options{QStringLiteral("bad")};
        if (withImages) {
            QDir(m_dir.path()).mkpath(QStringLiteral("images"));
            options.imagesFolder = m_dir.filePath(QStringLiteral("images"));
            writeFile(QStringLiteral("images/a.png"), "png");
        }

        auto project = newProject();
        const QList<std::int64_t> before = rowCounts(project->database());
        CocoReader reader(project->database(), project->audit());
        auto result = reader.import(file, options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(file), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral(" at ") + path + u'.'), qPrintable(result.error().message));
        QCOMPARE(rowCounts(project->database()), before);

        options.skipBadRecords = true;
        auto skipping = reader.import(file, options);
        if (annotationsWhenSkipping < 0) {
            QVERIFY(!skipping);
            QCOMPARE(rowCounts(project->database()), before);
            return;
        }
        QVERIFY2(skipping, qPrintable(skipping ? QString() : skipping.error().toString()));
        QCOMPARE(skipping->annotations, annotationsWhenSkipping);
        QCOMPARE(skipping->report.count(QStringLiteral("skipped")), skipped);
        QCOMPARE(skipping->report.entries().constFirst().place, path);
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("images object") << QByteArray(R"({"images": {}, "categories": []})");
        QTest::newRow("no categories") << QByteArray(R"({"images": []})");
        QTest::newRow("nested garbage") << QByteArray(R"({"images": [[[{"a": [1]}]], 5, null], "categories": [{"id": [1]}], "annotations": [{"segmentation": {"counts": [[1]], "size": "x"}}]})");
        QTest::newRow("bad rle") << QByteArray(R"({"images": [{"id": 1, "file_name": "a", "width": 2, "height": 2}], "categories": [{"id": 1, "name": "c"}],
            "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "segmentation": {"counts": "zzz", "size": [2, 2]}}]})");
        QTest::newRow("invalid utf-8") << QByteArray("{\"images\": [{\"file_name\": \"\xff\xfe\"}]}");
    }

    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, document);
        const QString file = writeFile(QStringLiteral("garbage.json"), document);
        auto project = newProject();
        const QList<std::int64_t> before = rowCounts(project->database());
        CocoReader reader(project->database(), project->audit());
        for (bool skip : {false, true}) {
            auto result = reader.import(file, {QStringLiteral("g%1").arg(skip), {}, skip});
            if (!result)
                QVERIFY(result.error().message.contains(file));
        }
        if (QByteArray(QTest::currentDataTag()) != "nested garbage" && QByteArray(QTest::currentDataTag()) != "bad rle")
            QCOMPARE(rowCounts(project->database()), before);
    }
};

QTEST_GUILESS_MAIN(TestCocoImport)
#include "tst_coco_import.moc"
