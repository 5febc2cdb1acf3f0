// LineageView: the graph is read and laid out in one task (store reads and Graphviz never run on
// the GUI thread); the scene is built when it comes back. A later read replaces an earlier one
// still running: each carries a generation, and only the newest is shown.
#include "ui/models/lineage_view.h"

#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "ui/models/lineage_canvas.h"
#include "ui/models/lineage_layout.h"
#include "ui/models/lineage_node_item.h"
#include "ui/models/lineage_scene.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atelier {

namespace {

// A PNG larger than this on its longer side is rendered at a lower scale.
constexpr double MaxPngSide = 16000;

QString safeFileName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    return text;
}

} // namespace

struct LineageView::Loaded
{
    LineageGraph graph;
    LineagePlacement placement;
    QHash<QString, QSizeF> sizes;
};

LineageView::LineageView(TaskManager &tasks, const QString &projectFolder, const QString &node,
                         LineageDirection direction, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_projectFolder(projectFolder)
    , m_node(node)
    , m_direction(direction)
    , m_exportFolder(QDir::homePath())
    , m_scene(new LineageScene(LineageNodeStyle(font(), palette()), this))
    , m_canvas(new LineageCanvas(m_scene, this))
    , m_message(new EmptyState(Icons::named(QStringLiteral("lineage")), QString(), QString(), this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_directions(new QActionGroup(this))
{
    setObjectName(QStringLiteral("lineageView"));
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setContentsMargins(8, 0, 8, 0);
    createActions();
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_canvas);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeToolBar());
    layout->addWidget(m_stack, 1);

    setFocusProxy(m_canvas); // the keys (+, -, 0, Enter) go to the graph
    connect(m_canvas, &LineageCanvas::nodeDoubleClicked, this, &LineageView::activateNode);
    connect(m_canvas, &LineageCanvas::menuRequested, this, &LineageView::showMenu);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &LineageView::updateActions);
    showNode(node, direction);
}

LineageView::~LineageView() = default;

void LineageView::createActions()
{
    const auto make = [this](const char *icon, const QString &text, const char *name) {
        auto *action = new QAction(Icons::named(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_open = make("go-next", tr("&Open"), "lineageOpenAction");
    m_open->setToolTip(tr("Open the selected node in its own view (or double-click it)"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_upstream = make("upstream", tr("&Upstream"), "lineageUpstreamAction");
    m_upstream->setToolTip(tr("Show where the selected node came from"));
    m_downstream = make("downstream", tr("&Downstream"), "lineageDownstreamAction");
    m_downstream->setToolTip(tr("Show what was made from the selected node"));
    m_both = make("lineage", tr("&Both Ways"), "lineageBothAction");
    m_both->setToolTip(tr("Show both where the selected node came from and what was made from it"));
    for (QAction *action : {m_upstream, m_downstream, m_both}) {
        action->setCheckable(true);
        m_directions->addAction(action);
    }
    m_zoomIn = make("zoom-in", tr("Zoom &In"), "lineageZoomInAction");
    m_zoomIn->setToolTip(tr("Zoom in (+, or the mouse wheel)"));
    m_zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    m_zoomOut = make("zoom-out", tr("Zoom &Out"), "lineageZoomOutAction");
    m_zoomOut->setToolTip(tr("Zoom out (-, or the mouse wheel)"));
    m_zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    m_fit = make("zoom-fit", tr("&Fit"), "lineageFitAction");
    m_fit->setToolTip(tr("Show the whole graph (0)"));
    m_fit->setShortcut(QKeySequence(Qt::Key_0));
    m_exportSvg = make("export", tr("Export as &SVG…"), "lineageExportSvgAction");
    m_exportPng = make("export", tr("Export as &PNG…"), "lineageExportPngAction");
    m_refresh = make("refresh", tr("&Refresh"), "lineageRefreshAction");
    m_refresh->setShortcut(QKeySequence::Refresh);

    connect(m_open, &QAction::triggered, this, [this] { activateNode(selectedKey()); });
    connect(m_upstream, &QAction::triggered, this, [this] { focusSelected(LineageDirection::Upstream); });
    connect(m_downstream, &QAction::triggered, this, [this] { focusSelected(LineageDirection::Downstream); });
    connect(m_both, &QAction::triggered, this, [this] { focusSelected(LineageDirection::Both); });
    connect(m_zoomIn, &QAction::triggered, m_canvas, &LineageCanvas::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_canvas, &LineageCanvas::zoomOut);
    connect(m_fit, &QAction::triggered, m_canvas, &LineageCanvas::fitAll);
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportFromDialog(true); });
    connect(m_exportPng, &QAction::triggered, this, [this] { exportFromDialog(false); });
    connect(m_refresh, &QAction::triggered, this, &LineageView::reload);
}

QWidget *LineageView::makeToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_open);
    bar->addSeparator();
    bar->addActions({m_upstream, m_downstream, m_both});
    bar->addSeparator();
    bar->addActions({m_zoomIn, m_zoomOut, m_fit});
    // Zoom is read from its icons; the room goes to the words that need it and to the status.
    for (QAction *action : {m_zoomIn, m_zoomOut, m_fit}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    // Both exports behind one button: the toolbar keeps room for the status on narrow windows.
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("lineageExportButton"));
    exportButton->setIcon(Icons::named(QStringLiteral("export")));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the graph as an SVG or PNG image"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions({m_exportSvg, m_exportPng});
    exportButton->setMenu(exportMenu);
    connect(m_exportSvg, &QAction::changed, exportButton,
            [this, exportButton] { exportButton->setEnabled(m_exportSvg->isEnabled()); });
    bar->addWidget(exportButton);
    bar->addAction(m_refresh);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_status);
    return bar;
}

