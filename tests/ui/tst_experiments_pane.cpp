// Tests ExperimentsPane: the runs table filtered with MLflow's syntax typed in the filter bar,
// a bad filter pointed out, columns added, sorting by a header click, runs of two experiments
// compared together, and runs moved to another experiment from the context menu.
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tracking/tracking_store.h"
#include "ui/experiments/experiments_pane.h"
#include "ui/experiments/run_compare_view.h"
#include "ui/experiments/runs_table_model.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace atelier;

namespace {

struct RunSpec
{
    const char *name;
    const char *lr;
    double valAcc;
    const char *team;
};

// Twelve runs in two experiments; val_acc and lr vary so that filters select known subsets.
const RunSpec Runs[] = {
    {"r00", "0.01", 0.95, "cv"}, {"r01", "0.1", 0.91, "cv"},  {"r02", "0.01", 0.80, "nlp"},
    {"r03", "0.001", 0.97, "cv"}, {"r04", "0.01", 0.93, "nlp"}, {"r05", "0.1", 0.60, "cv"},
    {"r06", "0.01", 0.99, "cv"}, {"r07", "0.001", 0.70, "nlp"}, {"r08", "0.01", 0.85, "cv"},
    {"r09", "0.1", 0.92, "nlp"}, {"r10", "0.01", 0.50, "cv"},  {"r11", "0.001", 0.96, "cv"},
};

QStringList runNames(const RunsTableModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, RunsTableModel::NameColumn).data().toString());
    return names;
}

bool allLoaded(const RunsTableModel &model)
{
    const QStringList names = runNames(model);
    return std::none_of(names.begin(), names.end(), [](const QString &name) {
        return name.isEmpty() || name == RunsTableModel::tr("Loading…");
    });
}

} // namespace

class TestExperimentsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::int64_t m_vision = 0;
    std::int64_t m_text = 0;
    std::int64_t m_archive = 0;

    // Clicks rows of the runs table, the first plainly and the others with Ctrl held.
    static void clickRows(QTableView *view, const QList<int> &rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QRect cell = view->visualRect(view->model()->index(rows[i], RunsTableModel::NameColumn));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              cell.center());
        }
    }

    // Clicks experiments in the list by name, the first plainly and the others with Ctrl held.
    static void clickExperiments(QListWidget *list, const QStringList &names)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QList<QListWidgetItem *> items = list->findItems(names[i], Qt::MatchExactly);
            QCOMPARE(items.size(), 1);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              list->visualItemRect(items.first()).center());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.path());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        TrackingStore store((*project)->database(), (*project)->audit());
        auto vision = store.createExperiment(QStringLiteral("vision"));
        auto text = store.createExperiment(QStringLiteral("text"));
        auto archive = store.createExperiment(QStringLiteral("archive"));
        QVERIFY(vision && text && archive);
        m_vision = *vision;
        m_text = *text;
        m_archive = *archive;
        std::int64_t start = 1'700'000'000'000;
        for (const RunSpec &spec : Runs) {
            RunCreate create;
            create.experimentId = QByteArray(spec.team) == "cv" ? *vision : *text;
            create.runName = QString::fromLatin1(spec.name);
            create.startTime = start++;
            auto run = store.createRun(create);
            QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
            LogBatch batch;
            batch.params = {{QStringLiteral("lr"), QString::fromLatin1(spec.lr)}};
            batch.tags = {{QStringLiteral("team"), QString::fromLatin1(spec.team)}};
            batch.metrics = {{QStringLiteral("val_acc"), spec.valAcc, start, 1}};
            QVERIFY(store.logBatch(run->runId, batch));
        }
    }

    void listsEveryRunNewestFirst()
    {
        ExperimentsPane pane(m_dir.path());
        RunsTableModel &model = *pane.runsModel();
        QTRY_COMPARE(model.rowCount(), 12);
        QTRY_VERIFY(allLoaded(model));
        QCOMPARE(runNames(model).first(), QStringLiteral("r11"));
        QCOMPARE(runNames(model).last(), QStringLiteral("r00"));
    }

    void filtersWithWhatIsTypedInTheFilterBar()
    {
        ExperimentsPane pane(m_dir.path());
        pane.show();
        RunsTableModel &model = *pane.runsModel();
        QTRY_COMPARE(model.rowCount(), 12);

        QTest::keyClicks(pane.filterEdit(), QStringLiteral("metrics.val_acc > 0.9 and params.lr = \"0.01\""));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_VERIFY(allLoaded(model));
        QStringList names = runNames(model);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("r00"), QStringLiteral("r04"), QStringLiteral("r06")}));

        pane.filterEdit()->clear();
        QTest::keyClicks(pane.filterEdit(), QStringLiteral("tags.team = 'nlp' and metrics.val_acc < 0.9"));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_VERIFY(allLoaded(model));
        names = runNames(model);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("r02"), QStringLiteral("r07")}));
    }

    void aBadFilterIsPointedOutAndTheRowsStay()
    {
        ExperimentsPane pane(m_dir.path());
        pane.show();
        RunsTableModel &model = *pane.runsModel();
        QTRY_COMPARE(model.rowCount(), 12);
        auto *error = pane.findChild<QLabel *>(QStringLiteral("filterError"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());

        QTest::keyClicks(pane.filterEdit(), QStringLiteral("metrics.val_acc >> 0.9"));
        QTest::keyClick(pane.filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral(">>")) || error->text().contains(QStringLiteral("17")),
                 qPrintable(error->text()));
        QCOMPARE(model.rowCount(), 12);
    }

    void sortsByAMetricColumnFromItsHeader()
    {
        ExperimentsPane pane(m_dir.path());
        pane.resize(1400, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        RunsTableModel &model = *pane.runsModel();
        QTRY_COMPARE(model.rowCount(), 12);
        model.setColumns({RunColumn{RunColumn::Source::Metric, QStringLiteral("val_acc")},
                          RunColumn{RunColumn::Source::Param, QStringLiteral("lr")}});
        const int column = RunsTableModel::FixedColumnCount;
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("val_acc"));

        QHeaderView *header = pane.runsView()->horizontalHeader();
        // The header lays out its new sections on a later event; click only once they are there.
        QTRY_VERIFY(header->sectionViewportPosition(column) > 0);
        const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        auto valuesInRowOrder = [&] {
            QList<double> values;
            for (int row = 0; row < model.rowCount(); ++row)
                values.append(model.index(row, column).data(RunsTableModel::SortValueRole).toDouble());
            return values;
        };
        QList<double> expected;
        for (const RunSpec &spec : Runs)
            expected.append(spec.valAcc);

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
        std::sort(expected.begin(), expected.end());
        const bool ascendingFirst = header->sortIndicatorOrder() == Qt::AscendingOrder;
        if (!ascendingFirst)
            std::reverse(expected.begin(), expected.end());
        QTRY_VERIFY(allLoaded(model));
        auto *error = pane.findChild<QLabel *>(QStringLiteral("filterError"));
        QTRY_COMPARE(valuesInRowOrder(), expected);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
        std::reverse(expected.begin(), expected.end());
        QTRY_COMPARE(valuesInRowOrder(), expected);
        QCOMPARE(model.index(0, column + 1).data().toString().isEmpty(), false);
    }

    void comparesRunsOfTwoExperiments()
    {
        ExperimentsPane pane(m_dir.path());
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        RunsTableModel &model = *pane.runsModel();
        QTRY_COMPARE(model.rowCount(), 12);
        QTRY_COMPARE(pane.experimentList()->count(), 5); // All experiments, Default and the three above

        QSignalSpy searched(&model, &RunsTableModel::searchFinished);
        clickExperiments(pane.experimentList(), {QStringLiteral("vision"), QStringLiteral("text")});
        QCOMPARE(pane.experimentList()->selectedItems().size(), 2);
        // "vision" alone has 8 runs; the search for both experiments is the last to land.
        QTRY_VERIFY(!searched.isEmpty() && searched.last().first().toInt() == 12);
        QTRY_VERIFY(allLoaded(model));
        // Newest first: r11 (vision) and r09 (text) are rows 0 and 2.
        QCOMPARE(model.index(0, RunsTableModel::ExperimentColumn).data().toString(), QStringLiteral("vision"));
        QCOMPARE(model.index(2, RunsTableModel::ExperimentColumn).data().toString(), QStringLiteral("text"));
        clickRows(pane.runsView(), {0, 2});

        const QList<QPushButton *> buttons = pane.findChildren<QPushButton *>();
        const auto button = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == ExperimentsPane::tr("Compare");
        });
        QVERIFY(button != buttons.end());
        QPushButton *compare = *button;
        QTRY_VERIFY(compare->isEnabled());
        QSignalSpy requested(&pane, &ExperimentsPane::compareRequested);
        QTest::mouseClick(compare, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const QStringList runIds = requested.first().first().toStringList();
        QCOMPARE(runIds, (QStringList{model.runId(0), model.runId(2)}));

        RunCompareView view(m_dir.path(), runIds);
        QSignalSpy loaded(&view, &RunCompareView::loaded);
        QSignalSpy problem(&view, &RunCompareView::problem);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(problem.size(), 0);
        QAbstractItemModel *params = view.paramsView()->model();
        QCOMPARE(params->columnCount(), 2);
        QCOMPARE(params->headerData(0, Qt::Horizontal).toString(), QStringLiteral("r11"));
        QCOMPARE(params->headerData(1, Qt::Horizontal).toString(), QStringLiteral("r09"));
    }

    // Last: it changes the store that the tests above read.
    void movesSelectedRunsToAnotherExperiment()
    {
        ExperimentsPane pane(m_dir.path());
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        RunsTableModel &model = *pane.runsModel();
        pane.selectExperiment(m_vision);
        QTRY_COMPARE(model.rowCount(), 8);
        QTRY_VERIFY(allLoaded(model));
        QVERIFY(!pane.moveRunsAction()->isEnabled());
        QCOMPARE(pane.runsView()->actions(), (QList<QAction *>{pane.moveRunsAction()}));

        clickRows(pane.runsView(), {0, 3});
        QTRY_VERIFY(pane.moveRunsAction()->isEnabled());
        const QStringList moved{model.runId(0), model.runId(3)};
        QCOMPARE(model.index(0, RunsTableModel::NameColumn).data().toString(), QStringLiteral("r11"));
        QCOMPARE(model.index(3, RunsTableModel::NameColumn).data().toString(), QStringLiteral("r06"));

        // The action asks which experiment; the dialog lists every experiment, not "All experiments".
        QStringList offered;
        QTimer::singleShot(0, &pane, [&] {
            auto *dialog = pane.findChild<QInputDialog *>(QStringLiteral("moveRunsDialog"));
            QVERIFY(dialog);
            offered = dialog->comboBoxItems();
            dialog->setTextValue(QStringLiteral("archive"));
            dialog->accept();
        });
        QSignalSpy done(&pane, &ExperimentsPane::runsMoved);
        QSignalSpy problem(&pane, &ExperimentsPane::problem);
        pane.moveRunsAction()->trigger();
        QVERIFY(done.wait(5000));
        QCOMPARE(problem.size(), 0);
        QCOMPARE(done.first().first().toInt(), 2);
        offered.sort();
        QCOMPARE(offered, (QStringList{QStringLiteral("Default"), QStringLiteral("archive"), QStringLiteral("text"), QStringLiteral("vision")}));
        QTRY_COMPARE(model.rowCount(), 6);
        QTRY_VERIFY(allLoaded(model));
        QVERIFY(!runNames(model).contains(QStringLiteral("r11")));
        QVERIFY(!runNames(model).contains(QStringLiteral("r06")));

        // What landed in the store: both runs in "archive", and one audit row for the move.
        auto project = Project::open(m_dir.path());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        Database &db = (*project)->database();
        for (const QString &runId : moved)
            QCOMPARE(db.queryInt("SELECT experiment_id FROM run WHERE uuid = ?", runId).value(), m_archive);
        auto audit = (*project)->audit().entries(10, QStringLiteral("experiment"), QString::number(m_archive));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 2); // the experiment's creation, then the move (newest first)
        QCOMPARE(audit->first().action, QStringLiteral("runs.move"));
        QCOMPARE(audit->first().detail.value(QStringLiteral("runs")).toVariant().toStringList(), moved);

        pane.selectExperiment(m_archive);
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_VERIFY(allLoaded(model));
        QCOMPARE(runNames(model), (QStringList{QStringLiteral("r11"), QStringLiteral("r06")}));
    }
};

QTEST_MAIN(TestExperimentsPane)
#include "tst_experiments_pane.moc"
