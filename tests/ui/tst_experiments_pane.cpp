// Tests ExperimentsPane: the runs table filtered with MLflow's syntax typed in the filter bar,
// a bad filter pointed out, columns added, and sorting by a header click.
#include "core/project/project.h"
#include "core/tracking/tracking_store.h"
#include "ui/experiments/experiments_pane.h"
#include "ui/experiments/runs_table_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.path());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        TrackingStore store((*project)->database(), (*project)->audit());
        auto vision = store.createExperiment(QStringLiteral("vision"));
        auto text = store.createExperiment(QStringLiteral("text"));
        QVERIFY(vision && text);
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
};

QTEST_MAIN(TestExperimentsPane)
#include "tst_experiments_pane.moc"
