// Tests CocoReader on files of several chunks: entries across chunk bounds, any section order, errors far in.
#include "core/datasets/formats/coco_reader.h"
#include "core/datasets/formats/coco_scanner.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

// Annotations enough for several 4 MB chunks (about 200 bytes each, with their attributes).
constexpr int Annotations = 60'000;
constexpr int Images = 500;

// File names and attributes full of what a scanner must not take for structure.
QByteArray imageEntry(int id)
{
    return QStringLiteral("{\"id\": %1, \"file_name\": \"dir ]},[\\\"%1\\\"]/%1.jpg\", \"width\": 640, \"height\": 480}").arg(id).toUtf8();
}

QByteArray annotationEntry(int id, const QByteArray &polygon)
{
    return QStringLiteral("{\"id\": %1, \"image_id\": %2, \"category_id\": %3, \"iscrowd\": 0, \"segmentation\": [%4], "
                          "\"area\": 10.5, \"bbox\": [10, 20, 30, 40], \"attributes\": {\"note\": \"a \\\"quoted\\\" ]} {[ note, %1\"}}")
        .arg(id).arg(1 + id % Images).arg(1 + id % 3).arg(QString::fromLatin1(polygon)).toUtf8();
}

QByteArray polygonOf(int id)
{
    // Coordinates that depend on the id, with a fraction, so a wrong row shows.
    return QStringLiteral("[%1.25, 10, 100, 10.5, 100, %2, 20, 200]").arg(id % 500).arg(100 + id % 300).toUtf8();
}

// Categories last and images after the annotations, as nothing in the format forbids.
QByteArray document(const std::function<QByteArray(int)> &annotationAt = {})
{
    QByteArray text = "{\"info\": {\"description\": \"chunks [ { \\\" \"}, \"annotations\": [";
    for (int id = 1; id <= Annotations; ++id) {
        text += id > 1 ? ",\n" : "";
        text += annotationAt ? annotationAt(id) : annotationEntry(id, polygonOf(id));
    }
    text += "], \"licenses\": [], \"images\": [";
    for (int id = 1; id <= Images; ++id)
        text += (id > 1 ? "," : "") + imageEntry(id);
    text += "], \"categories\": [{\"id\": 1, \"name\": \"a\"}, {\"id\": 2, \"name\": \"b\"}, {\"id\": 3, \"name\": \"c\"}]}";
    return text;
}

} // namespace

class TestCocoChunkedImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &content)
    {
        QFile file(m_dir.filePath(QStringLiteral("f%1.json").arg(++m_files)));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    std::unique_ptr<Project> newProject()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_files)));
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        return std::move(*project);
    }

    static QString text(Project &project, const std::string &sql)
    {
        auto st = project.database().statement(sql);
        return st && (*st)->step().value_or(false) ? (*st)->text(0) : QString();
    }

    // The shape table's indexes, which an import sets aside while it inserts and rebuilds after.
    static QString shapeIndexes(Project &project)
    {
        return text(project, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema "
                             "WHERE type = 'index' AND tbl_name = 'shape' ORDER BY name)");
    }

