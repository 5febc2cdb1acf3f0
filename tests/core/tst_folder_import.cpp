// Tests FolderImport: nested folders, any-case suffixes, corrupt files reported, cancellation, rescans.
#include "core/datasets/folder_import.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/tasks/task_context.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

struct ImageRow
{
    QString path;
    int width;
    int height;
    std::int64_t sizeBytes;
    bool missing;
};

QList<ImageRow> imageRows(Database &db, std::int64_t datasetId)
{
    QList<ImageRow> rows;
    auto st = db.statement("SELECT path, width, height, size_bytes, missing FROM image WHERE dataset_id = ? ORDER BY path");
    if (!st)
        return rows;
    (*st)->bindAll(datasetId);
    (void)(*st)->forEachRow([&](const Statement &r) {
        rows.append({r.text(0), int(r.int64(1)), int(r.int64(2)), r.int64(3), r.int64(4) != 0});
    });
    return rows;
}

} // namespace

class TestFolderImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Project> newProject()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("project%1").arg(++m_count)));
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        return std::move(*project);
    }

    static void writeImage(const QString &file, QSize size, const char *format = nullptr)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        if (!image.save(file, format))
            qFatal("could not write %s", qPrintable(file));
    }

    static void writeFile(const QString &file, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("could not write %s", qPrintable(file));
    }

    // a.jpg, sub/B.PNG, sub/deeper/c.Tif, sub/deeper/d.bmp, e.JPEG, f.webp, broken.jpg, notes.txt, README
    QString makeFolder(const QString &name)
    {
        const QString root = m_dir.filePath(name);
        writeImage(root + QStringLiteral("/a.jpg"), QSize(40, 30), "jpeg");
        writeImage(root + QStringLiteral("/sub/B.PNG"), QSize(20, 10), "png");
        writeImage(root + QStringLiteral("/sub/deeper/c.Tif"), QSize(7, 9), "tiff");
        writeImage(root + QStringLiteral("/sub/deeper/d.bmp"), QSize(3, 4), "bmp");
        writeImage(root + QStringLiteral("/e.JPEG"), QSize(64, 48), "jpeg");
        writeImage(root + QStringLiteral("/f.webp"), QSize(16, 8), "webp");
        writeFile(root + QStringLiteral("/broken.jpg"), "this is no jpeg");
        writeFile(root + QStringLiteral("/notes.txt"), "not an image");
        writeFile(root + QStringLiteral("/README"), "not an image either");
        return root;
    }

