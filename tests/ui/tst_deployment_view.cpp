// Tests the deployment dashboard against the real demo inference server on 127.0.0.1: the badge follows
// it to ready, tiles and charts fill with traffic, load tests run from the view (a file and a dataset
// version's images as bodies, and cancelled) and are stored, Roll/Restart/Stop act through the
// supervisor, a killed server shows down within 2 s, a traffic split shows each version, and the main
// window's navigator opens the dashboard.
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/datasets/folder_import.h"
#include "core/models/model_registry.h"
#include "core/project/project.h"
#include "core/serving/demo_serving.h"
#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/serving/load_generator.h"
#include "core/serving/load_test_store.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "shell_test_support.h"
#include "ui/deploy/deployment_charts.h"
#include "ui/deploy/deployment_events_model.h"
#include "ui/deploy/deployment_state_badge.h"
#include "ui/deploy/deployment_tiles.h"
#include "ui/deploy/deployment_view.h"
#include "ui/deploy/deployments_pane.h"
#include "ui/deploy/deployments_table_model.h"
#include "ui/deploy/latency_histogram_chart.h"
#include "ui/deploy/live_time_chart.h"
#include "ui/deploy/load_test_form.h"
#include "ui/deploy/load_test_view.h"
#include "ui/deploy/load_tests_table_model.h"
#include "ui/deploy/route_split_view.h"
#include "ui/shell/main_window.h"
#include "ui/shell/navigator_model.h"
#include "ui/shell/navigator_pane.h"
#include "ui/shell/shell_docks.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/stat_tile.h"
#include "tests/fixtures/process_tree.h"

#include <QAreaSeries>
#include <QCheckBox>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <thread>

using namespace atelier;
using atelier::testing::childOf;

namespace {

// "12.3 ms", "0.84 ms", "4.20", "1,234": a figure, not "—".
bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[0-9][0-9,.]*(\\x{202f}(ms|%))?$"));
    return number.match(text).hasMatch();
}

} // namespace