QString LineageView::title() const
{
    const LineageNode *root = m_graph.node(m_graph.rootKey());
    return root ? tr("Lineage of %1").arg(root->label) : tr("Lineage");
}

QString LineageView::selectedKey() const
{
    return m_scene->selectedKey();
}

void LineageView::selectNode(const QString &key)
{
    m_scene->selectNode(key);
}

void LineageView::showNode(const QString &node, LineageDirection direction)
{
    m_node = node;
    m_direction = direction;
    m_loading = true;
    const int generation = ++m_generation;
    if (m_graph.nodes().isEmpty()) {
        m_message->setTitle(tr("Reading the lineage…"));
        m_message->setText(tr("Following the links from the data to the deployments."));
        m_stack->setCurrentWidget(m_message);
    }
    updateActions();
    updateStatus();
    auto loaded = std::make_shared<Loaded>();
    const LineageNodeStyle style(font(), palette());
    const LineageNode *known = m_graph.node(node);
    m_tasks.start(tr("Laying out the lineage of %1").arg(known ? known->label : node),
                  [folder = m_projectFolder, node, direction, style, loaded](TaskContext &context) -> Status {
        auto db = Project::connect(folder);
        if (!db)
            return fail(db.error());
        auto root = LineageGraph::resolve(**db, node);
        if (!root)
            return fail(root.error());
        auto graph = LineageGraph::load(**db, root->kind, root->rowId, direction);
        if (!graph)
            return fail(graph.error());
        if (context.isCanceled())
            return fail(tr("Canceled before the graph was laid out."));
        LineageLayoutInput input;
        input.captionPointSize = style.edgeFont().pointSizeF();
        for (const LineageNode &n : graph->nodes()) {
            const QSizeF size = style.sizeOf(n);
            loaded->sizes.insert(n.key(), size);
            input.nodes.append({n.key(), size});
        }
        for (const LineageEdge &edge : graph->edges())
            input.edges.append({edge.from, edge.to, edge.relation});
        auto placement = LineageLayout::compute(input);
        if (!placement)
            return fail(placement.error());
        loaded->graph = std::move(*graph);
        loaded->placement = std::move(*placement);
        return {};
    }, this, [this, generation, loaded](const Status &status) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!status) {
            showFailure(status.error());
            return;
        }
        adopt(*loaded);
    });
}

void LineageView::focusSelected(LineageDirection direction)
{
    const QString key = selectedKey();
    showNode(key.isEmpty() ? m_graph.rootKey() : key, direction);
}

void LineageView::reload()
{
    showNode(m_node, m_direction);
}

void LineageView::adopt(const Loaded &result)
{
    const QString selected = selectedKey();
    m_graph = result.graph;
    m_scene->showGraph(m_graph, result.placement, result.sizes);
    m_scene->selectNode(m_graph.contains(selected) ? selected : m_graph.rootKey());
    m_stack->setCurrentWidget(m_canvas);
    m_canvas->fitAll();
    updateActions();
    updateStatus();
    Q_EMIT loaded();
}

