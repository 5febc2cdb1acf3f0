// ExperimentDocuments: opens the runs table, a run's view and comparisons of runs as documents, each
// following what the tracking server says changed.
#pragma once

#include <QObject>
#include <QStringList>

namespace atelier {

class DocumentArea;
class ExperimentsPane;
class MlflowServer;

class ExperimentDocuments : public QObject
{
    Q_OBJECT

public:
    // `tracking` outlives this object; it is the one server of the workbench, whatever project is open.
    ExperimentDocuments(DocumentArea &documents, MlflowServer &tracking, QObject *parent = nullptr);

    // The runs table of the project in `projectFolder`, with `experimentId` selected (-1: all).
    ExperimentsPane *openRuns(const QString &projectFolder, qint64 experimentId);
    void openRun(const QString &projectFolder, const QString &runId);
    void openComparison(const QString &projectFolder, const QStringList &runIds);

Q_SIGNALS:
    // What the runs table asks to open.
    void runRequested(const QString &runId);
    void comparisonRequested(const QStringList &runIds);
    void problem(const QString &message, const QString &detail);

private:
    DocumentArea &m_documents;
    MlflowServer &m_tracking;
};

} // namespace atelier
