// MainWindow: the IDE-style shell: navigator, document tabs, dock panes, status bar and commands.
#pragma once

#include "ui/shell/task_center.h"

#include <QMainWindow>

#include <memory>

namespace atelier {

class ActionRegistry;
class AnnotationActions;
class AnnotationPane;
class CommandPalette;
class DatasetPane;
class DeploymentDocuments;
class DeploymentSupervisor;
class DeploymentView;
class DeploymentsPane;
class DatasetDocuments;
class ExperimentDocuments;
class ExperimentsPane;
class JobDocuments;
class DocumentArea;
class EventLogModel;
class JobSupervisor;
class JobView;
class JobsPane;
class LineageView;
class MainActions;
class ModelDocuments;
class MlflowServer;
class NavigatorModel;
class ProjectSession;
class RecentProjects;
class RegistryView;
class ShellDocks;
class ShellStatusBar;
class TaskManager;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProject(const QString &folder);
    // Opens the demo project in `folder`, creating it there first when needed.
    void openDemoProject(const QString &folder);
    // Opens the open project's dataset `name` for annotation; null when there is none of that name.
    AnnotationPane *openDataset(const QString &name);
    // Opens the overview (versions and statistics) of the open project's dataset `name`; null when
    // there is none of that name.
    DatasetPane *openDatasetOverview(const QString &name);
    // Adds the images under `folder` (recursively, referenced in place) to the open project as a
    // dataset named after the folder, as a task; the dataset opens as its first images arrive.
    void addImageFolder(const QString &folder);

    TaskManager &taskManager() const { return *m_taskManager; }
    TaskCenter &taskCenter() const { return *m_taskCenter; }
    ProjectSession &session() const { return *m_session; }
    ActionRegistry &actionRegistry() const { return *m_registry; }
    AnnotationActions &annotationActions() const { return *m_annotationActions; }
    EventLogModel &eventLog() const { return *m_events; }
    NavigatorModel &navigatorModel() const { return *m_navigatorModel; }
    DocumentArea &documents() const { return *m_documents; }
    ShellDocks &docks() const { return *m_docks; }
    RecentProjects &recentProjects() const { return *m_recent; }
    ShellStatusBar &shellStatusBar() const { return *m_statusBar; }
    // The open project's MLflow tracking server; url() is what local jobs get as MLFLOW_TRACKING_URI.
    MlflowServer &trackingServer() const { return *m_tracking; }
    // Runs and follows the open project's jobs; null when no project is open.
    JobSupervisor *jobSupervisor() const { return m_supervisor.get(); }
    // Probes and controls the open project's deployments; null when no project is open.
    DeploymentSupervisor *deploymentSupervisor() const { return m_deployments.get(); }
    // Created on first use.
    CommandPalette &commandPalette();

    void setTheme(const QString &theme);

Q_SIGNALS:
    // The navigator shows a freshly loaded catalog of the open project.
    void catalogShown();
    void projectOpenFailed(const QString &folder, const QString &message);
    // A deployment was opened from the lineage view: the deployment dashboard connects here.
    void deploymentActivated(qint64 deploymentId);

public Q_SLOTS:
    // The runs table, showing one experiment's runs, or every run for -1.
    ExperimentsPane *openExperiments(qint64 experimentId = -1);
    // Shows the differences between two versions of a dataset (the overview's Compare…).
    void openVersionDiff(qint64 datasetId, qint64 from, qint64 to);
    // The jobs table of the open project; null when none is open.
    JobsPane *openJobs();
    // One job's view with its live logs; null when no project is open.
    JobView *openJob(qint64 jobId);
    // The launch dialog (window-modal, opened not exec'd).
    void launchJob();
    // The deployments table of the open project; null when none is open.
    DeploymentsPane *openDeployments();
    // One deployment's dashboard; null when no project is open.
    DeploymentView *openDeployment(qint64 deploymentId);
    // The model registry, showing `model` (and its `version`) when given; null when no project is open.
    RegistryView *openModels(const QString &model = {}, qint64 version = 0);
    // The lineage graph of `node` ("model_version:4", "deployment:detector-api"); null when no
    // project is open.
    LineageView *openLineage(const QString &node);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectSession();
    void createProjectFromDialog();
    void openProjectFromDialog();
    void openRecentProject(const QString &folder);
    void populateRecentMenu();
    void pruneRecentProjects();
    void showSettings();
    void showAbout();
    void showShortcuts();
    void addImageFolderFromDialog();
    void followCurrentDocument();
    AnnotationPane *openAnnotationPane(std::int64_t datasetId, const QString &name);
    DatasetPane *openOverviewPane(std::int64_t datasetId, const QString &name);
    void openRun(const QString &runId);
    void compareRuns(const QStringList &runIds);
    void openCurrentDatasetOverview();
    void addOverviewAction();
    void logTaskEnded(const TaskCenter::Task &task);

    void onOpeningStarted(const QString &folder);
    void onOpened(const QString &folder);
    void onOpenFailed(const QString &folder, const QString &message, const QString &detail);
    void onClosed();
    void startTracking(const QString &folder);
    void startJobs();
    void stopJobs();
    void startDeployments();
    void stopDeployments();
    void onCatalogLoaded();
    void openNavigatorIndex(const QModelIndex &index);
    void showInProperties(const QModelIndex &index);
    void updateProjectActions();


    // Declared first so that it is destroyed last: it waits for the workers that others feed.
    std::unique_ptr<TaskManager> m_taskManager;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<MlflowServer> m_tracking; // made in the constructor, where its type is complete
    std::unique_ptr<JobSupervisor> m_supervisor; // after the session: stops before its project goes
    std::unique_ptr<DeploymentSupervisor> m_deployments; // likewise
    DeploymentDocuments *m_deploymentDocuments = nullptr;
    DatasetDocuments *m_datasetDocuments = nullptr;
    ExperimentDocuments *m_experimentDocuments = nullptr;
    JobDocuments *m_jobDocuments = nullptr;
    TaskCenter *m_taskCenter;
    ActionRegistry *m_registry;
    EventLogModel *m_events;
    NavigatorModel *m_navigatorModel;
    RecentProjects *m_recent;
    DocumentArea *m_documents;
    std::unique_ptr<ShellDocks> m_docks;
    MainActions *m_actions;
    AnnotationActions *m_annotationActions;
    ShellStatusBar *m_statusBar;
    CommandPalette *m_palette = nullptr;
    ModelDocuments *m_modelDocuments;
    QAction *m_overviewAction = nullptr;
};

} // namespace atelier
