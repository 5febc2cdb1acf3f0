// ModelDocuments: opens the model registry and lineage views as documents, and turns a lineage
// node that the user opens into a request for the view of its kind.
#pragma once

#include <QObject>
#include <QString>

namespace atelier {

class DocumentArea;
class LineageView;
class RegistryView;
class TaskManager;

class ModelDocuments : public QObject
{
    Q_OBJECT

public:
    ModelDocuments(DocumentArea &documents, TaskManager &tasks, QObject *parent = nullptr);

    // The registry of the project in `projectFolder`, showing `model` (and its `version`) when given.
    RegistryView *openRegistry(const QString &projectFolder, const QString &model = {}, qint64 version = 0);
    // The lineage of `node` ("model_version:4", "deployment:detector-api", as LineageGraph::resolve reads).
    LineageView *openLineage(const QString &projectFolder, const QString &node);
    // Reads the open registry again, if one is open.
    void refreshRegistry();

Q_SIGNALS:
    void runRequested(const QString &runId);
    void jobRequested(qint64 jobId);
    // The overview of the dataset `name`.
    void datasetRequested(const QString &name);
    void deploymentRequested(qint64 deploymentId);
    // A stage or alias changed: what lists models may want to read again.
    void registryChanged();
    void problem(const QString &message, const QString &detail);

private:
    void openNode(const QString &projectFolder, LineageView *view, const QString &kind, qint64 rowId);

    DocumentArea &m_documents;
    TaskManager &m_tasks;
};

} // namespace atelier