private Q_SLOTS:
    void scannerSplitsLargeArraysIntoChunks()
    {
        const QString file = writeFile(document());
        auto layout = coco::CocoScanner::scan(file, {});
        QVERIFY(layout);
        const auto &chunks = layout->chunks[int(coco::Section::Annotations)];
        QVERIFY2(chunks.size() >= 3, "the file should need several chunks");
        QCOMPARE(layout->entries[int(coco::Section::Annotations)], Annotations);
        QCOMPARE(layout->entries[int(coco::Section::Images)], Images);
        QCOMPARE(layout->entries[int(coco::Section::Categories)], 3);
        QCOMPARE(chunks.front().firstIndex, 0);
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray bytes = read.readAll();
        for (std::size_t i = 1; i < chunks.size(); ++i) {
            // Each chunk starts at an entry: right after a comma and a newline, as written.
            QCOMPARE(bytes.mid(chunks[i].begin - 2, 2), QByteArray(",\n"));
            QCOMPARE(bytes.at(chunks[i - 1].end), ',');
            const QByteArray first = QByteArray("{\"id\": ") + QByteArray::number(chunks[i].firstIndex + 1) + ',';
            QCOMPARE(bytes.mid(chunks[i].begin, first.size()), first);
        }
    }

    void everyEntryOfEveryChunkIsStored()
    {
        const QString file = writeFile(document());
        auto project = newProject();
        const QString indexes = shapeIndexes(*project);
        QCOMPARE(indexes, QStringLiteral("shape_image_group,shape_label"));
        auto summary = CocoReader(project->database(), project->audit()).import(file, {QStringLiteral("chunks")});
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
        QCOMPARE(summary->images, Images);
        QCOMPARE(summary->categories, 3);
        QCOMPARE(summary->annotations, Annotations);
        QCOMPARE(summary->shapes, Annotations);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM shape").value(), Annotations);
        // The indexes the import set aside are back.
        QCOMPARE(shapeIndexes(*project), indexes);
        // Its foreign keys were not checked row by row, yet all hold, and checking is on again.
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM pragma_foreign_key_check").value(), 0);
        QCOMPARE(project->database().queryInt("PRAGMA foreign_keys").value(), 1);
        for (int id : {1, 9999, 20000, 33333, Annotations}) {
            const std::string where = " FROM shape WHERE group_id = " + std::to_string(id);
            const QJsonObject geometry = QJsonDocument::fromJson(text(*project, "SELECT geometry" + where).toUtf8()).object();
            const QJsonArray expected = QJsonDocument::fromJson("[" + polygonOf(id) + "]").array().at(0).toArray();
            QCOMPARE(geometry.value(QStringLiteral("points")).toArray(), expected);
            QCOMPARE(text(*project, "SELECT i.external_id FROM shape s JOIN image i ON i.id = s.image_id WHERE s.group_id = " + std::to_string(id)),
                     QString::number(1 + id % Images));
            QCOMPARE(text(*project, "SELECT l.name FROM shape s JOIN label_class l ON l.id = s.label_class_id WHERE s.group_id = " + std::to_string(id)),
                     QString(QChar(u'a' + id % 3)));
            const QJsonObject attributes = QJsonDocument::fromJson(text(*project, "SELECT attributes" + where).toUtf8()).object();
            QCOMPARE(attributes.value(QStringLiteral("note")).toString(), QStringLiteral("a \"quoted\" ]} {[ note, %1").arg(id));
        }
        // z counts the shapes of each image in file order.
        QCOMPARE(text(*project, "SELECT group_concat(z) FROM (SELECT s.z FROM shape s JOIN image i ON i.id = s.image_id "
                                "WHERE i.external_id = 7 ORDER BY s.group_id LIMIT 3)"),
                 QStringLiteral("0,1,2"));
        QCOMPARE(text(*project, "SELECT path FROM image WHERE external_id = 42"), QStringLiteral("dir ]},[\"42\"]/42.jpg"));
    }

    // Cancelled while both threads are busy (one parsing, one inserting): the import stops, says so,
    // and leaves the store as it was.
    void cancelledPartWayChangesNothing()
    {
        const QString file = writeFile(document());
        auto project = newProject();
        const QString indexes = shapeIndexes(*project);
        std::int64_t lastDone = 0;
        TaskContext *self = nullptr;
        TaskContext task([&](std::int64_t done, std::int64_t, const QString &status) {
            if (status == CocoReader::tr("Storing annotations") && done > Annotations / 3)
                self->cancel();
            lastDone = done;
        });
        self = &task;
        auto summary = CocoReader(project->database(), project->audit()).import(file, {QStringLiteral("chunks")}, &task);
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(QStringLiteral("cancelled")), qPrintable(summary.error().message));
        QVERIFY(lastDone < Annotations);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM shape").value(), 0);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM dataset").value(), 0);
        QCOMPARE(shapeIndexes(*project), indexes);
        QCOMPARE(project->database().queryInt("PRAGMA foreign_keys").value(), 1);
    }

    void problemsFarInNameTheirEntry_data()
    {
        QTest::addColumn<int>("badId");
        QTest::addColumn<QByteArray>("polygon");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("skippable");
        QTest::newRow("point outside") << 45'001 << QByteArray("[1, 1, 900, 1, 3, 3]") << QStringLiteral("annotations[45000].segmentation[0][2]") << true;
        QTest::newRow("string coordinate") << 45'001 << QByteArray("[1, 1, \"9\", 1, 3, 3]") << QStringLiteral("annotations[45000].segmentation[0][2]") << true;
        QTest::newRow("malformed number") << 45'001 << QByteArray("[1, 1, 1.2.3, 1, 3, 3]") << QStringLiteral("annotations[45000].segmentation[0][2]") << false;
        // A token that is no value at all is placed after the last value read, as nlohmann says it.
        QTest::newRow("malformed literal") << 30'000 << QByteArray("[1, 1, nul, 1, 3, 3]") << QStringLiteral("annotations[29999].segmentation[0][1]") << false;
    }

    void problemsFarInNameTheirEntry()
    {
        QFETCH(int, badId);
        QFETCH(QByteArray, polygon);
        QFETCH(QString, path);
        QFETCH(bool, skippable);
        const QString file = writeFile(document([&](int id) { return annotationEntry(id, id == badId ? polygon : polygonOf(id)); }));
        auto project = newProject();
        const auto shapesBefore = project->database().queryInt("SELECT count(*) FROM shape").value();
        CocoReader reader(project->database(), project->audit());
        auto result = reader.import(file, {QStringLiteral("bad")});
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(file), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral(" at ") + path + u'.'), qPrintable(result.error().message));
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM shape").value(), shapesBefore);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM dataset").value(), 0);

        auto skipping = reader.import(file, {QStringLiteral("skipping"), {}, true});
        QCOMPARE(bool(skipping), skippable);
        if (!skippable)
            return;
        QCOMPARE(skipping->annotations, Annotations - 1);
        QCOMPARE(skipping->report.count(QStringLiteral("skipped")), 1);
        QVERIFY2(path.startsWith(skipping->report.entries().constFirst().place), qPrintable(skipping->report.entries().constFirst().place));
    }

    void truncatedFileNamesWhereItEnds()
    {
        QByteArray text = document();
        text.truncate(text.indexOf("{\"id\": 40000,") + 60);
        const QString file = writeFile(text);
        auto project = newProject();
        auto result = CocoReader(project->database(), project->audit()).import(file, {QStringLiteral("cut")});
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral(" at annotations[39999].")), qPrintable(result.error().message));
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM dataset").value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCocoChunkedImport)
#include "tst_coco_chunked_import.moc"
