// Tests LineageView on a store built through the core APIs: what it draws is LineageGraph's graph
// (same nodes, same edges, laid out left to right without overlaps), a click selects, a
// double-click opens the node's kind and row, focusing upstream reads a smaller graph from the
// selected node, zoom and pan move the view, and the SVG and PNG exports are valid images.
#include "core/models/lineage_graph.h"
#include "core/tasks/task_manager.h"
#include "model_project.h"
#include "shell_test_support.h"
#include "ui/datasets/dataset_pane.h"
#include "ui/experiments/run_view.h"
#include "ui/jobs/job_view.h"
#include "ui/models/registry_view.h"
#include "ui/shell/document_area.h"
#include "ui/shell/main_window.h"
#include "ui/models/lineage_canvas.h"
#include "ui/models/lineage_edge_item.h"
#include "ui/models/lineage_layout.h"
#include "ui/models/lineage_node_item.h"
#include "ui/models/lineage_scene.h"
#include "ui/models/lineage_view.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTabWidget>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

using namespace atelier;
using atelier::testing::ModelProject;

namespace {

QString key(const char *kind, std::int64_t id)
{
    return QString::fromLatin1(kind) + u':' + QString::number(id);
}

QStringList shownNodes(const LineageView &view)
{
    QStringList keys;
    for (const LineageNodeItem *item : view.scene()->nodeItems())
        keys.append(item->key());
    return keys;
}

QList<LineageEdge> shownEdges(const LineageView &view)
{
    QList<LineageEdge> edges;
    for (const LineageEdgeItem *item : view.scene()->edgeItems())
        edges.append(item->edge());
    return edges;
}

QStringList keysOf(const LineageGraph &graph)
{
    QStringList keys;
    for (const LineageNode &node : graph.nodes())
        keys.append(node.key());
    return keys;
}

QRectF boxOf(const LineageNodeItem *item)
{
    // boundingRect holds the selection halo (4 units) around the box.
    return item->mapRectToScene(item->boundingRect().adjusted(4, 4, -4, -4));
}

} // namespace

class TestLineageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsWhatLineageGraphReads_data();
    void showsWhatLineageGraphReads();
    void clickSelectsAndDoubleClickOpens_data();
    void clickSelectsAndDoubleClickOpens();
    void focusUpstreamReadsASmallerGraph();
    void zoomAndPanMoveTheView();
    void exportsValidSvgAndPng();
    void exportToAMissingFolderSaysSo();
    void anUnknownNodeIsExplained();
    void laysOutAFewHundredNodes();
    void mainWindowOpensWhatANodeNames();

private:
    // A view of `node`, shown at 1200x800 and loaded.
    std::unique_ptr<LineageView> open(const QString &node, LineageDirection direction = LineageDirection::Both)
    {
        auto view = std::make_unique<LineageView>(*m_tasks, m_dir.filePath(QStringLiteral("project")), node, direction);
        QSignalSpy loaded(view.get(), &LineageView::loaded);
        view->resize(1200, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()) || (loaded.isEmpty() && !loaded.wait(10000)))
            return nullptr;
        return view;
    }

    QPoint viewPosOf(LineageView &view, const QString &nodeKey)
    {
        LineageNodeItem *item = view.scene()->nodeItem(nodeKey);
        return item ? view.canvas()->mapFromScene(item->scenePos()) : QPoint(-1, -1);
    }

    QTemporaryDir m_dir;
    ModelProject m_data;
    std::unique_ptr<TaskManager> m_tasks;
};

void TestLineageView::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_data = ModelProject::build(m_dir.filePath(QStringLiteral("project")));
    m_tasks = std::make_unique<TaskManager>();
}

void TestLineageView::cleanupTestCase()
{
    m_tasks->waitForAll();
}

void TestLineageView::showsWhatLineageGraphReads_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("rowId");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("nodeCount");

    QTest::newRow("deployment upstream") << "deployment" << qint64(m_data.deployment) << int(LineageDirection::Upstream) << 7;
    QTest::newRow("model version both") << "model_version" << qint64(m_data.modelVersion2) << int(LineageDirection::Both) << 7;
    // dataset, 2 versions, 2 jobs, 3 runs, 2 model versions, the deployment
    QTest::newRow("dataset downstream") << "dataset" << qint64(m_data.dataset) << int(LineageDirection::Downstream) << 11;
    QTest::newRow("job both") << "job" << qint64(m_data.job2) << int(LineageDirection::Both) << 7;
}

