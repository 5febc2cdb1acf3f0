// ModelDocuments: a lineage node names its row; what a kind's view needs beyond that (a run's
// MLflow id, a version's model name and number) comes from the node's detail, as read with it.
#include "ui/shell/model_documents.h"

#include "core/models/lineage_graph.h"
#include "ui/models/lineage_view.h"
#include "ui/models/registry_view.h"
#include "ui/shell/document_area.h"
#include "ui/shell/section_texts.h"

#include <QTabWidget>

namespace atelier {

namespace {

QString documentKey(const QString &what)
{
    return QStringLiteral("models:") + what;
}

const QString RegistryKey = documentKey(QStringLiteral("registry"));

} // namespace

ModelDocuments::ModelDocuments(DocumentArea &documents, TaskManager &tasks, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_tasks(tasks)
{
}

RegistryView *ModelDocuments::openRegistry(const QString &projectFolder, const QString &model, qint64 version)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Models;
    auto *view = qobject_cast<RegistryView *>(m_documents.open(
        RegistryKey, SectionTexts::title(section), SectionTexts::icon(section),
        [this, projectFolder] {
            auto *registry = new RegistryView(m_tasks, projectFolder);
            connect(registry, &RegistryView::problem, this, &ModelDocuments::problem);
            connect(registry, &RegistryView::runActivated, this, &ModelDocuments::runRequested);
            connect(registry, &RegistryView::changed, this, &ModelDocuments::registryChanged);
            connect(registry, &RegistryView::lineageRequested, this, [this, projectFolder](qint64 id) {
                openLineage(projectFolder, QStringLiteral("model_version:%1").arg(id));
            });
            return registry;
        }));
    if (view && !model.isEmpty())
        view->selectModel(model, version);
    return view;
}

void ModelDocuments::refreshRegistry()
{
    if (auto *registry = qobject_cast<RegistryView *>(m_documents.document(RegistryKey)))
        registry->refresh();
}

LineageView *ModelDocuments::openLineage(const QString &projectFolder, const QString &node)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Models;
    auto *view = qobject_cast<LineageView *>(m_documents.open(
        documentKey(QStringLiteral("lineage:") + node), tr("Lineage"), SectionTexts::icon(section),
        [this, projectFolder, node] {
            auto *lineage = new LineageView(m_tasks, projectFolder, node);
            connect(lineage, &LineageView::problem, this, &ModelDocuments::problem);
            connect(lineage, &LineageView::nodeActivated, this, [this, projectFolder, lineage](const QString &kind,
                                                                                               qint64 rowId) {
                openNode(projectFolder, lineage, kind, rowId);
            });
            // The tab names the root once it is known, and follows a focus on another node.
            connect(lineage, &LineageView::loaded, this, [this, lineage] {
                QTabWidget *tabs = m_documents.tabs();
                if (const int index = tabs->indexOf(lineage); index >= 0)
                    tabs->setTabText(index, lineage->title());
            });
            return lineage;
        }));
    return view;
}

void ModelDocuments::openNode(const QString &projectFolder, LineageView *view, const QString &kind, qint64 rowId)
{
    const LineageNode *node = view->graph().node(kind + u':' + QString::number(rowId));
    if (!node)
        return;
    const auto detail = [node](const char *field) { return node->detail.value(QLatin1String(field)); };
    if (kind == QLatin1String("dataset"))
        Q_EMIT datasetRequested(node->label);
    else if (kind == QLatin1String("dataset_version"))
        Q_EMIT datasetRequested(detail("dataset").toString());
    else if (kind == QLatin1String("job"))
        Q_EMIT jobRequested(rowId);
    else if (kind == QLatin1String("run"))
        Q_EMIT runRequested(detail("run_id").toString());
    else if (kind == QLatin1String("model"))
        openRegistry(projectFolder, node->label);
    else if (kind == QLatin1String("model_version"))
        openRegistry(projectFolder, detail("model").toString(), detail("version").toInteger());
    else if (kind == QLatin1String("deployment"))
        Q_EMIT deploymentRequested(rowId);
    // A prediction set has no view of its own yet: its detail shows in the node's tooltip.
}

} // namespace atelier
