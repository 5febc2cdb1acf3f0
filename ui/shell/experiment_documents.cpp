// ExperimentDocuments: every view it opens reloads on the tracking server's notices, so that what
// scripts log shows up while it is open.
#include "ui/shell/experiment_documents.h"

#include "core/tracking/mlflow_server.h"
#include "ui/experiments/experiments_pane.h"
#include "ui/experiments/run_compare_view.h"
#include "ui/experiments/run_view.h"
#include "ui/shell/document_area.h"
#include "ui/shell/section_texts.h"

namespace atelier {

namespace {

QString documentKey(const QString &what)
{
    return QStringLiteral("experiments:") + what;
}

} // namespace

ExperimentDocuments::ExperimentDocuments(DocumentArea &documents, MlflowServer &tracking, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_tracking(tracking)
{
}

ExperimentsPane *ExperimentDocuments::openRuns(const QString &projectFolder, qint64 experimentId)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Experiments;
    auto *pane = qobject_cast<ExperimentsPane *>(m_documents.open(
        documentKey(QStringLiteral("runs")), tr("Runs"), SectionTexts::icon(section), [this, projectFolder] {
            auto *runs = new ExperimentsPane(projectFolder);
            connect(runs, &ExperimentsPane::problem, this, &ExperimentDocuments::problem);
            connect(runs, &ExperimentsPane::runActivated, this, &ExperimentDocuments::runRequested);
            connect(runs, &ExperimentsPane::compareRequested, this, &ExperimentDocuments::comparisonRequested);
            connect(&m_tracking, &MlflowServer::runsChanged, runs, &ExperimentsPane::refreshRuns);
            connect(&m_tracking, &MlflowServer::experimentsChanged, runs, &ExperimentsPane::refresh);
            return runs;
        }));
    if (pane)
        pane->selectExperiment(experimentId);
    return pane;
}

void ExperimentDocuments::openRun(const QString &projectFolder, const QString &runId)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Experiments;
    m_documents.open(documentKey(QStringLiteral("run:") + runId), tr("Run %1").arg(runId.left(8)),
                     SectionTexts::icon(section), [this, projectFolder, runId] {
        auto *view = new RunView(projectFolder, runId);
        connect(view, &RunView::problem, this, &ExperimentDocuments::problem);
        connect(&m_tracking, &MlflowServer::runsChanged, view, &RunView::reloadIfChanged);
        return view;
    });
}

void ExperimentDocuments::openComparison(const QString &projectFolder, const QStringList &runIds)
{
    const ProjectCatalog::Section section = ProjectCatalog::Section::Experiments;
    m_documents.open(documentKey(QStringLiteral("compare:") + runIds.join(QLatin1Char(','))),
                     tr("Compare %n run(s)", nullptr, int(runIds.size())), SectionTexts::icon(section),
                     [this, projectFolder, runIds] {
        auto *view = new RunCompareView(projectFolder, runIds);
        connect(view, &RunCompareView::problem, this, &ExperimentDocuments::problem);
        connect(&m_tracking, &MlflowServer::runsChanged, view, &RunCompareView::reloadIfChanged);
        return view;
    });
}

} // namespace atelier