void TestLineageView::showsWhatLineageGraphReads()
{
    QFETCH(QString, kind);
    QFETCH(qint64, rowId);
    QFETCH(int, direction);
    QFETCH(int, nodeCount);
    auto view = open(kind + u':' + QString::number(rowId), LineageDirection(direction));
    QVERIFY(view);
    auto expected = LineageGraph::load(m_data.project->database(), kind, rowId, LineageDirection(direction));
    QVERIFY(expected);

    QCOMPARE(shownNodes(*view), keysOf(*expected));
    QCOMPARE(shownNodes(*view).size(), nodeCount);
    QCOMPARE(shownEdges(*view), expected->edges());
    QCOMPARE(view->graph().rootKey(), kind + u':' + QString::number(rowId));
    const LineageNodeItem *root = view->scene()->nodeItem(view->graph().rootKey());
    QVERIFY(root && root->isRoot());
    QCOMPARE(view->selectedKey(), root->key());

    // Layers run left to right, every arrow ends at the box it points to, and no boxes overlap.
    for (const LineageEdgeItem *edge : view->scene()->edgeItems()) {
        const LineageNodeItem *from = view->scene()->nodeItem(edge->edge().from);
        const LineageNodeItem *to = view->scene()->nodeItem(edge->edge().to);
        QVERIFY(from && to);
        QVERIFY2(boxOf(from).right() < boxOf(to).left(), qPrintable(edge->edge().from + u' ' + edge->edge().to));
        const QPointF tip = edge->route().arrowTip;
        QVERIFY(boxOf(to).adjusted(-3, -3, 3, 3).contains(tip));
        QVERIFY(!boxOf(to).adjusted(3, 3, -3, -3).contains(tip));
        QVERIFY(!edge->route().path.isEmpty());
    }
    const QList<LineageNodeItem *> &items = view->scene()->nodeItems();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j)
            QVERIFY2(!boxOf(items[i]).intersects(boxOf(items[j])), qPrintable(items[i]->key() + u' ' + items[j]->key()));
    }
    // The whole graph is in sight after loading.
    QVERIFY(view->canvas()->mapToScene(view->canvas()->viewport()->rect()).boundingRect()
                .contains(view->scene()->itemsBoundingRect()));
    QVERIFY(view->title().contains(root->node().label));
}

void TestLineageView::clickSelectsAndDoubleClickOpens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("rowId");

    QTest::newRow("dataset version") << "dataset_version" << qint64(m_data.version2);
    QTest::newRow("job") << "job" << qint64(m_data.job2);
    QTest::newRow("run") << "run" << qint64(m_data.run3);
    QTest::newRow("model version") << "model_version" << qint64(m_data.modelVersion2);
    QTest::newRow("deployment") << "deployment" << qint64(m_data.deployment);
}

void TestLineageView::clickSelectsAndDoubleClickOpens()
{
    QFETCH(QString, kind);
    QFETCH(qint64, rowId);
    auto view = open(key("deployment", m_data.deployment), LineageDirection::Upstream);
    QVERIFY(view);
    const QString nodeKey = kind + u':' + QString::number(rowId);
    const QPoint at = viewPosOf(*view, nodeKey);
    QVERIFY(view->canvas()->viewport()->rect().contains(at));

    QTest::mouseClick(view->canvas()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(view->selectedKey(), nodeKey);
    QVERIFY(view->openAction()->isEnabled());

    QSignalSpy activated(view.get(), &LineageView::nodeActivated);
    QTest::mouseDClick(view->canvas()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), kind);
    QCOMPARE(activated[0][1].toLongLong(), rowId);

    // Enter opens the selected node too.
    view->canvas()->setFocus();
    QTest::keyClick(view->canvas(), Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated[1][1].toLongLong(), rowId);
}

void TestLineageView::focusUpstreamReadsASmallerGraph()
{
    auto view = open(key("model_version", m_data.modelVersion2));
    QVERIFY(view);
    const qsizetype before = view->graph().nodes().size();
    const QString run = key("run", m_data.run3);
    QTest::mouseClick(view->canvas()->viewport(), Qt::LeftButton, {}, viewPosOf(*view, run));
    QCOMPARE(view->selectedKey(), run);

    QSignalSpy loaded(view.get(), &LineageView::loaded);
    view->upstreamAction()->trigger();
    QVERIFY(view->isLoading());
    QVERIFY(loaded.wait(10000));
    auto expected = LineageGraph::load(m_data.project->database(), QStringLiteral("run"), m_data.run3,
                                       LineageDirection::Upstream);
    QVERIFY(expected);
    QCOMPARE(view->graph().rootKey(), run);
    QCOMPARE(view->graph().direction(), LineageDirection::Upstream);
    QVERIFY(view->upstreamAction()->isChecked());
    QCOMPARE(shownNodes(*view), keysOf(*expected));
    QCOMPARE(shownEdges(*view), expected->edges());
    QVERIFY(view->graph().nodes().size() < before);
    QVERIFY(!view->scene()->nodeItem(key("model_version", m_data.modelVersion2)));
    QVERIFY(!view->scene()->nodeItem(key("deployment", m_data.deployment)));
    QVERIFY(view->scene()->nodeItem(key("dataset_version", m_data.version2)));

    // Downstream from the dataset version reaches what was made from it, and nothing before it.
    view->selectNode(key("dataset_version", m_data.version2));
    view->downstreamAction()->trigger();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!view->scene()->nodeItem(key("dataset", m_data.dataset)));
    QVERIFY(view->scene()->nodeItem(key("deployment", m_data.deployment)));
    QVERIFY(!view->scene()->nodeItem(key("run", m_data.run1)));
}

