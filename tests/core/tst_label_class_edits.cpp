// Tests LabelClassEdits and its commands: rename, recolour and merge, each with its audit row, and
// an undo of a merge that restores the class and exactly the shapes it had.
#include "core/annotation/label_class_edits.h"
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace atelier;

namespace {

// Every label class and every shape's label of the project, as comparable lines.
QStringList snapshot(Database &db)
{
    QStringList rows;
    for (const char *sql : {"SELECT 'class', id, dataset_id, name, color, attributes, coalesce(external_id, 'NULL') "
                            "FROM label_class ORDER BY id",
                            "SELECT 'shape', id, image_id, label_class_id, geometry FROM shape ORDER BY id"}) {
        auto st = db.statement(sql);
        auto ok = (*st)->forEachRow([&](const Statement &r) {
            QStringList columns;
            for (int column = 0; column < r.columnCount(); ++column)
                columns.append(r.text(column));
            rows.append(columns.join(u'|'));
        });
        if (!ok)
            qFatal("%s", qPrintable(ok.error().toString()));
    }
    return rows;
}

} // namespace

class TestLabelClassEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LabelClassEdits> m_edits;
    std::int64_t m_dataset = 0;
    std::int64_t m_other = 0;
    std::int64_t m_cat = 0, m_kitten = 0, m_dog = 0, m_foreign = 0;

    Database &db() { return m_project->database(); }
    std::int64_t auditCount(const char *action)
    {
        return db().queryInt("SELECT count(*) FROM audit WHERE action = ?", action).value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_edits.reset();
        m_project.reset();
        QDir(m_dir.filePath(QStringLiteral("p"))).removeRecursively();
        m_project = std::move(Project::create(m_dir.filePath(QStringLiteral("p"))).value());
        m_edits = std::make_unique<LabelClassEdits>(db(), m_project->audit());
        DatasetStore store(db(), m_project->audit());
        m_dataset = store.createDataset(QStringLiteral("pets"), m_dir.path()).value();
        m_other = store.createDataset(QStringLiteral("cars"), m_dir.path()).value();
        m_cat = store.addLabelClass(m_dataset, QStringLiteral("cat"), QStringLiteral("#ff0000")).value();
        m_kitten = store.addLabelClass(m_dataset, QStringLiteral("kitten"), QStringLiteral("#ff8800")).value();
        m_dog = store.addLabelClass(m_dataset, QStringLiteral("dog"), QStringLiteral("#00ff00")).value();
        m_foreign = store.addLabelClass(m_other, QStringLiteral("car"), QStringLiteral("#0000ff")).value();
        QVERIFY(db().execute("UPDATE label_class SET attributes = ?, external_id = 17 WHERE id = ?",
                             QStringLiteral("[{\"name\":\"age\",\"type\":\"int\"}]"), m_kitten));
        QList<NewImage> images;
        for (int i = 0; i < 4; ++i) {
            NewImage image{QStringLiteral("%1.png").arg(i), 10, 10, 1, 0, QStringLiteral("new"), {}};
            for (std::int64_t label : {m_cat, m_kitten, m_dog, m_kitten})
                image.shapes.append({label, QStringLiteral("point"), QJsonArray{i, qint64(label)}});
            images.append(image);
        }
        QVERIFY(store.addImages(m_dataset, images));
    }

    void renameAndRecolour()
    {
        QVERIFY(m_edits->rename(m_cat, QStringLiteral("house cat")));
        QVERIFY(m_edits->recolor(m_cat, QStringLiteral("#123abc")));
        const LabelClass cat = m_edits->labelClass(m_cat).value();
        QCOMPARE(cat.name, QStringLiteral("house cat"));
        QCOMPARE(cat.color, QStringLiteral("#123abc"));
        QCOMPARE(auditCount("label_class.rename"), 1);
        QCOMPARE(auditCount("label_class.recolor"), 1);

        const auto taken = m_edits->rename(m_cat, QStringLiteral("dog"));
        QVERIFY(!taken);
        QVERIFY(taken.error().message.contains(QStringLiteral("already has a label \"dog\"")));
        QVERIFY(!m_edits->rename(m_cat, QStringLiteral("  ")));
        QVERIFY(!m_edits->recolor(m_cat, QStringLiteral("red")));
        QVERIFY(!m_edits->rename(9999, QStringLiteral("x")));
        QCOMPARE(m_edits->labelClass(m_cat).value(), cat); // refused edits changed nothing
        QVERIFY(m_edits->rename(m_foreign, QStringLiteral("cat"))); // another dataset may use the name
    }

    void renameCommandUndoes()
    {
        QUndoStack stack;
        stack.push(new RenameLabelClassCommand(*m_edits, m_dog, QStringLiteral("dog"), QStringLiteral("puppy")));
        QCOMPARE(m_edits->labelClass(m_dog)->name, QStringLiteral("puppy"));
        stack.undo();
        QCOMPARE(m_edits->labelClass(m_dog)->name, QStringLiteral("dog"));
        stack.push(new RecolorLabelClassCommand(*m_edits, m_dog, QStringLiteral("#00ff00"), QStringLiteral("#000000")));
        QCOMPARE(m_edits->labelClass(m_dog)->color, QStringLiteral("#000000"));
        stack.undo();
        QCOMPARE(m_edits->labelClass(m_dog)->color, QStringLiteral("#00ff00"));

        QStringList errors;
        stack.push(new RenameLabelClassCommand(*m_edits, m_dog, QStringLiteral("dog"), QStringLiteral("cat"),
                                               [&](const Error &e) { errors.append(e.message); }));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stack.count(), 0); // the failed rename did not stay (and its push dropped the undone ones)
        QCOMPARE(m_edits->labelClass(m_dog)->name, QStringLiteral("dog"));
    }

    void mergeMovesEveryShapeAndUndoRestoresExactly()
    {
        const QStringList before = snapshot(db());
        const std::int64_t kittenShapes =
            db().queryInt("SELECT count(*) FROM shape WHERE label_class_id = ?", m_kitten).value();
        QCOMPARE(kittenShapes, 8);

        auto merged = m_edits->merge(m_kitten, m_cat);
        QVERIFY(merged);
        QCOMPARE(merged->movedShapeIds.size(), 8);
        QCOMPARE(merged->removed.name, QStringLiteral("kitten"));
        QCOMPARE(db().queryInt("SELECT count(*) FROM shape WHERE label_class_id = ?", m_kitten).value(), 0);
        QCOMPARE(db().queryInt("SELECT count(*) FROM shape WHERE label_class_id = ?", m_cat).value(), 12);
        QVERIFY(!m_edits->labelClass(m_kitten));
        QCOMPARE(auditCount("label_class.merge"), 1);
        QCOMPARE(m_project->check().value(), QStringList());

        QVERIFY(m_edits->undoMerge(*merged));
        QCOMPARE(snapshot(db()), before);
        QCOMPARE(auditCount("label_class.unmerge"), 1);
    }

    void undoingAMergeMovesBackOnlyTheShapesItMoved()
    {
        const QStringList before = snapshot(db());
        QUndoStack stack;
        stack.push(new MergeLabelClassesCommand(*m_edits, m_kitten, m_cat));
        QCOMPARE(stack.count(), 1);
        // A shape labelled cat after the merge stays cat when the merge is undone.
        QVERIFY(db().execute("INSERT INTO shape(image_id, label_class_id, kind, geometry) "
                             "SELECT min(id), ?, 'point', '{\"points\":[0,0]}' FROM image", m_cat));
        const std::int64_t lateShape = db().lastInsertId();
        stack.undo();
        QStringList expected = before;
        const std::int64_t image = db().queryInt("SELECT min(id) FROM image").value();
        expected.append(QStringLiteral("shape|%1|%2|%3|{\"points\":[0,0]}").arg(lateShape).arg(image).arg(m_cat));
        QCOMPARE(snapshot(db()), expected);

        stack.redo();
        QCOMPARE(db().queryInt("SELECT count(*) FROM shape WHERE label_class_id = ?", m_cat).value(), 13);
        stack.undo();
        QCOMPARE(snapshot(db()), expected);
    }

    void impossibleMergesAreRefused()
    {
        const QStringList before = snapshot(db());
        const auto self = m_edits->merge(m_cat, m_cat);
        QVERIFY(!self);
        const auto across = m_edits->merge(m_cat, m_foreign);
        QVERIFY(!across);
        QVERIFY(across.error().message.contains(QStringLiteral("different datasets")));
        QVERIFY(!m_edits->merge(9999, m_cat));

        QStringList errors;
        QUndoStack stack;
        stack.push(new MergeLabelClassesCommand(*m_edits, m_cat, m_foreign,
                                                [&](const Error &e) { errors.append(e.message); }));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(snapshot(db()), before);
    }

    void undoIsRefusedWhenTheNameWasTakenAgain()
    {
        auto merged = m_edits->merge(m_kitten, m_cat);
        QVERIFY(merged);
        QVERIFY(m_edits->rename(m_dog, QStringLiteral("kitten")));
        const QStringList before = snapshot(db());
        const auto undone = m_edits->undoMerge(*merged);
        QVERIFY(!undone);
        QVERIFY(undone.error().message.contains(QStringLiteral("Rename that label first")));
        QCOMPARE(snapshot(db()), before);
    }
};

QTEST_GUILESS_MAIN(TestLabelClassEdits)
#include "tst_label_class_edits.moc"
