// LineageView: the lineage graph of one node, laid out automatically, to pan, zoom, explore and export.
#pragma once

#include "core/models/lineage_graph.h"
#include "core/result.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace atelier {

class EmptyState;
class LineageCanvas;
class LineageScene;
class TaskManager;

class LineageView : public QWidget
{
    Q_OBJECT

public:
    // `node` as LineageGraph::resolve reads it: "model_version:4", "model_version:detector/2",
    // "deployment:detector-api". The graph is read and laid out as a task of `tasks`.
    LineageView(TaskManager &tasks, const QString &projectFolder, const QString &node,
                LineageDirection direction = LineageDirection::Both, QWidget *parent = nullptr);
    ~LineageView() override;

    // The graph shown; empty until the first one is read.
    const LineageGraph &graph() const { return m_graph; }
    // "Lineage of detector v2", for the document's tab.
    QString title() const;
    bool isLoading() const { return m_loading; }
    LineageScene *scene() const { return m_scene; }
    LineageCanvas *canvas() const { return m_canvas; }
    QString selectedKey() const;
    void selectNode(const QString &key);

    QAction *openAction() const { return m_open; }
    QAction *upstreamAction() const { return m_upstream; }
    QAction *downstreamAction() const { return m_downstream; }
    QAction *bothAction() const { return m_both; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    QAction *exportPngAction() const { return m_exportPng; }

    // Reads the graph again from `node` in `direction`.
    void showNode(const QString &node, LineageDirection direction);
    // Reads the graph again from the selected node (the root when none is) in `direction`.
    void focusSelected(LineageDirection direction);
    void reload();
    // Emits nodeActivated for the node known by `key`.
    void activateNode(const QString &key);

    // The whole graph, as it is drawn, without the selection.
    [[nodiscard]] Status exportSvg(const QString &path);
    // At twice the scene's resolution, so that it stays sharp on high-density screens and in print.
    [[nodiscard]] Status exportPng(const QString &path);

Q_SIGNALS:
    // A graph was read, laid out and shown.
    void loaded();
    // A node was double-clicked or opened: `kind` as LineageNode::kind, `rowId` its row.
    void nodeActivated(const QString &kind, qint64 rowId);
    void problem(const QString &message, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;
    void createActions();
    QWidget *makeToolBar();
    void adopt(const Loaded &result);
    void showFailure(const Error &error);
    void updateActions();
    void updateStatus();
    void showMenu(const QPoint &globalPos, const QString &key);
    void exportFromDialog(bool svg);
    // Renders the whole graph into `target` with `painter` (begun), the selection hidden.
    void renderGraph(QPainter &painter, const QRectF &target);

    TaskManager &m_tasks;
    QString m_projectFolder;
    QString m_node; // what the last read started from
    LineageDirection m_direction;
    LineageGraph m_graph;
    bool m_loading = false;
    int m_generation = 0;
    QString m_exportFolder;

    LineageScene *m_scene;
    LineageCanvas *m_canvas;
    EmptyState *m_message;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QActionGroup *m_directions;
    QAction *m_open = nullptr;
    QAction *m_upstream = nullptr;
    QAction *m_downstream = nullptr;
    QAction *m_both = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace atelier
