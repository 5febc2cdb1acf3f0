// Tests DatasetPane on the demo project: freeze and restore through its buttons and dialogs, and charts that show DatasetStatistics' numbers.
#include "shell_test_support.h"

#include "core/datasets/dataset_reader.h"
#include "core/datasets/dataset_statistics.h"
#include "core/datasets/dataset_versions.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tasks/task_manager.h"
#include "ui/datasets/dataset_pane.h"
#include "ui/datasets/dataset_statistics_view.h"
#include "ui/datasets/version_table_model.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace atelier;

namespace {

// The values of every bar set of `chart`'s first series, set after set.
QList<QList<qint64>> barValues(QChart *chart)
{
    QList<QList<qint64>> values;
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (!series)
        return values;
    for (const QBarSet *set : series->barSets()) {
        QList<qint64> row;
        for (int i = 0; i < set->count(); ++i)
            row.append(qint64(set->at(i)));
        values.append(row);
    }
    return values;
}

template<std::size_t N>
QList<qint64> toList(const std::array<std::int64_t, N> &counts)
{
    return QList<qint64>(counts.cbegin(), counts.cend());
}

// Clicks the tool button that shows `action`.
void clickButtonOf(QWidget *pane, QAction *action)
{
    const QList<QToolButton *> buttons = pane->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action && button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no visible button for the action");
}

} // namespace

class TestDatasetPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::int64_t m_datasetId = 0;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<DatasetPane> m_pane;

    std::unique_ptr<Database> connect()
    {
        auto db = Project::connect(m_folder);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

    QList<VersionInfo> storedVersions()
    {
        auto project = Project::open(m_folder);
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        return DatasetVersions((*project)->database(), (*project)->audit(), (*project)->blobs())
            .list(m_datasetId)
            .value();
    }

    std::int64_t workingShapes()
    {
        auto db = connect();
        return DatasetStatistics::ofWorkingCopy(*db, m_datasetId).value().shapes;
    }

    // Waits up to 5 s for the pane's dialog named `name` to show; null when it does not.
    template<typename Dialog>
    Dialog *waitForDialog(const QString &name)
    {
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            if (auto *dialog = m_pane->findChild<Dialog *>(name); dialog && dialog->isVisible())
                return dialog;
            QTest::qWait(20);
        }
        return nullptr;
    }

    void freezeThroughButton(const QString &message)
    {
        clickButtonOf(m_pane.get(), m_pane->freezeAction());
        auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("freezeDialog"));
        QVERIFY(dialog);
        QLineEdit *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, message);
        QSignalSpy frozen(m_pane.get(), &DatasetPane::versionFrozen);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(frozen.size(), 1, 20000);
    }

