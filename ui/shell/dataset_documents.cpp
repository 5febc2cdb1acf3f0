// DatasetDocuments: a restored version rewrites the working copy, which an open annotation pane of
// the dataset then reads again.
#include "ui/shell/dataset_documents.h"

#include "ui/annotate/annotation_pane.h"
#include "ui/datasets/dataset_pane.h"
#include "ui/datasets/version_diff_view.h"
#include "ui/shell/document_area.h"
#include "ui/shell/section_texts.h"

namespace atelier {

namespace {

QString documentKey(const QString &what)
{
    return QStringLiteral("datasets:") + what;
}

} // namespace

DatasetDocuments::DatasetDocuments(DocumentArea &documents, TaskManager &tasks, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_tasks(tasks)
{
}

AnnotationPane *DatasetDocuments::openAnnotation(const QString &projectFolder, std::int64_t datasetId,
                                                 const QString &name, const QList<QAction *> &toolBarActions)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Datasets;
    return qobject_cast<AnnotationPane *>(m_documents.open(
        documentKey(QString::number(datasetId)), name, SectionTexts::icon(section),
        [this, projectFolder, datasetId, toolBarActions] {
            auto *pane = new AnnotationPane(projectFolder, datasetId);
            pane->addToolBarActions(toolBarActions);
            connect(pane, &AnnotationPane::problem, this, &DatasetDocuments::problem);
            return pane;
        }));
}

AnnotationPane *DatasetDocuments::annotationPane(std::int64_t datasetId) const
{
    return qobject_cast<AnnotationPane *>(m_documents.document(documentKey(QString::number(datasetId))));
}

DatasetPane *DatasetDocuments::openOverview(const QString &projectFolder, std::int64_t datasetId, const QString &name)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Datasets;
    return qobject_cast<DatasetPane *>(m_documents.open(
        documentKey(QStringLiteral("overview:%1").arg(datasetId)), tr("%1 — Overview").arg(name),
        SectionTexts::icon(section), [this, projectFolder, datasetId, name] {
            auto *pane = new DatasetPane(m_tasks, projectFolder, datasetId, name);
            connect(pane, &DatasetPane::problem, this, &DatasetDocuments::problem);
            connect(pane, &DatasetPane::compareRequested, this, &DatasetDocuments::diffRequested);
            connect(pane, &DatasetPane::versionFrozen, this, &DatasetDocuments::datasetChanged);
            connect(pane, &DatasetPane::workingCopyChanged, this, [this](qint64 id) {
                if (AnnotationPane *annotation = annotationPane(id))
                    annotation->refreshIndex();
                Q_EMIT datasetChanged();
            });
            return pane;
        }));
}

void DatasetDocuments::openVersionDiff(const QString &projectFolder, qint64 datasetId, qint64 from, qint64 to)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Datasets;
    const QString title = tr("%1 → %2").arg(VersionDiffView::sideName(from), VersionDiffView::sideName(to));
    m_documents.open(documentKey(QStringLiteral("diff:%1:%2:%3").arg(datasetId).arg(from).arg(to)), title,
                     SectionTexts::icon(section), [this, projectFolder, datasetId, from, to] {
        auto *view = new VersionDiffView(projectFolder, datasetId, from, to);
        connect(view, &VersionDiffView::problem, this, &DatasetDocuments::problem);
        return view;
    });
}

} // namespace atelier