private Q_SLOTS:
    void suffixesAreMatchedInAnyCase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("image");
        for (const char *name : {"a.jpg", "a.JPG", "a.jpeg", "a.Jpeg", "a.png", "a.bmp", "a.tif", "a.TIFF", "a.webp"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char *name : {"a.txt", "jpg", "a.jpg.bak", "a.gif", "a.", "png.json"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
    }

    void suffixesAreMatchedInAnyCase()
    {
        QFETCH(QString, name);
        QFETCH(bool, image);
        QCOMPARE(FolderImport::isImageFile(name), image);
    }

    void importsNestedFoldersAndReportsCorruptFiles()
    {
        const QString root = makeFolder(QStringLiteral("images"));
        auto project = newProject();
        FolderImport import(project->database(), project->audit());
        import.setBatchSize(2);
        QList<int> batches;
        import.onBatchCommitted([&](std::int64_t, int addedSoFar) { batches.append(addedSoFar); });
        TaskContext context;
        const auto result = import.importFolder(root, QStringLiteral("photos"), context);
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().toString()));
        QCOMPARE(result->found, 7);
        QCOMPARE(result->added, 6);
        QCOMPARE(result->unreadable.size(), 1);
        QCOMPARE(result->unreadable.first().path, QStringLiteral("broken.jpg"));
        QVERIFY(!result->unreadable.first().reason.isEmpty());
        QCOMPARE(batches, (QList<int>{2, 4, 6}));

        const QList<ImageRow> rows = imageRows(project->database(), result->datasetId);
        QStringList paths;
        for (const ImageRow &row : rows)
            paths.append(row.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("e.JPEG"), QStringLiteral("f.webp"),
                                     QStringLiteral("sub/B.PNG"), QStringLiteral("sub/deeper/c.Tif"),
                                     QStringLiteral("sub/deeper/d.bmp")}));
        QCOMPARE(rows[0].width, 40);
        QCOMPARE(rows[0].height, 30);
        QCOMPARE(rows[0].sizeBytes, QFileInfo(root + QStringLiteral("/a.jpg")).size());
        QCOMPARE(rows[4].width, 7);
        QCOMPARE(rows[4].height, 9);
        QCOMPARE(rows[2].width, 16);
        QVERIFY(!rows[0].missing);
        auto storedRoot = project->database().statement("SELECT root_path FROM dataset WHERE id = ?");
        QVERIFY(storedRoot);
        (*storedRoot)->bindAll(result->datasetId);
        QString rootPath;
        QVERIFY((*storedRoot)->forEachRow([&](const Statement &r) { rootPath = r.text(0); }));
        QCOMPARE(rootPath, QFileInfo(root).canonicalFilePath());
    }

    void exifOrientationGivesTheShownSize()
    {
        const QString root = m_dir.filePath(QStringLiteral("rotated"));
        QDir().mkpath(root);
        QImage image(60, 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QImageWriter writer(root + QStringLiteral("/r.jpg"));
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        QVERIFY(writer.write(image));
        auto project = newProject();
        TaskContext context;
        const auto result = FolderImport(project->database(), project->audit()).importFolder(root, QStringLiteral("r"), context);
        QVERIFY(result);
        const QList<ImageRow> rows = imageRows(project->database(), result->datasetId);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(QSize(rows[0].width, rows[0].height), QSize(20, 60));
    }

    void cancellationLeavesNothing()
    {
        const QString root = m_dir.filePath(QStringLiteral("many"));
        for (int i = 0; i < 30; ++i)
            writeImage(root + QStringLiteral("/img%1.png").arg(i, 2, 10, QLatin1Char('0')), QSize(8, 8), "png");
        auto project = newProject();
        FolderImport import(project->database(), project->audit());
        import.setBatchSize(5);
        TaskContext context;
        // Cancelled after two batches were committed (and shown).
        import.onBatchCommitted([&](std::int64_t, int addedSoFar) {
            if (addedSoFar >= 10)
                context.cancel();
        });
        const auto result = import.importFolder(root, QStringLiteral("stopped"), context);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("cancelled")), qPrintable(result.error().message));
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM dataset").value(), 0);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM image").value(), 0);
        // The name is free again.
        TaskContext again;
        FolderImport second(project->database(), project->audit());
        const auto retry = second.importFolder(root, QStringLiteral("stopped"), again);
        QVERIFY(retry);
        QCOMPARE(retry->added, 30);
    }

    void rescanAddsNewAndMarksMissing()
    {
        const QString root = makeFolder(QStringLiteral("rescan"));
        auto project = newProject();
        FolderImport import(project->database(), project->audit());
        TaskContext context;
        const auto first = import.importFolder(root, QStringLiteral("r"), context);
        QVERIFY(first);
        QCOMPARE(first->added, 6);

        QVERIFY(QFile::remove(root + QStringLiteral("/a.jpg")));
        QVERIFY(QFile::remove(root + QStringLiteral("/sub/deeper/d.bmp")));
        writeImage(root + QStringLiteral("/sub/new.png"), QSize(5, 5), "png");
        const auto second = import.rescan(first->datasetId, context);
        QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().toString()));
        QVERIFY(second->rescanned);
        QCOMPARE(second->added, 1);
        QCOMPARE(second->missing, 2);
        QCOMPARE(second->restored, 0);
        QCOMPARE(second->unreadable.size(), 1); // broken.jpg is still there, still reported

        QStringList missing;
        for (const ImageRow &row : imageRows(project->database(), first->datasetId))
            if (row.missing)
                missing.append(row.path);
        QCOMPARE(missing, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("sub/deeper/d.bmp")}));
        QCOMPARE(imageRows(project->database(), first->datasetId).size(), 7);

        // A file that comes back loses its mark; nothing is added twice.
        writeImage(root + QStringLiteral("/a.jpg"), QSize(40, 30), "jpeg");
        const auto third = import.importOrRescan(root, QStringLiteral("r"), context);
        QVERIFY(third);
        QCOMPARE(third->added, 0);
        QCOMPARE(third->missing, 0);
        QCOMPARE(third->restored, 1);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM image WHERE missing = 1").value(), 1);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM audit WHERE action = 'dataset.rescan'").value(), 2);
    }

    void cancelledRescanRemovesItsRows()
    {
        const QString root = makeFolder(QStringLiteral("rescan-cancel"));
        auto project = newProject();
        FolderImport import(project->database(), project->audit());
        TaskContext context;
        const auto first = import.importFolder(root, QStringLiteral("rc"), context);
        QVERIFY(first);
        for (int i = 0; i < 6; ++i)
            writeImage(root + QStringLiteral("/more/m%1.png").arg(i), QSize(4, 4), "png");
        QVERIFY(QFile::remove(root + QStringLiteral("/e.JPEG")));
        import.setBatchSize(2);
        TaskContext stopping;
        import.onBatchCommitted([&](std::int64_t, int) { stopping.cancel(); });
        const auto second = import.rescan(first->datasetId, stopping);
        QVERIFY(!second);
        QCOMPARE(imageRows(project->database(), first->datasetId).size(), 6);
        QCOMPARE(project->database().queryInt("SELECT count(*) FROM image WHERE missing = 1").value(), 0);
    }

    void importOrRescanRefusesAnotherFolderUnderTheSameName()
    {
        const QString one = makeFolder(QStringLiteral("one"));
        const QString two = makeFolder(QStringLiteral("two"));
        auto project = newProject();
        FolderImport import(project->database(), project->audit());
        TaskContext context;
        QVERIFY(import.importOrRescan(one, QStringLiteral("same"), context));
        const auto clash = import.importOrRescan(two, QStringLiteral("same"), context);
        QVERIFY(!clash);
        QVERIFY2(clash.error().message.contains(QStringLiteral("already exists")), qPrintable(clash.error().message));
        const auto missingFolder = import.importFolder(m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("n"), context);
        QVERIFY(!missingFolder);
        QVERIFY(missingFolder.error().message.contains(QStringLiteral("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestFolderImport)
#include "tst_folder_import.moc"