private slots:
    void initTestCase()
    {
        testing::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("demo"));
        const QString made = testing::makeDemoProject(m_folder);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto db = connect();
        m_datasetId = DatasetReader(*db).datasetId(DemoProject::datasetName()).value();
        m_tasks = std::make_unique<TaskManager>();
        m_pane = std::make_unique<DatasetPane>(*m_tasks, m_folder, m_datasetId, DemoProject::datasetName());
        m_pane->resize(1100, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        m_tasks->waitForAll(10000);
    }

    void startsWithoutVersions()
    {
        QTRY_COMPARE(m_pane->versions().totalCount(), 0);
        QCOMPARE(m_pane->versions().rowCount(), 0);
        QVERIFY(!m_pane->versionTable()->isVisible());
        QVERIFY(!m_pane->restoreAction()->isEnabled());
        QVERIFY(!m_pane->compareAction()->isEnabled());
    }

    void freezeAddsAVersion()
    {
        freezeThroughButton(QStringLiteral("first pass"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(m_pane->versions().rowCount(), 1);
        QVERIFY(m_pane->versionTable()->isVisible());
        const QAbstractItemModel *model = m_pane->versionTable()->model();
        QCOMPARE(model->index(0, VersionTableModel::MessageColumn).data().toString(), QStringLiteral("first pass"));
        const std::int64_t shapes = workingShapes();
        QVERIFY(shapes > 0);
        QCOMPARE(model->index(0, VersionTableModel::ShapesColumn).data().toString(), QLocale().toString(qint64(shapes)));

        const QList<VersionInfo> stored = storedVersions();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().number, 1);
        QCOMPARE(stored.first().message, QStringLiteral("first pass"));
        QCOMPARE(stored.first().statistics.shapes, shapes);
        QCOMPARE(m_pane->selectedVersion(), 1);
        QVERIFY(m_pane->restoreAction()->isEnabled());
        QVERIFY(m_pane->compareAction()->isEnabled());
    }

    void restoreBringsBackTheVersion()
    {
        const std::int64_t frozen = workingShapes();
        {
            // Someone deletes shapes after the version was frozen.
            auto db = connect();
            QVERIFY(db->execute("DELETE FROM shape WHERE id IN (SELECT s.id FROM shape s JOIN image i ON i.id = s.image_id "
                                "WHERE i.dataset_id = ? LIMIT 25)",
                                m_datasetId));
        }
        QCOMPARE(workingShapes(), frozen - 25);

        m_pane->selectVersion(1);
        clickButtonOf(m_pane.get(), m_pane->restoreAction());
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("restoreConfirm"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("lost")));
        auto *restore = box->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(restore);
        QSignalSpy changed(m_pane.get(), &DatasetPane::workingCopyChanged);
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(changed.first().first().toLongLong(), m_datasetId);
        QCOMPARE(workingShapes(), frozen);
    }

    void statisticsChartsShowTheNumbers_data()
    {
        QTest::addColumn<qint64>("source");
        QTest::newRow("working copy") << qint64(0);
        QTest::newRow("version 2") << qint64(2);
    }

    void statisticsChartsShowTheNumbers()
    {
        QFETCH(qint64, source);
        if (source == 2 && storedVersions().size() < 2) {
            // A second version that differs from the first.
            auto db = connect();
            QVERIFY(db->execute("DELETE FROM shape WHERE id IN (SELECT s.id FROM shape s JOIN image i ON "
                                "i.id = s.image_id WHERE i.dataset_id = ? LIMIT 40)",
                                m_datasetId));
            m_pane->showPage(DatasetPane::VersionsPage);
            freezeThroughButton(QStringLiteral("fewer shapes"));
            if (QTest::currentTestFailed())
                return;
            QTRY_COMPARE(m_pane->versions().rowCount(), 2);
        }
        m_pane->showPage(DatasetPane::StatisticsPage);
        auto *box = m_pane->findChild<QComboBox *>(QStringLiteral("statisticsSource"));
        QVERIFY(box);
        QTRY_COMPARE(box->count(), int(storedVersions().size()) + 1);
        QSignalSpy shown(m_pane.get(), &DatasetPane::statisticsShown);
        // Chooses the source with the keyboard, as a user would.
        box->setFocus();
        const int index = box->findData(source);
        QVERIFY(index >= 0);
        while (box->currentIndex() != index)
            QTest::keyClick(box, box->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toLongLong() == source, 20000);

        auto db = connect();
        BlobStore blobs(QDir(m_folder).filePath(Project::blobsFolderName()));
        const DatasetStatistics expected = source == 0 ? DatasetStatistics::ofWorkingCopy(*db, m_datasetId).value()
                                                       : DatasetStatistics::ofVersion(*db, blobs, m_datasetId, source).value();
        QVERIFY(m_pane->statistics());
        QCOMPARE(*m_pane->statistics(), expected);
        DatasetStatisticsView *view = m_pane->statisticsView();

        // Labels: one set a label, in the statistics' order, with its count and class colour.
        const QList<QList<qint64>> labels = barValues(view->chart(DatasetStatisticsView::Labels));
        QCOMPARE(labels.size(), expected.labels.size());
        const auto *labelSeries = qobject_cast<QAbstractBarSeries *>(view->chart(DatasetStatisticsView::Labels)->series().first());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            qint64 sum = 0;
            for (qint64 value : labels.at(i))
                sum += value;
            QCOMPARE(sum, expected.labels.at(i).shapes);
            QCOMPARE(labelSeries->barSets().at(i)->label(), expected.labels.at(i).name);
            QCOMPARE(labelSeries->barSets().at(i)->color(), QColor(expected.labels.at(i).color));
        }
        QCOMPARE(barValues(view->chart(DatasetStatisticsView::ShapesPerImage)),
                 QList<QList<qint64>>{toList(expected.shapesPerImage)});
        QCOMPARE(barValues(view->chart(DatasetStatisticsView::AspectRatios)),
                 QList<QList<qint64>>{toList(expected.aspectRatios)});
        const QList<QList<qint64>> sizes = barValues(view->chart(DatasetStatisticsView::BoxSizes));
        QCOMPARE(sizes.size(), DatasetStatistics::ScaleCount);
        for (int scale = 0; scale < DatasetStatistics::ScaleCount; ++scale) {
            for (int bucket = 0; bucket < DatasetStatistics::BoxSizeBuckets; ++bucket)
                QCOMPARE(sizes.at(scale).at(bucket), expected.boxSizes[std::size_t(bucket)][std::size_t(scale)]);
        }
        QVERIFY(view->summaryText().contains(QLocale().toString(qint64(expected.shapes))));
    }

    void compareEmitsTheChosenVersions()
    {
        m_pane->showPage(DatasetPane::VersionsPage);
        m_pane->selectVersion(2);
        QSignalSpy requested(m_pane.get(), &DatasetPane::compareRequested);
        clickButtonOf(m_pane.get(), m_pane->compareAction());
        auto *dialog = waitForDialog<QDialog>(QStringLiteral("compareDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("fromVersion"))->currentData().toLongLong(), 1);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("toVersion"))->currentData().toLongLong(), 2);
        dialog->accept();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first(), (QList<QVariant>{qint64(m_datasetId), qint64(1), qint64(2)}));
    }
};

QTEST_MAIN(TestDatasetPane)
#include "tst_dataset_pane.moc"
