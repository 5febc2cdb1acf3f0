// Tests the command line as a user runs it: JSON on stdout, clear errors on stderr, exit codes.
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/migrator.h"
#include "core/store/statement.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace atelier;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs atelier with `args`, optionally as another user through setpriv.
Outcome runAtelier(const QStringList &args, const QStringList &asUser = {})
{
    QProcess process;
    const QString binary = qEnvironmentVariable("ATELIER_BINARY");
    if (asUser.isEmpty())
        process.start(binary, args);
    else
        process.start(QStringLiteral("setpriv"), asUser + QStringList{binary} + args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // made on first use by demoProject()

    // The split of every image of the demo dataset "shapes" in `project`, by path.
    static QMap<QString, QString> splitsIn(const QString &project)
    {
        QMap<QString, QString> splits;
        auto db = Database::open(project + QStringLiteral("/atelier.db"), Database::OpenMode::ReadOnly);
        if (!db)
            return splits;
        auto st = (*db)->statement("SELECT i.path, coalesce(i.split, '') FROM image i JOIN dataset d ON d.id = i.dataset_id "
                                   "WHERE d.name = 'shapes'");
        if (st && (*st)->forEachRow([&](const Statement &r) { splits.insert(r.text(0), r.text(1)); }))
            return splits;
        return {};
    }

    // A demo project shared by the dataset interchange tests.
    QString demoProject()
    {
        if (m_demo.isEmpty()) {
            const QString folder = m_dir.filePath(QStringLiteral("interchange-demo"));
            if (runAtelier({QStringLiteral("demo"), QStringLiteral("create"), folder}).exitCode == 0)
                m_demo = folder;
        }
        return m_demo;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("ATELIER_BINARY")).isExecutable(), "ATELIER_BINARY is not set");
    }

    void printsItsVersion()
    {
        const Outcome run = runAtelier({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("atelier " ATELIER_VERSION));
    }

    void initThenInfoDescribesAnEmptyProject()
    {
        const QString folder = m_dir.filePath(QStringLiteral("fresh"));
        const Outcome init = runAtelier({QStringLiteral("project"), QStringLiteral("init"), folder});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(init.json().value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());

        const Outcome info = runAtelier({QStringLiteral("project"), QStringLiteral("info"), folder});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject json = info.json();
        QCOMPARE(json.value(QStringLiteral("folder")).toString(), folder);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("dataset")).toInt(-1), 0);
        QCOMPARE(counts.value(QStringLiteral("audit")).toInt(-1), 1);
        QCOMPARE(counts.size(), 20);
    }

    void demoCreateThenInfoAndCheck()
    {
        const QString folder = m_dir.filePath(QStringLiteral("demo"));
        const Outcome demo = runAtelier({QStringLiteral("demo"), QStringLiteral("create"), folder});
        QCOMPARE(demo.exitCode, 0);
        QCOMPARE(demo.json().value(QStringLiteral("images")).toInt(), 300);

        const QJsonObject counts = runAtelier({QStringLiteral("project"), QStringLiteral("info"), folder})
                                       .json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("image")).toInt(), 300);
        QCOMPARE(counts.value(QStringLiteral("label_class")).toInt(), 3);
        QVERIFY(counts.value(QStringLiteral("shape")).toInt() >= 250);

        const Outcome check = runAtelier({QStringLiteral("project"), QStringLiteral("check"), folder});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json().value(QStringLiteral("ok")).toBool(), true);
    }

    void checkFailsOnADamagedStore()
    {
        const QString folder = m_dir.filePath(QStringLiteral("damaged"));
        QCOMPARE(runAtelier({QStringLiteral("demo"), QStringLiteral("create"), folder}).exitCode, 0);
        {
            // Break a foreign key behind the store's back, as a crashed foreign tool might.
            auto db = Database::open(folder + QStringLiteral("/atelier.db"), Database::OpenMode::ReadWrite);
            QVERIFY(db);
            QVERIFY((*db)->exec("PRAGMA foreign_keys = OFF; UPDATE shape SET label_class_id = 999 WHERE id = 1;").has_value());
        }
        const Outcome check = runAtelier({QStringLiteral("project"), QStringLiteral("check"), folder});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(check.json().value(QStringLiteral("problems")).toArray().first().toString().contains(QStringLiteral("shape")));
    }

    void badFoldersGiveAClearErrorAndNoOutput_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("is not an Atelier project");
        QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("is not an Atelier project");
    }

    void badFoldersGiveAClearErrorAndNoOutput()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const Outcome run = runAtelier({QStringLiteral("project"), command, m_dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(m_dir.path()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("atelier.db"))));
    }

    void misuseExitsWithTwo()
    {
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("info")}).exitCode, 2);
        const Outcome help = runAtelier({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("project info DIR"));
    }

    void datasetImportOfAnImageFolder()
    {
        const QString project = m_dir.filePath(QStringLiteral("folder-import"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
        const QString images = m_dir.filePath(QStringLiteral("folder-images"));
        QVERIFY(QDir().mkpath(images + QStringLiteral("/nested")));
        QImage image(12, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(images + QStringLiteral("/one.png")));
        QVERIFY(image.save(images + QStringLiteral("/nested/Two.JPG"), "jpeg"));
        QFile broken(images + QStringLiteral("/broken.png"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("no png here");
        broken.close();
        const QStringList import = {QStringLiteral("dataset"), QStringLiteral("import"), project, QStringLiteral("--name"),
                                    QStringLiteral("pics"), QStringLiteral("--format"), QStringLiteral("folder"), images};

        const Outcome run = runAtelier(import);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("dataset")).toString(), QStringLiteral("pics"));
        QCOMPARE(json.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("rescanned")).toBool(), false);
        const QJsonArray unreadable = json.value(QStringLiteral("unreadable")).toArray();
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("broken.png"));

        // Again: a rescan that finds nothing new.
        const Outcome again = runAtelier(import);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("rescanned")).toBool(), true);
        QCOMPARE(again.json().value(QStringLiteral("added")).toInt(), 0);

        const Outcome missing = runAtelier({QStringLiteral("dataset"), QStringLiteral("import"), project, QStringLiteral("--name"),
                                            QStringLiteral("other"), QStringLiteral("--format"), QStringLiteral("folder"),
                                            m_dir.filePath(QStringLiteral("no-such-folder"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
    }

    void datasetExportThenImportInEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"yolo", "voc", "labelme"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void datasetExportThenImportInEachFormat()
    {
        QFETCH(QString, format);
        const QString project = demoProject();
        const QString out = m_dir.filePath(QStringLiteral("export-") + format);
        const Outcome exported = runAtelier({QStringLiteral("dataset"), QStringLiteral("export"), project, QStringLiteral("--name"),
                                             QStringLiteral("shapes"), QStringLiteral("--format"), format, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject written = exported.json();
        QCOMPARE(written.value(QStringLiteral("images")).toInt(), 300);
        QVERIFY(written.value(QStringLiteral("shapes")).toInt() > 250); // the demo's 250 labelled images have polygons
        // VOC holds boxes only: every polygon is reported as converted; the others hold polygons.
        const int converted = written.value(QStringLiteral("report"))[QStringLiteral("counts")][QStringLiteral("converted")].toInt();
        QCOMPARE(converted, format == QLatin1String("voc") ? written.value(QStringLiteral("shapes")).toInt() : 0);

        const Outcome imported = runAtelier({QStringLiteral("dataset"), QStringLiteral("import"), project, QStringLiteral("--name"),
                                             QStringLiteral("copy-") + format, QStringLiteral("--format"), format, out});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.json().value(QStringLiteral("images")).toInt(), 300);
        QCOMPARE(imported.json().value(QStringLiteral("shapes")).toInt(), written.value(QStringLiteral("shapes")).toInt());
        QCOMPARE(imported.json().value(QStringLiteral("format")).toString(), format);
    }

    void datasetExportOfMasksAndOfAVersion()
    {
        const QString project = demoProject();
        const QStringList exportMasks = {QStringLiteral("dataset"), QStringLiteral("export"), project, QStringLiteral("--name"),
                                         QStringLiteral("shapes"), QStringLiteral("--format"), QStringLiteral("masks"),
                                         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("export-masks"))};
        const Outcome masks = runAtelier(exportMasks);
        QVERIFY2(masks.exitCode == 0, qPrintable(masks.err));
        QCOMPARE(masks.json().value(QStringLiteral("files")).toInt(), 300 * 2 + 2);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("export-masks/SegmentationClass/shape_0001.png"))));

        QCOMPARE(runAtelier({QStringLiteral("dataset"), QStringLiteral("version"), project, QStringLiteral("--name"),
                             QStringLiteral("shapes"), QStringLiteral("--message"), QStringLiteral("for export")}).exitCode, 0);
        const QStringList exportVersion = {QStringLiteral("dataset"), QStringLiteral("export"), project, QStringLiteral("--name"),
                                           QStringLiteral("shapes"), QStringLiteral("--format"), QStringLiteral("labelme"),
                                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("export-v1")), QStringLiteral("--version")};
        const Outcome version = runAtelier(exportVersion + QStringList{QStringLiteral("1")});
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QCOMPARE(version.json().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(version.json().value(QStringLiteral("images")).toInt(), 300);

        const Outcome missing = runAtelier(exportVersion + QStringList{QStringLiteral("9")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.contains(QStringLiteral("no version 9")), qPrintable(missing.err));
    }

    void datasetSplitThenExportAndRestoreAVersion()
    {
        const QString project = m_dir.filePath(QStringLiteral("split-restore"));
        QCOMPARE(runAtelier({QStringLiteral("demo"), QStringLiteral("create"), project}).exitCode, 0);
        const QStringList dataset = {project, QStringLiteral("--name"), QStringLiteral("shapes")};
        const auto split = [&](const QStringList &options) {
            return runAtelier(QStringList{QStringLiteral("dataset"), QStringLiteral("split")} + dataset + options);
        };
        const QStringList fractions = {QStringLiteral("--train"), QStringLiteral("0.6"), QStringLiteral("--val"), QStringLiteral("0.2"),
                                       QStringLiteral("--test"), QStringLiteral("0.2")};
        const Outcome first = split(fractions + QStringList{QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.json().value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        const QJsonObject counts = first.json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("train")).toInt(), 180);
        QCOMPARE(counts.value(QStringLiteral("val")).toInt(), 60);
        QCOMPARE(counts.value(QStringLiteral("test")).toInt(), 60);
        const QMap<QString, QString> seven = splitsIn(project);
        QCOMPARE(seven.size(), 300);
        QCOMPARE(split(fractions + QStringList{QStringLiteral("--seed"), QStringLiteral("7")}).exitCode, 0);
        QCOMPARE(splitsIn(project), seven); // the same seed, the same assignment

        const Outcome stratified = split(fractions + QStringList{QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--stratify")});
        QVERIFY2(stratified.exitCode == 0, qPrintable(stratified.err));
        QCOMPARE(stratified.json().value(QStringLiteral("stratified")).toBool(), true);
        const Outcome badFraction = split({QStringLiteral("--train"), QStringLiteral("most"), QStringLiteral("--val"), QStringLiteral("0.2"),
                                           QStringLiteral("--test"), QStringLiteral("0.2")});
        QCOMPARE(badFraction.exitCode, 2);
        QVERIFY(badFraction.out.isEmpty());
        QVERIFY2(badFraction.err.contains(QStringLiteral("--train")), qPrintable(badFraction.err));
        QCOMPARE(split(fractions.mid(0, 4)).exitCode, 2); // no --test
        const Outcome zero = split({QStringLiteral("--train"), QStringLiteral("0"), QStringLiteral("--val"), QStringLiteral("0"),
                                    QStringLiteral("--test"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 1);
        QVERIFY2(zero.err.contains(QStringLiteral("not all 0")), qPrintable(zero.err));

        // Freeze the seed 7 splits, split again, export version 1 as COCO, restore it.
        QCOMPARE(split(fractions + QStringList{QStringLiteral("--seed"), QStringLiteral("7")}).exitCode, 0);
        QCOMPARE(runAtelier(QStringList{QStringLiteral("dataset"), QStringLiteral("version")} + dataset
                            + QStringList{QStringLiteral("--message"), QStringLiteral("seed 7")}).exitCode, 0);
        QCOMPARE(split(fractions + QStringList{QStringLiteral("--seed"), QStringLiteral("8")}).exitCode, 0);
        QVERIFY(splitsIn(project) != seven);

        const QString coco = m_dir.filePath(QStringLiteral("split-restore-v1.json"));
        const Outcome exported = runAtelier(QStringList{QStringLiteral("dataset"), QStringLiteral("export")} + dataset
                                            + QStringList{QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), coco,
                                                          QStringLiteral("--version"), QStringLiteral("1")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.json().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(exported.json().value(QStringLiteral("images")).toInt(), 300);
        QCOMPARE(exported.json().value(QStringLiteral("split_files")).toArray().size(), 3);
        QFile val(m_dir.filePath(QStringLiteral("split-restore-v1_val.json")));
        QVERIFY(val.open(QIODevice::ReadOnly));
        const QJsonArray valImages = QJsonDocument::fromJson(val.readAll()).object().value(QStringLiteral("images")).toArray();
        QCOMPARE(valImages.size(), 60);
        for (const QJsonValue &image : valImages)
            QCOMPARE(seven.value(image[QStringLiteral("file_name")].toString()), QStringLiteral("val"));

        const QStringList restore = QStringList{QStringLiteral("dataset"), QStringLiteral("restore")} + dataset;
        const Outcome restored = runAtelier(restore + QStringList{QStringLiteral("--version"), QStringLiteral("1")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(restored.json().value(QStringLiteral("restored")).toInt(), 1);
        QCOMPARE(restored.json().value(QStringLiteral("images")).toInt(), 300);
        QCOMPARE(splitsIn(project), seven);

        const Outcome missing = runAtelier(restore + QStringList{QStringLiteral("--version"), QStringLiteral("9")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.contains(QStringLiteral("9")), qPrintable(missing.err));
        QCOMPARE(runAtelier(restore + QStringList{QStringLiteral("--version"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(runAtelier(restore).exitCode, 2);
    }

    void datasetImportOfABadFileNamesItsLine()
    {
        const QString project = m_dir.filePath(QStringLiteral("bad-yolo-project"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
        const QString yolo = m_dir.filePath(QStringLiteral("bad-yolo"));
        QVERIFY(QDir().mkpath(yolo + QStringLiteral("/images")) && QDir().mkpath(yolo + QStringLiteral("/labels")));
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(yolo + QStringLiteral("/images/a.png")));
        for (const auto &[file, text] : {std::pair("/classes.txt", "cat\n"), std::pair("/labels/a.txt", "0 0.5 0.5 0.2 0.2\n0 0.5 zz 0.1 0.1\n")}) {
            QFile out(yolo + QLatin1String(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        const Outcome run = runAtelier({QStringLiteral("dataset"), QStringLiteral("import"), project, QStringLiteral("--name"),
                                        QStringLiteral("bad"), QStringLiteral("--format"), QStringLiteral("yolo"), yolo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("a.txt line 2")), qPrintable(run.err));

        const Outcome unknown = runAtelier({QStringLiteral("dataset"), QStringLiteral("import"), project, QStringLiteral("--name"),
                                            QStringLiteral("bad"), QStringLiteral("--format"), QStringLiteral("cvat"), yolo});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("yolo")), qPrintable(unknown.err));
    }

    void trackingImportSyncsAnMlrunsFolder()
    {
        const QString project = m_dir.filePath(QStringLiteral("mlruns-project"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), project}).exitCode, 0);
        const QString mlruns = m_dir.filePath(QStringLiteral("mlruns"));
        const QString run = mlruns + QStringLiteral("/0/0123456789abcdef0123456789abcdef");
        QVERIFY(QDir().mkpath(run + QStringLiteral("/params")) && QDir().mkpath(run + QStringLiteral("/metrics")));
        auto write = [](const QString &path, const QByteArray &text, QIODevice::OpenMode mode = QIODevice::WriteOnly) {
            QFile out(path);
            return out.open(mode) && out.write(text) == text.size();
        };
        QVERIFY(write(mlruns + QStringLiteral("/0/meta.yaml"), "experiment_id: '0'\nlifecycle_stage: active\nname: Default\n"));
        QVERIFY(write(run + QStringLiteral("/meta.yaml"),
                      "run_id: 0123456789abcdef0123456789abcdef\nrun_name: cli\nexperiment_id: '0'\nstatus: 3\n"
                      "start_time: 1700000000000\nend_time: 1700000001000\nuser_id: me\nlifecycle_stage: active\n"));
        QVERIFY(write(run + QStringLiteral("/params/lr"), "0.01"));
        QVERIFY(write(run + QStringLiteral("/metrics/loss"), "1700000000000 0.9 0\n1700000000100 0.5 1\n"));
        const QStringList import{QStringLiteral("tracking"), QStringLiteral("import"), project, QStringLiteral("--mlruns"), mlruns};

        const Outcome first = runAtelier(import);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("runs_created")).toInt(-1), 1);
        QCOMPARE(first.json().value(QStringLiteral("experiments_created")).toInt(-1), 0);
        QCOMPARE(first.json().value(QStringLiteral("params")).toInt(-1), 1);
        QCOMPARE(first.json().value(QStringLiteral("metric_points")).toInt(-1), 2);

        QVERIFY(write(run + QStringLiteral("/metrics/loss"), "1700000000200 0.4 2\n", QIODevice::Append));
        const Outcome second = runAtelier(import);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("runs_created")).toInt(-1), 0);
        QCOMPARE(second.json().value(QStringLiteral("params")).toInt(-1), 0);
        QCOMPARE(second.json().value(QStringLiteral("metric_points")).toInt(-1), 1);

        QVERIFY(write(run + QStringLiteral("/metrics/loss"), "oops\n", QIODevice::Append));
        const Outcome bad = runAtelier(import);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(QStringLiteral("loss:4: malformed metric line \"oops\"")), qPrintable(bad.err));

        QCOMPARE(runAtelier({QStringLiteral("tracking"), QStringLiteral("import"), project}).exitCode, 2);
    }

    void readOnlyProjectIsRefusedUnchanged()
    {
        // Root writes anywhere, so the check runs as the unprivileged user `nobody` when needed.
        QStringList asUser;
        if (geteuid() == 0)
            asUser = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral("--")};
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QCOMPARE(runAtelier({QStringLiteral("project"), QStringLiteral("init"), folder}).exitCode, 0);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                        | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString db = folder + QStringLiteral("/atelier.db");
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));
        const QDateTime before = QFileInfo(db).lastModified();

        const Outcome run = runAtelier({QStringLiteral("project"), QStringLiteral("info"), folder}, asUser);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is read-only")), qPrintable(run.err));
        QCOMPARE(QFileInfo(db).lastModified(), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
