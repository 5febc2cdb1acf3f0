// Tests RunCompareView with three runs: differing params marked and filtered, the chosen metric
// drawn for each run with its spike kept, and the parallel-coordinates lines where they belong.
#include "core/project/project.h"
#include "core/tracking/tracking_store.h"
#include "ui/experiments/metric_chart.h"
#include "ui/experiments/parallel_coordinates_plot.h"
#include "ui/experiments/run_compare_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace atelier;

class TestRunCompareView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_runIds;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.path());
        QVERIFY(project);
        TrackingStore store((*project)->database(), (*project)->audit());
        const char *lrs[] = {"0.1", "0.01", "0.001"};
        for (int i = 0; i < 3; ++i) {
            RunCreate create;
            create.runName = QStringLiteral("run-%1").arg(i);
            auto run = store.createRun(create);
            QVERIFY(run);
            m_runIds.append(run->runId);
            LogBatch params;
            params.params = {{QStringLiteral("lr"), QString::fromLatin1(lrs[i])},
                             {QStringLiteral("optimizer"), QStringLiteral("adam")},
                             {QStringLiteral("batch"), i == 2 ? QStringLiteral("64") : QStringLiteral("32")}};
            QVERIFY(store.logBatch(run->runId, params));
            // 3,000 steps of a falling loss; run 1 has one spike at step 1234.
            for (int first = 0; first < 3000; first += 1000) {
                LogBatch metrics;
                for (int step = first; step < first + 1000; ++step) {
                    const double loss = (step == 1234 && i == 1) ? 50.0 : 1.0 / (1 + step) + i;
                    metrics.metrics.append({QStringLiteral("loss"), loss, 1'700'000'000'000 + step, step});
                }
                QVERIFY(store.logBatch(run->runId, metrics));
                LogBatch accuracy;
                accuracy.metrics = {{QStringLiteral("acc"), 0.5 + 0.2 * i, 1'700'000'000'000, first}};
                QVERIFY(store.logBatch(run->runId, accuracy));
            }
        }
    }

    void marksAndFiltersTheParamsThatDiffer()
    {
        RunCompareView view(m_dir.path(), m_runIds);
        QSignalSpy loaded(&view, &RunCompareView::loaded);
        QVERIFY(loaded.wait(5000));
        QAbstractItemModel *model = view.paramsView()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("run-1"));
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            rows.append(model->headerData(row, Qt::Vertical).toString());
            const bool marked = model->index(row, 0).data(Qt::BackgroundRole).isValid();
            QCOMPARE(marked, rows.last() != QStringLiteral("optimizer"));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("batch"), QStringLiteral("lr"), QStringLiteral("optimizer")}));
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("0.001"));

        QTest::mouseClick(view.differencesOnly(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("batch"));
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("lr"));
    }

    void overlaysTheMetricOfEveryRunAndKeepsTheSpike()
    {
        RunCompareView view(m_dir.path(), m_runIds);
        view.resize(900, 700);
        view.show();
        QSignalSpy loaded(&view, &RunCompareView::loaded);
        QVERIFY(loaded.wait(5000));
        QSignalSpy drawn(view.chart(), &MetricChart::drawn);
        view.metricChoice()->setCurrentText(QStringLiteral("loss"));
        QTRY_VERIFY(drawn.count() > 0 || view.chart()->curveCount() == 3);
        QTRY_COMPARE(view.chart()->curveCount(), 3);
        for (int run = 0; run < 3; ++run) {
            const std::vector<CurvePoint> &points = view.chart()->points(run);
            QVERIFY(!points.empty());
            const double highest = std::max_element(points.begin(), points.end(), [](const CurvePoint &a, const CurvePoint &b) {
                                       return a.max < b.max;
                                   })->max;
            QCOMPARE(highest, run == 1 ? 50.0 : 1.0 + run);
            // A point is drawn at its bucket's last step: the first covers the first few steps.
            QVERIFY(points.front().x >= 0 && points.front().x < 2 * 3000.0 / double(points.size()));
            QCOMPARE(points.back().x, 2999.0);
        }
    }

    void placesEachRunOnTheParallelAxes()
    {
        RunCompareView view(m_dir.path(), m_runIds);
        QSignalSpy loaded(&view, &RunCompareView::loaded);
        QVERIFY(loaded.wait(5000));
        view.metricChoice()->setCurrentText(QStringLiteral("acc"));
        const ParallelCoordinatesPlot *plot = view.parallelPlot();
        QCOMPARE(plot->axes().size(), 4); // batch, lr, optimizer, then acc
        QCOMPARE(plot->axes().last().title, QStringLiteral("acc"));
        QVERIFY(plot->axes()[1].numeric);
        QVERIFY(!plot->axes()[2].numeric);
        QCOMPARE(plot->lines().size(), 3);
        // lr 0.1, 0.01, 0.001 over [0.001, 0.1]; acc 0.5, 0.7, 0.9 over [0.5, 0.9].
        QCOMPARE(*plot->lines()[0][1], 1.0);
        QCOMPARE(*plot->lines()[2][1], 0.0);
        QVERIFY(qFuzzyCompare(*plot->lines()[1][1], (0.01 - 0.001) / (0.1 - 0.001)));
        QCOMPARE(*plot->lines()[0][3], 0.0);
        QVERIFY(qFuzzyCompare(*plot->lines()[1][3], 0.5));
        QCOMPARE(*plot->lines()[2][3], 1.0);
        QCOMPARE(*plot->lines()[0][2], 0.5); // one category sits in the middle
    }
};

QTEST_MAIN(TestRunCompareView)
#include "tst_run_compare_view.moc"
