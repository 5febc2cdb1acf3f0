// Tests DatasetSplits: seeded and stratified assignment, splits frozen in versions, and exports that write them.
#include "core/datasets/dataset_splits.h"
#include "core/datasets/dataset_versions.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/voc_writer.h"
#include "core/datasets/formats/yolo_reader.h"
#include "core/datasets/formats/yolo_writer.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestDatasetSplits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::int64_t m_dataset = 0;
    QList<std::int64_t> m_labels;

    Database &db() { return m_project->database(); }

    // image path -> split
    QMap<QString, QString> splits(const QString &dataset = QStringLiteral("split"))
    {
        auto st = db().statement("SELECT i.path, coalesce(i.split, '') FROM image i JOIN dataset d ON d.id = i.dataset_id WHERE d.name = ?");
        (*st)->bindAll(dataset);
        QMap<QString, QString> result;
        while ((*st)->step().value_or(false))
            result.insert((*st)->text(0), (*st)->text(1));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY(project);
        m_project = std::move(*project);
        const QString root = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(db().execute("INSERT INTO dataset(name, root_path, created_at) VALUES ('split', ?, '2024-01-01')", root));
        m_dataset = db().lastInsertId();
        for (const char *name : {"a", "b", "c"}) {
            QVERIFY(db().execute("INSERT INTO label_class(dataset_id, name, color) VALUES (?, ?, '#000000')", m_dataset, name));
            m_labels.append(db().lastInsertId());
        }
        // 100 images: 50 mostly a, 30 mostly b, 20 without shapes.
        QImage picture(8, 8, QImage::Format_RGB32);
        picture.fill(Qt::white);
        for (int i = 0; i < 100; ++i) {
            const QString path = QStringLiteral("im%1.png").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(picture.save(QDir(root).filePath(path)));
            QVERIFY(db().execute("INSERT INTO image(dataset_id, path, width, height) VALUES (?, ?, 8, 8)", m_dataset, path));
            const std::int64_t image = db().lastInsertId();
            const QList<std::int64_t> shapes = i < 50 ? QList{m_labels[0], m_labels[0], m_labels[2]}
                                             : i < 80 ? QList{m_labels[1], m_labels[2], m_labels[1]} : QList<std::int64_t>{};
            for (std::int64_t label : shapes)
                QVERIFY(db().execute("INSERT INTO shape(image_id, label_class_id, kind, geometry) VALUES (?, ?, 'box', '{\"points\":[1,1,4,4]}')",
                                     image, label));
        }
    }

    void seededAssignmentIsRepeatable()
    {
        DatasetSplits splitter(db(), m_project->audit());
        auto counts = splitter.assign(m_dataset, {0.7, 0.2, 0.1, 5, false});
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().toString()));
        QCOMPARE(counts->train, 70);
        QCOMPARE(counts->val, 20);
        QCOMPARE(counts->test, 10);
        const auto first = splits();
        QVERIFY(splitter.assign(m_dataset, {0.7, 0.2, 0.1, 5, false}));
        QCOMPARE(splits(), first);
        QVERIFY(splitter.assign(m_dataset, {0.7, 0.2, 0.1, 6, false}));
        QVERIFY(splits() != first);
        QVERIFY(!splitter.assign(m_dataset, {0, 0, 0, 1, false}));
    }

    void stratifiedSplitsEachLabel()
    {
        auto counts = DatasetSplits(db(), m_project->audit()).assign(m_dataset, {0.6, 0.2, 0.2, 11, true});
        QVERIFY(counts);
        QCOMPARE(counts->train, 30 + 18 + 12);
        const auto split = splits();
        // Per group (images 0-49, 50-79, 80-99): 60/20/20 of each.
        for (const auto &[from, to] : {std::pair(0, 50), std::pair(50, 80), std::pair(80, 100)}) {
            QMap<QString, int> perSplit;
            for (int i = from; i < to; ++i)
                perSplit[split.value(QStringLiteral("im%1.png").arg(i, 3, 10, QLatin1Char('0')))]++;
            const int n = to - from;
            QCOMPARE(perSplit.value(QStringLiteral("train")), int(std::llround(n * 0.6)));
            QCOMPARE(perSplit.value(QStringLiteral("val")) + perSplit.value(QStringLiteral("test")), n - int(std::llround(n * 0.6)));
        }
    }

    void versionsKeepTheSplit()
    {
        DatasetSplits splitter(db(), m_project->audit());
        QVERIFY(splitter.assign(m_dataset, {0.5, 0.5, 0, 1, false}));
        const auto frozen = splits();
        DatasetVersions versions(db(), m_project->audit(), m_project->blobs());
        auto version = versions.create(m_dataset, QStringLiteral("half and half"));
        QVERIFY(version);
        QVERIFY(splitter.assign(m_dataset, {0.1, 0.1, 0.8, 2, false}));
        QVERIFY(splits() != frozen);
        auto diff = versions.diff(m_dataset, version->number, version->number);
        QVERIFY(diff && diff->isEmpty());
        QVERIFY(versions.restore(m_dataset, version->number));
        QCOMPARE(splits(), frozen);
    }

    void exportsWriteTheSplits()
    {
        QVERIFY(DatasetSplits(db(), m_project->audit()).assign(m_dataset, {0.8, 0.1, 0.1, 3, false}));
        const auto assigned = splits();
        auto source = ExportSource::open(db(), QStringLiteral("split"));
        QVERIFY(source);
        const QString yolo = m_dir.filePath(QStringLiteral("yolo"));
        QVERIFY(YoloWriter::write(*source, yolo));
        for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
            QVERIFY(QFileInfo::exists(QStringLiteral("%1/images/%2/%3").arg(yolo, it.value(), it.key())));
        auto imported = YoloReader(db(), m_project->audit()).import(yolo, {QStringLiteral("split-back")});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QMap<QString, QString> expected;
        for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
            expected.insert(QStringLiteral("images/%1/%2").arg(it.value(), it.key()), it.value());
        QCOMPARE(splits(QStringLiteral("split-back")), expected);

        const QString voc = m_dir.filePath(QStringLiteral("voc"));
        QVERIFY(VocWriter::write(*source, voc, {false}));
        QFile val(voc + QStringLiteral("/ImageSets/Main/val.txt"));
        QVERIFY(val.open(QIODevice::ReadOnly));
        QCOMPARE(val.readAll().count('\n'), qsizetype(10));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSplits)
#include "tst_dataset_splits.moc"