void LineageView::showFailure(const Error &error)
{
    m_graph = LineageGraph();
    m_scene->showGraph(m_graph, {}, {});
    m_message->setTitle(tr("The lineage cannot be shown"));
    m_message->setText(error.message);
    m_stack->setCurrentWidget(m_message);
    updateActions();
    updateStatus();
    Q_EMIT problem(tr("The lineage of %1 could not be shown").arg(m_node), error.toString());
}

void LineageView::updateActions()
{
    const bool haveGraph = !m_graph.nodes().isEmpty();
    const bool selected = !selectedKey().isEmpty();
    m_open->setEnabled(selected);
    for (QAction *action : {m_upstream, m_downstream, m_both})
        action->setEnabled(haveGraph && !m_loading);
    m_upstream->setChecked(m_direction == LineageDirection::Upstream);
    m_downstream->setChecked(m_direction == LineageDirection::Downstream);
    m_both->setChecked(m_direction == LineageDirection::Both);
    for (QAction *action : {m_zoomIn, m_zoomOut, m_fit, m_exportSvg, m_exportPng})
        action->setEnabled(haveGraph);
    m_refresh->setEnabled(!m_loading);
}

void LineageView::updateStatus()
{
    if (m_loading) {
        m_status->setText(tr("Reading…"));
        return;
    }
    const LineageNode *root = m_graph.node(m_graph.rootKey());
    if (!root) {
        m_status->clear();
        return;
    }
    const QString nodes = tr("%n node(s)", nullptr, int(m_graph.nodes().size()));
    const QString edges = tr("%n edge(s)", nullptr, int(m_graph.edges().size()));
    const QString around = m_direction == LineageDirection::Upstream     ? tr("upstream of %1")
                           : m_direction == LineageDirection::Downstream ? tr("downstream of %1")
                                                                         : tr("around %1");
    m_status->setText(tr("%1, %2 %3").arg(nodes, edges, around.arg(root->label)));
}

void LineageView::activateNode(const QString &key)
{
    if (const LineageNode *node = m_graph.node(key))
        Q_EMIT nodeActivated(node->kind, node->rowId);
}

void LineageView::showMenu(const QPoint &globalPos, const QString &key)
{
    QMenu menu(this);
    if (!key.isEmpty()) {
        menu.addAction(m_open);
        menu.addSeparator();
        menu.addActions({m_upstream, m_downstream, m_both});
        menu.addSeparator();
    }
    menu.addActions({m_fit, m_exportSvg, m_exportPng});
    menu.exec(globalPos);
}

void LineageView::renderGraph(QPainter &painter, const QRectF &target)
{
    // The export shows the graph, not what happens to be selected.
    const QString selected = selectedKey();
    m_scene->clearSelection();
    m_scene->render(&painter, target, m_scene->contentRect());
    m_scene->selectNode(selected);
}

Status LineageView::exportSvg(const QString &path)
{
    const QRectF source = m_scene->contentRect();
    if (m_graph.nodes().isEmpty() || source.isEmpty())
        return fail(tr("There is no graph to export yet."));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title());
    svg.setDescription(tr("Lineage graph exported from Atelier"));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(tr("Could not write %1: check that its folder exists and can be written to.")
                        .arg(QDir::toNativeSeparators(path)));
    renderGraph(painter, QRectF(QPointF(0, 0), source.size()));
    if (!painter.end())
        return fail(tr("Could not finish writing %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status LineageView::exportPng(const QString &path)
{
    const QRectF source = m_scene->contentRect();
    if (m_graph.nodes().isEmpty() || source.isEmpty())
        return fail(tr("There is no graph to export yet."));
    const double scale = std::min(2.0, MaxPngSide / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->style().backgroundColor());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    renderGraph(painter, QRectF(QPointF(0, 0), image.size()));
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString()));
    return {};
}

void LineageView::exportFromDialog(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString name = safeFileName(title()) + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Lineage as SVG") : tr("Export Lineage as PNG"), QDir(m_exportFolder).filePath(name),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    m_exportFolder = QFileInfo(path).absolutePath();
    if (auto ok = svg ? exportSvg(path) : exportPng(path); !ok)
        Q_EMIT problem(tr("The lineage could not be exported"), ok.error().toString());
}

void LineageView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The boxes keep their sizes; only their colours follow the theme.
    if (event->type() == QEvent::PaletteChange)
        m_scene->setStyle(LineageNodeStyle(font(), palette()));
}

} // namespace atelier