class TestDeploymentView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TaskManager> m_tasks;
    std::unique_ptr<DeploymentSupervisor> m_supervisor;
    std::unique_ptr<DeploymentStore> m_store;
    std::unique_ptr<DeploymentView> m_view;
    std::int64_t m_v1 = 0, m_v2 = 0, m_id = 0;

    DeploymentState stored() { return m_store->deployment(m_id).value_or(DeploymentRecord{}).state; }

    std::int64_t registerModel(const QString &file, const QByteArray &content)
    {
        const QString path = m_dir.filePath(file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        ModelRegistry registry(m_project->database(), m_project->blobs(), m_project->audit());
        auto version = registry.registerLocal(DemoServing::modelName(), path);
        if (!version)
            qFatal("%s", qPrintable(version.error().toString()));
        return version->id;
    }

    QString inferUrl() const
    {
        return m_supervisor->status(m_id).value_or(DeploymentStatus{}).url
               + QStringLiteral("/v2/models/dominant-colour/infer");
    }

    // A version of a dataset of four one-colour images, for load-test bodies.
    void makeDatasetVersion()
    {
        const QString folder = m_dir.filePath(QStringLiteral("colours"));
        QVERIFY(QDir().mkpath(folder));
        const QList<QColor> colours{Qt::red, Qt::green, Qt::blue, Qt::white};
        for (int i = 0; i < colours.size(); ++i) {
            QImage image(16, 16, QImage::Format_RGB32);
            image.fill(colours[i]);
            QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("c%1.png").arg(i))));
        }
        TaskContext context;
        auto imported = FolderImport(m_project->database(), m_project->audit())
                            .importFolder(folder, QStringLiteral("colours"), context);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        auto version = DatasetVersions(m_project->database(), m_project->audit(), m_project->blobs())
                           .create(imported->datasetId, QStringLiteral("four colours"));
        QVERIFY2(version, qPrintable(version ? QString() : version.error().toString()));
    }

    void clickRun(LoadTestView *tests)
    {
        QSignalSpy stored(tests, &LoadTestView::testStored);
        QTest::mouseClick(tests->runButton(), Qt::LeftButton);
        QVERIFY2(tests->isRunning(), qPrintable(tests->messageLabel()->text()));
        QVERIFY(!tests->runButton()->isEnabled());
        QVERIFY(tests->cancelButton()->isEnabled());
        QVERIFY(stored.wait(30000));
        QTRY_VERIFY(!tests->isRunning());
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings();
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("project")));
        QVERIFY2(project.has_value(), qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        QVERIFY(TargetStore(m_project->database(), m_project->audit()).add(QStringLiteral("here"), QStringLiteral("local")));
        m_v1 = registerModel(DemoServing::modelFileName(), DemoServing::modelJson());
        QJsonObject second = QJsonDocument::fromJson(DemoServing::modelJson()).object();
        second.insert(QStringLiteral("description"), QStringLiteral("the second version"));
        m_v2 = registerModel(QStringLiteral("demo_model_v2.json"), QJsonDocument(second).toJson());
        m_store = std::make_unique<DeploymentStore>(m_project->database(), m_project->audit());
        m_tasks = std::make_unique<TaskManager>();
        m_supervisor = std::make_unique<DeploymentSupervisor>(*m_project, *m_tasks);
        m_supervisor->setScrapeInterval(1000);
        m_supervisor->setStopGrace(3000);
        m_supervisor->start();

        DeploymentRequest request;
        request.modelVersionId = m_v1;
        request.target = QStringLiteral("here");
        auto id = m_supervisor->deploy(request);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        m_id = *id;
    }

    void cleanupTestCase()
    {
        m_view.reset();
        if (m_supervisor && stored() != DeploymentState::Stopped && m_supervisor->stopDeployment(m_id))
            QTRY_COMPARE_WITH_TIMEOUT(stored(), DeploymentState::Stopped, 15000);
        m_supervisor.reset();
        if (m_tasks)
            m_tasks->waitForAll();
    }

    void liveChartBreaksWhereNoFiguresCame_data()
    {
        QTest::addColumn<QList<qint64>>("secondsAgo");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("points");

        QTest::newRow("steady") << QList<qint64>{50, 45, 40, 35} << 1 << 4;
        QTest::newRow("one gap") << QList<qint64>{300, 295, 60, 55, 50} << 2 << 5;
        QTest::newRow("two gaps") << QList<qint64>{900, 600, 595, 10} << 3 << 4;
        QTest::newRow("older than the hour") << QList<qint64>{4000, 3900, 20, 15} << 1 << 2;
    }

    void liveChartBreaksWhereNoFiguresCame()
    {
        QFETCH(QList<qint64>, secondsAgo);
        QFETCH(int, segments);
        QFETCH(int, points);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        LiveTimeChart chart(QStringLiteral("rps"));
        chart.addLine(QStringLiteral("rps"), QStringLiteral("requests/s"), Qt::blue);
        LiveTimeChart::Points history;
        for (qint64 ago : secondsAgo)
            history.append({now - ago * 1000, 1.0});
        chart.setPoints(QStringLiteral("rps"), history);
        QCOMPARE(chart.chart()->series().size(), segments);
        QCOMPARE(chart.pointCount(QStringLiteral("rps")), points);
        // Live points after a pause start another segment; close ones continue the last.
        chart.append(QStringLiteral("rps"), now + 60'000, 2.0);
        chart.append(QStringLiteral("rps"), now + 65'000, 2.0);
        QCOMPARE(chart.chart()->series().size(), segments + 1);
        QCOMPARE(chart.pointCount(QStringLiteral("rps")), points + 2);
    }

    void histogramBinsAreLogSpaced()
    {
        // 1,000 requests at 1.0 ms, 10 at 12 ms, 1 at 250 ms.
        const QJsonArray histogram{QJsonArray{1.0, 1000}, QJsonArray{12.0, 10}, QJsonArray{250.0, 1}};
        const QList<LatencyHistogramChart::Bin> bins = LatencyHistogramChart::bins(histogram);
        // From the bin ending at 1 ms to the one ending at 10^(24/10) ms (251), every bin between.
        QCOMPARE(bins.size(), 25);
        QCOMPARE(bins.constFirst().count, qint64(1000));
        QVERIFY(qAbs(bins.constFirst().upperMs - 1.0) < 1e-9);
        QVERIFY(qAbs(bins.constLast().upperMs - std::pow(10.0, 2.4)) < 1e-6);
        QCOMPARE(bins.constLast().count, qint64(1));
        qint64 total = 0;
        for (const LatencyHistogramChart::Bin &bin : bins) {
            QVERIFY(bin.lowerMs < bin.upperMs);
            total += bin.count;
        }
        QCOMPARE(total, qint64(1011));
        QVERIFY(LatencyHistogramChart::bins(QJsonArray{}).isEmpty());
    }

    void badgeFollowsTheServerToReady()
    {
        m_view = std::make_unique<DeploymentView>(*m_supervisor, *m_tasks, m_project->folder(), m_id);
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->badge()->state(), DeploymentState::Ready, 20000);
        QCOMPARE(m_view->badge()->text(), DeploymentStateBadge::tr("Ready"));
        QCOMPARE(m_view->deployment().name, QStringLiteral("dominant-colour-v1"));
        QTRY_VERIFY(m_view->tiles()->uptime()->value().endsWith(QStringLiteral(" s")));
        QVERIFY(m_view->stopButton()->isEnabled());
        QVERIFY(!m_view->routes()->isVisible()); // one version: no split to show

        // The health changes are in the events table, newest last.
        QTRY_VERIFY(m_view->events()->rowCount() >= 2);
        const int last = m_view->events()->rowCount() - 1;
        QCOMPARE(m_view->events()->index(last, DeploymentEventsModel::StateColumn).data().toString(),
                 DeploymentStateBadge::tr("Ready"));
        QCOMPARE(m_view->events()->index(0, DeploymentEventsModel::KindColumn).data().toString(),
                 DeploymentEventsModel::tr("Started"));

        // The roll-out choice offers the other version of the model.
        QCOMPARE(m_view->rollVersion()->count(), 2);
        QCOMPARE(m_view->rollVersion()->currentData().toLongLong(), m_v2);
        QVERIFY(m_view->rollButton()->isEnabled());
    }

    void tilesAndChartsShowTraffic()
    {
        LoadSettings settings;
        settings.url = inferUrl();
        settings.method = "POST";
        settings.bodies = {DemoServing::inferRequest({{230, 20, 20}})};
        settings.concurrency = 2;
        settings.duration = std::chrono::milliseconds(6000);
        settings.rate = 100;
        std::thread traffic([settings] { (void)LoadGenerator::run(settings); });
        const auto figures = [this] {
            DeploymentTiles *tiles = m_view->tiles();
            return isNumber(tiles->requestRate()->value()) && isNumber(tiles->errorRate()->value())
                   && isNumber(tiles->p50()->value()) && isNumber(tiles->p95()->value()) && isNumber(tiles->p99()->value());
        };
        QTRY_VERIFY_WITH_TIMEOUT(figures(), 8000);
        traffic.join();
        DeploymentTiles *tiles = m_view->tiles();
        QVERIFY2(QLocale().toDouble(tiles->requestRate()->value()) > 10, qPrintable(tiles->requestRate()->value()));
        QVERIFY2(tiles->p99()->value().endsWith(QStringLiteral("ms")), qPrintable(tiles->p99()->value()));
        QVERIFY2(tiles->p50()->note().startsWith(QStringLiteral("probe ")), qPrintable(tiles->p50()->note()));
        QVERIFY(m_view->charts()->requests()->pointCount(QStringLiteral("rps")) > 0);
        QVERIFY(m_view->charts()->latency()->pointCount(QStringLiteral("p99_ms")) > 0);
        QVERIFY(m_view->charts()->latency()->pointCount(QStringLiteral("probe_p99_ms")) > 0);
        QVERIFY(!m_view->charts()->gpu()->isVisible()); // no GPU samples
    }

    void loadTestFromTheViewIsStored()
    {
        const QString body = m_dir.filePath(QStringLiteral("request.json"));
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DemoServing::inferRequest({{20, 40, 230}}));
        file.close();

        m_view->showPage(DeploymentView::LoadTestPage);
        LoadTestView *tests = m_view->loadTests();
        LoadTestForm *form = tests->form();
        QCOMPARE(form->path()->text(), QStringLiteral("/v2/models/dominant-colour/infer"));
        form->bodySource()->setCurrentIndex(1);
        form->bodyFile()->setText(body);
        form->concurrency()->setValue(4);
        QTest::mouseClick(form->byCount(), Qt::LeftButton);
        QVERIFY(form->byCount()->isChecked());
        form->requestCount()->setValue(300);
        clickRun(tests);

        const QList<LoadTestRecord> stored = *LoadTestStore(m_project->database(), m_project->audit()).list(m_id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].requests, std::int64_t(300));
        QCOMPARE(stored[0].errors, std::int64_t(0));
        QCOMPARE(stored[0].deploymentId.value_or(0), m_id);
        QVERIFY(stored[0].p99Ms.has_value());
        QTRY_COMPARE(tests->history()->rowCount(), 1);
        QCOMPARE(tests->shownTest().value_or(0), stored[0].id);
        QCOMPARE(tests->tiles().at(0)->value(), QLocale().toString(300));
        QVERIFY(isNumber(tests->tiles().at(5)->value()));
        // The histogram is drawn: bins with every answered request in them.
        const QList<LatencyHistogramChart::Bin> bins = tests->histogram()->drawnBins();
        QVERIFY(!bins.isEmpty());
        qint64 counted = 0;
        for (const LatencyHistogramChart::Bin &bin : bins)
            counted += bin.count;
        QCOMPARE(counted, qint64(300));
        // Drawn as one step outline (four points a bin), with p50 and p99 marked.
        const QList<QAbstractSeries *> series = tests->histogram()->chart()->series();
        QCOMPARE(series.size(), 3);
        auto *area = qobject_cast<QAreaSeries *>(series[0]);
        QVERIFY(area);
        QCOMPARE(area->upperSeries()->count(), 4 * int(bins.size()));
        QVERIFY(series[1]->name().startsWith(QStringLiteral("p50 ")));
        QVERIFY(series[2]->name().startsWith(QStringLiteral("p99 ")));
    }

    void datasetVersionImagesAreBodies()
    {
        makeDatasetVersion();
        LoadTestView *tests = m_view->loadTests();
        QSignalSpy refreshed(tests, &LoadTestView::refreshed);
        tests->refresh();
        QVERIFY(refreshed.wait(5000));
        LoadTestForm *form = tests->form();
        form->bodySource()->setCurrentIndex(2);
        QCOMPARE(form->datasetVersion()->count(), 1);
        QVERIFY(form->datasetVersion()->currentText().startsWith(QStringLiteral("colours v1")));
        form->requestCount()->setValue(40);
        clickRun(tests);
        const QList<LoadTestRecord> stored = *LoadTestStore(m_project->database(), m_project->audit()).list(m_id);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].requests, std::int64_t(40));
        // Each image went as the demo model's infer request of its mean colour: all answered 200.
        QCOMPARE(stored[0].errors, std::int64_t(0));
        QCOMPARE(stored[0].settings.value(QStringLiteral("bodies")).toInt(), 4);
        QTRY_COMPARE(tests->history()->rowCount(), 2);
    }

    void cancelKeepsWhatRan()
    {
        LoadTestView *tests = m_view->loadTests();
        LoadTestForm *form = tests->form();
        form->bodySource()->setCurrentIndex(0); // GET the readiness route
        QCOMPARE(form->path()->text(), QStringLiteral("/v2/health/ready"));
        QTest::mouseClick(form->byDuration(), Qt::LeftButton);
        QVERIFY(form->byDuration()->isChecked());
        QVERIFY(!form->byCount()->isChecked()); // the two ends of a test are one choice
        form->duration()->setValue(60);
        form->fixedRate()->setChecked(true);
        form->rate()->setValue(200);
        QSignalSpy stored(tests, &LoadTestView::testStored);
        QTest::mouseClick(tests->runButton(), Qt::LeftButton);
        QVERIFY(tests->progressBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(tests->progressBar()->maximum() > 0 && tests->progressBar()->value() > 0, 15000);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(tests->cancelButton(), Qt::LeftButton);
        QVERIFY(stored.wait(5000));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY(tests->runButton()->isEnabled());
        const LoadTestRecord last = LoadTestStore(m_project->database(), m_project->audit()).list(m_id)->constFirst();
        QVERIFY(last.settings.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("canceled")).toBool());
        QVERIFY(last.requests > 0);
        QCOMPARE(last.settings.value(QStringLiteral("mode")).toString(), QStringLiteral("open"));
        QTRY_COMPARE(tests->history()->rowCount(), 3);
        QVERIFY(tests->history()->index(0, LoadTestsTableModel::StartedColumn).data().toString().contains(
            QStringLiteral("cancelled")));
        m_view->showPage(DeploymentView::DashboardPage);
    }

    void rollsOutTheChosenVersion()
    {
        QCOMPARE(m_view->rollVersion()->currentData().toLongLong(), m_v2);
        QTest::mouseClick(m_view->rollButton(), Qt::LeftButton);
        QVERIFY(!m_view->rollButton()->isEnabled()); // while the roll-out runs
        QVERIFY(!m_view->stopButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_store->deployment(m_id)->modelVersionId, m_v2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->deployment().modelVersion, std::int64_t(2), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->actionResult()->text().startsWith(DeploymentView::tr("Rolled out")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->badge()->state(), DeploymentState::Ready, 20000);
        QVERIFY(m_view->rollVersion()->currentText().contains(QStringLiteral("v1")));
        QVERIFY(m_view->stopButton()->isEnabled());
        bool rollout = false;
        for (int row = 0; row < m_view->events()->rowCount(); ++row)
            rollout = rollout || m_view->events()->event(row)->kind == DeploymentEventKind::Rollout;
        QVERIFY(rollout);
    }

    void killedServerShowsDownWithin2s()
    {
        const DeploymentRecord record = *m_store->deployment(m_id);
        const JobRecord job = *JobStore(m_project->database(), m_project->audit()).job(*record.jobId);
        QFile pidFile(job.folder + QStringLiteral("/pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 server = childOf(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(server > 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(::kill(pid_t(server), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->badge()->state(), DeploymentState::Down, 2000);
        QVERIFY2(timer.elapsed() <= 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_view->badge()->text(), DeploymentStateBadge::tr("Down"));
        QVERIFY2(m_view->reasonLabel()->text().contains(QStringLiteral("signal 9")), qPrintable(m_view->reasonLabel()->text()));
        QCOMPARE(m_view->tiles()->uptime()->value(), QStringLiteral("—"));
    }

    void restartThenStopFromTheButtons()
    {
        QTest::mouseClick(m_view->restartButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->badge()->state(), DeploymentState::Ready, 20000);
        QTRY_VERIFY(m_view->stopButton()->isEnabled());
        QTest::mouseClick(m_view->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), DeploymentState::Stopped, 10000);
        QTRY_COMPARE(m_view->badge()->state(), DeploymentState::Stopped);
        QTRY_COMPARE(m_view->actionResult()->text(), DeploymentView::tr("Stopped."));
        QVERIFY(!m_view->stopButton()->isEnabled());
        QCOMPARE(m_view->restartButton()->text(), DeploymentView::tr("Start"));
    }

    void trafficSplitShowsEachVersion()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString a = QString::number(m_v1), b = QString::number(m_v2);
        QVERIFY(m_store->addSamples(m_id, now, {{QStringLiteral("route.") + a + QStringLiteral(".share"), 0.9},
                                                {QStringLiteral("route.") + b + QStringLiteral(".share"), 0.1},
                                                {QStringLiteral("route.") + a + QStringLiteral(".p50_ms"), 2.5},
                                                {QStringLiteral("route.") + b + QStringLiteral(".p99_ms"), 40.0}}));
        DeploymentView view(*m_supervisor, *m_tasks, m_project->folder(), m_id);
        view.show();
        QSignalSpy loaded(&view, &DeploymentView::loaded);
        QVERIFY(loaded.wait(5000));
        RouteSplitView *routes = view.routes();
        QVERIFY(routes->isVisible());
        QTableWidget *table = routes->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("dominant-colour v1"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("dominant-colour v2"));
        QCOMPARE(qobject_cast<QProgressBar *>(table->cellWidget(0, 1))->value(), 900);
        QCOMPARE(qobject_cast<QProgressBar *>(table->cellWidget(1, 1))->value(), 100);
        QVERIFY(table->item(0, 3)->text().startsWith(QLocale().toString(2.5, 'f', 1)));
        QVERIFY(table->item(1, 4)->text().startsWith(QLocale().toString(40.0, 'f', 1)));
    }

    void navigatorOpensTheDashboard()
    {
        m_view.reset();
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::catalogShown);
        window.openProject(m_project->folder());
        QVERIFY(shown.wait(10000));
        QVERIFY(window.deploymentSupervisor() != nullptr);
        const QModelIndex item = window.navigatorModel().itemIndex(ProjectCatalog::Section::Deployments, m_id);
        QVERIFY(item.isValid());
        QCOMPARE(item.data().toString(), QStringLiteral("dominant-colour-v1"));
        QTreeView *tree = window.docks().navigator->view();
        tree->expand(item.parent());
        tree->scrollTo(item);
        const QRect rect = tree->visualRect(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        auto *view = window.findChild<DeploymentView *>();
        QVERIFY(view);
        QCOMPARE(view->deploymentId(), m_id);
        QTRY_COMPARE(view->badge()->state(), DeploymentState::Stopped);
        QVERIFY2(view->reasonLabel()->text().contains(QStringLiteral("stopped by")), qPrintable(view->reasonLabel()->text()));

        // The deployments table lists it with its state.
        DeploymentsPane *pane = window.openDeployments();
        QVERIFY(pane);
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(pane->model()->index(0, DeploymentsTableModel::StateColumn).data().toString(),
                 DeploymentStateBadge::tr("Stopped"));
        QCOMPARE(pane->model()->index(0, DeploymentsTableModel::ModelColumn).data().toString(),
                 QStringLiteral("dominant-colour v2"));
        window.close();
    }
};

QTEST_MAIN(TestDeploymentView)
#include "tst_deployment_view.moc"