void TestLineageView::zoomAndPanMoveTheView()
{
    auto view = open(key("dataset", m_data.dataset), LineageDirection::Downstream);
    QVERIFY(view);
    LineageCanvas *canvas = view->canvas();
    canvas->setFocus();
    const double fitted = canvas->zoom();
    QTest::keyClick(canvas, Qt::Key_Plus);
    QVERIFY(canvas->zoom() > fitted * 1.2);
    QTest::keyClick(canvas, Qt::Key_Minus);
    QVERIFY(qAbs(canvas->zoom() - fitted) < 1e-6);
    QWheelEvent wheel(QPointF(600, 400), canvas->viewport()->mapToGlobal(QPointF(600, 400)), {}, {0, 240},
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &wheel);
    QVERIFY(canvas->zoom() > fitted * 1.4);

    // Dragging the background pans: the scroll bars move with the pointer.
    QScrollBar *bar = canvas->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    const int start = bar->value();
    QPoint from(5, canvas->viewport()->height() - 5);
    QVERIFY(canvas->items(from).isEmpty());
    QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(canvas->viewport(), from + QPoint(step * 20, 0));
    QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, from + QPoint(100, 0));
    QVERIFY2(bar->value() < start, qPrintable(QStringLiteral("%1 -> %2").arg(start).arg(bar->value())));

    view->findChild<QAction *>(QStringLiteral("lineageFitAction"))->trigger();
    QVERIFY(qAbs(canvas->zoom() - fitted) < 1e-6);
}

