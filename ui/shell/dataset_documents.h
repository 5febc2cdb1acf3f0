// DatasetDocuments: opens a dataset for annotation, its overview (versions and statistics) and the
// diff of two of its versions as documents.
#pragma once

#include <QList>
#include <QObject>

#include <cstdint>

class QAction;

namespace atelier {

class AnnotationPane;
class DatasetPane;
class DocumentArea;
class TaskManager;

class DatasetDocuments : public QObject
{
    Q_OBJECT

public:
    DatasetDocuments(DocumentArea &documents, TaskManager &tasks, QObject *parent = nullptr);

    // `toolBarActions` go on a new pane's tool bar (the window's annotation actions).
    AnnotationPane *openAnnotation(const QString &projectFolder, std::int64_t datasetId, const QString &name,
                                   const QList<QAction *> &toolBarActions);
    // The dataset's annotation pane if it is open, else null.
    AnnotationPane *annotationPane(std::int64_t datasetId) const;
    DatasetPane *openOverview(const QString &projectFolder, std::int64_t datasetId, const QString &name);
    void openVersionDiff(const QString &projectFolder, qint64 datasetId, qint64 from, qint64 to);

Q_SIGNALS:
    // Two versions to compare, from an overview.
    void diffRequested(qint64 datasetId, qint64 from, qint64 to);
    // A version was frozen or restored: what lists datasets may want to read again.
    void datasetChanged();
    void problem(const QString &message, const QString &detail);

private:
    DocumentArea &m_documents;
    TaskManager &m_tasks;
};

} // namespace atelier