void TestLineageView::exportsValidSvgAndPng()
{
    auto view = open(key("model_version", m_data.modelVersion2));
    QVERIFY(view);
    const QString svgPath = m_dir.filePath(QStringLiteral("lineage.svg"));
    const QString pngPath = m_dir.filePath(QStringLiteral("lineage.png"));
    auto svg = view->exportSvg(svgPath);
    QVERIFY2(svg, qPrintable(svg ? QString() : svg.error().toString()));
    QSvgRenderer renderer(svgPath);
    QVERIFY(renderer.isValid());
    const QRectF content = view->scene()->contentRect();
    QCOMPARE(renderer.viewBoxF().size().toSize(), content.size().toSize());
    QFile file(svgPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    for (const char *label : {"detector v2", "detector-api", "detector-lr1e-3-retry", "shapes v2"})
        QVERIFY2(text.contains(label), label);
    // The selection is not part of the picture, and stays in the view.
    QCOMPARE(view->selectedKey(), key("model_version", m_data.modelVersion2));

    auto png = view->exportPng(pngPath);
    QVERIFY2(png, qPrintable(png ? QString() : png.error().toString()));
    QImage image(pngPath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (content.size() * 2).toSize());
    // Not a blank picture: the boxes' colours are in it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
}

void TestLineageView::exportToAMissingFolderSaysSo()
{
    auto view = open(key("job", m_data.job1));
    QVERIFY(view);
    const QString path = m_dir.filePath(QStringLiteral("no such folder/lineage.svg"));
    auto svg = view->exportSvg(path);
    QVERIFY(!svg);
    QVERIFY(svg.error().message.contains(QStringLiteral("lineage.svg")));
    auto png = view->exportPng(m_dir.filePath(QStringLiteral("no such folder/lineage.png")));
    QVERIFY(!png);
    QVERIFY(png.error().message.contains(QStringLiteral("lineage.png")));
}

void TestLineageView::anUnknownNodeIsExplained()
{
    LineageView view(*m_tasks, m_dir.filePath(QStringLiteral("project")), QStringLiteral("model_version:detector/9"));
    QSignalSpy problem(&view, &LineageView::problem);
    QVERIFY(problem.wait(10000));
    QVERIFY(problem[0][1].toString().contains(QStringLiteral("detector/9")));
    QVERIFY(view.graph().nodes().isEmpty());
    QVERIFY(!view.exportSvgAction()->isEnabled());
    QVERIFY(!view.exportSvg(m_dir.filePath(QStringLiteral("none.svg"))));
}

void TestLineageView::laysOutAFewHundredNodes()
{
    // A wide pipeline: 20 dataset versions, each feeding 5 jobs whose runs make one model version
    // each, and every 10th version deployed: 20 + 100 + 100 + 100 + 10 = 330 boxes.
    LineageLayoutInput input;
    const auto add = [&input](const QString &key) { input.nodes.append({key, QSizeF(180, 56)}); };
    for (int v = 0; v < 20; ++v) {
        add(QStringLiteral("v%1").arg(v));
        for (int j = 0; j < 5; ++j) {
            const QString job = QStringLiteral("j%1.%2").arg(v).arg(j);
            const QString run = QStringLiteral("r%1.%2").arg(v).arg(j);
            const QString model = QStringLiteral("m%1.%2").arg(v).arg(j);
            add(job);
            add(run);
            add(model);
            input.edges.append({QStringLiteral("v%1").arg(v), job, QStringLiteral("input")});
            input.edges.append({job, run, QStringLiteral("run")});
            input.edges.append({run, model, QStringLiteral("output")});
            if ((v * 5 + j) % 10 == 0) {
                add(QStringLiteral("d%1.%2").arg(v).arg(j));
                input.edges.append({model, QStringLiteral("d%1.%2").arg(v).arg(j), QStringLiteral("deployment")});
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    auto placement = LineageLayout::compute(input);
    QVERIFY2(placement, qPrintable(placement ? QString() : placement.error().toString()));
    qInfo("Laid out %d nodes and %d edges in %lld ms", int(input.nodes.size()), int(input.edges.size()),
          timer.elapsed());
    QCOMPARE(placement->centers.size(), input.nodes.size());
    QCOMPARE(placement->routes.size(), input.edges.size());
    for (qsizetype i = 0; i < input.edges.size(); ++i) {
        QVERIFY(placement->centers[input.edges[i].from].x() < placement->centers[input.edges[i].to].x());
        QVERIFY(!placement->routes[i].path.isEmpty());
        QVERIFY(placement->bounds.adjusted(-1, -1, 1, 1).contains(placement->routes[i].arrowTip));
    }
}

void TestLineageView::mainWindowOpensWhatANodeNames()
{
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QSignalSpy shown(&window, &MainWindow::catalogShown);
    window.openProject(m_dir.filePath(QStringLiteral("project")));
    QVERIFY(shown.wait(20000));

    LineageView *view = window.openLineage(key("deployment", m_data.deployment));
    QVERIFY(view);
    QSignalSpy loaded(view, &LineageView::loaded);
    QVERIFY(loaded.wait(10000));
    QTabWidget *tabs = window.documents().tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Lineage of detector-api"));

    // Each kind opens in its own view; a deployment is handed on to whoever shows deployments.
    view->activateNode(key("run", m_data.run3));
    auto *run = qobject_cast<RunView *>(tabs->currentWidget());
    QVERIFY(run);
    QCOMPARE(run->runId(), m_data.run3Uuid);
    view->activateNode(key("job", m_data.job2));
    auto *job = qobject_cast<JobView *>(tabs->currentWidget());
    QVERIFY(job);
    QCOMPARE(job->jobId(), m_data.job2);
    view->activateNode(key("dataset_version", m_data.version2));
    auto *dataset = qobject_cast<DatasetPane *>(tabs->currentWidget());
    QVERIFY(dataset);
    QCOMPARE(dataset->datasetId(), m_data.dataset);
    view->activateNode(key("model_version", m_data.modelVersion2));
    auto *registry = qobject_cast<RegistryView *>(tabs->currentWidget());
    QVERIFY(registry);
    QTRY_VERIFY_WITH_TIMEOUT(registry->currentVersion() && registry->currentVersion()->id == m_data.modelVersion2, 10000);
    QSignalSpy deployment(&window, &MainWindow::deploymentActivated);
    view->activateNode(key("deployment", m_data.deployment));
    QCOMPARE(deployment.size(), 1);
    QCOMPARE(deployment[0][0].toLongLong(), m_data.deployment);

    // The registry's Lineage opens the version's graph in a tab of its own.
    registry->lineageAction()->trigger();
    auto *versionLineage = qobject_cast<LineageView *>(tabs->currentWidget());
    QVERIFY(versionLineage && versionLineage != view);
    QSignalSpy versionLoaded(versionLineage, &LineageView::loaded);
    QVERIFY(versionLoaded.wait(10000));
    QCOMPARE(versionLineage->graph().rootKey(), key("model_version", m_data.modelVersion2));
}

QTEST_MAIN(TestLineageView)
#include "tst_lineage_view.moc"
