// MainWindow: builds the shell from its parts (actions, docks, document area, status bar) and
// wires them to the project session; the parts themselves live in their own files.
#include "ui/shell/main_window.h"

#include "core/compute/compute_target.h"
#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"
#include "core/datasets/folder_import.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/serving/deployment_supervisor.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "core/tracking/mlflow_server.h"
#include "ui/annotate/annotation_actions.h"
#include "ui/annotate/annotation_pane.h"
#include "ui/datasets/dataset_pane.h"
#include "ui/shell/action_registry.h"
#include "ui/shell/command_palette.h"
#include "ui/shell/deployment_documents.h"
#include "ui/shell/dataset_documents.h"
#include "ui/shell/document_area.h"
#include "ui/shell/experiment_documents.h"
#include "ui/shell/job_documents.h"
#include "ui/shell/event_log_model.h"
#include "ui/shell/main_actions.h"
#include "ui/shell/model_documents.h"
#include "ui/shell/navigator_model.h"
#include "ui/shell/navigator_pane.h"
#include "ui/shell/project_session.h"
#include "ui/shell/properties_pane.h"
#include "ui/shell/recent_projects.h"
#include "ui/shell/section_texts.h"
#include "ui/shell/settings_dialog.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/shell/shell_docks.h"
#include "ui/shell/shell_settings.h"
#include "ui/shell/shell_status_bar.h"
#include "ui/shell/task_center.h"
#include "ui/shell/theme.h"
#include "ui/shell/welcome_page.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QMessageBox>
#include <QTreeView>

#include <algorithm>

namespace atelier {

namespace {

// What a document (or the object that opens a kind of them) reports goes to the events pane.
template<typename Source>
void logProblems(Source *source, EventLogModel *events)
{
    QObject::connect(source, &Source::problem, events, [events](const QString &message, const QString &detail) {
        events->add(EventLogModel::Severity::Error, message, detail);
    });
}

QString documentKey(ProjectCatalog::Section section, const QString &what)
{
    return QString::number(int(section)) + u':' + what;
}


} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_taskManager(std::make_unique<TaskManager>())
    , m_session(std::make_unique<ProjectSession>(*m_taskManager))
    , m_taskCenter(new TaskCenter(*m_taskManager, this))
    , m_registry(new ActionRegistry(this))
    , m_events(new EventLogModel(this))
    , m_navigatorModel(new NavigatorModel(this))
    , m_recent(new RecentProjects(this))
    , m_documents(new DocumentArea(this))
    , m_modelDocuments(new ModelDocuments(*m_documents, *m_taskManager, this))
{
    m_tracking = std::make_unique<MlflowServer>();
    m_experimentDocuments = new ExperimentDocuments(*m_documents, *m_tracking, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Atelier"));
    setWindowIcon(Icons::application());
    setDockNestingEnabled(true);
    setCentralWidget(m_documents);

    m_docks = std::make_unique<ShellDocks>(this, m_navigatorModel, m_events, *m_taskCenter);
    m_actions = new MainActions(this, *m_registry);
    m_actions->createMenus(m_docks->all());
    m_annotationActions = new AnnotationActions(this, *m_registry);
    menuBar()->insertMenu(m_actions->helpMenu->menuAction(), m_annotationActions->menu());
    addOverviewAction();
    m_registry->rememberDefaultShortcuts();
    ShellSettings::applyShortcuts(*m_registry);
    m_statusBar = new ShellStatusBar(*m_taskCenter, this);
    setStatusBar(m_statusBar);

    WelcomePage *welcome = m_documents->welcomePage();
    for (QAction *action : {m_actions->newProject, m_actions->openProject, m_actions->openDemo})
        welcome->addStartAction(action);
    welcome->setCommandPaletteShortcut(m_actions->commandPalette->shortcut());
    m_docks->navigator->addEmptyStateAction(m_actions->openProject);
    m_docks->navigator->addEmptyStateAction(m_actions->openDemo);

    m_deploymentDocuments = new DeploymentDocuments(*m_documents, *m_taskManager, this);
    connect(this, &MainWindow::deploymentActivated, this, &MainWindow::openDeployment);
    connect(m_deploymentDocuments, &DeploymentDocuments::lineageRequested, this, &MainWindow::openLineage);
    connect(m_experimentDocuments, &ExperimentDocuments::runRequested, this, &MainWindow::openRun);
    connect(m_experimentDocuments, &ExperimentDocuments::comparisonRequested, this, &MainWindow::compareRuns);
    logProblems(m_experimentDocuments, m_events);
    m_datasetDocuments = new DatasetDocuments(*m_documents, *m_taskManager, this);
    connect(m_datasetDocuments, &DatasetDocuments::diffRequested, this, &MainWindow::openVersionDiff);
    connect(m_datasetDocuments, &DatasetDocuments::datasetChanged, m_session.get(), &ProjectSession::refresh);
    logProblems(m_datasetDocuments, m_events);
    m_jobDocuments = new JobDocuments(*m_documents, this);
    connect(m_jobDocuments, &JobDocuments::jobRequested, this, &MainWindow::openJob);
    connect(m_jobDocuments, &JobDocuments::launchRequested, this, &MainWindow::launchJob);
    connect(m_jobDocuments, &JobDocuments::runRequested, this, &MainWindow::openRun);
    logProblems(m_jobDocuments, m_events);
    logProblems(m_deploymentDocuments, m_events);
    connectActions();
    connectSession();
    pruneRecentProjects();
    welcome->setRecentProjects(m_recent->folders());
    updateProjectActions();
    if (!ShellSettings::restoreWindowLayout(*this))
        m_docks->arrange();
}

MainWindow::~MainWindow()
{
    // The open documents refer to the supervisor: they go first, then it, then the project.
    m_documents->closeAll();
    stopJobs();
    stopDeployments();
}

void MainWindow::openProject(const QString &folder)
{
    m_session->open(folder);
}

void MainWindow::openDemoProject(const QString &folder)
{
    m_session->openDemo(folder);
}

CommandPalette &MainWindow::commandPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(*m_registry, this);
    return *m_palette;
}

void MainWindow::setTheme(const QString &theme)
{
    Theme::apply(theme);
    ShellSettings::setTheme(Theme::current());
    const bool dark = Theme::current() == Theme::dark();
    m_actions->darkTheme->setChecked(dark);
    m_actions->lightTheme->setChecked(!dark);
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.newProject, &QAction::triggered, this, &MainWindow::createProjectFromDialog);
    connect(a.openProject, &QAction::triggered, this, &MainWindow::openProjectFromDialog);
    connect(a.openDemo, &QAction::triggered, this, [this] { openDemoProject(DemoProject::defaultFolder()); });
    connect(a.addImageFolder, &QAction::triggered, this, &MainWindow::addImageFolderFromDialog);
    connect(a.launchJob, &QAction::triggered, this, &MainWindow::launchJob);
    connect(a.closeTab, &QAction::triggered, m_documents, &DocumentArea::closeCurrent);
    connect(a.closeProject, &QAction::triggered, m_session.get(), &ProjectSession::close);
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.refresh, &QAction::triggered, m_session.get(), &ProjectSession::refresh);
    connect(a.lightTheme, &QAction::triggered, this, [this] { setTheme(Theme::light()); });
    connect(a.darkTheme, &QAction::triggered, this, [this] { setTheme(Theme::dark()); });
    connect(a.commandPalette, &QAction::triggered, this, [this] { commandPalette().popup(); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.clearRecent, &QAction::triggered, m_recent, &RecentProjects::clear);
    connect(a.recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    const bool dark = Theme::current() == Theme::dark();
    a.darkTheme->setChecked(dark);
    a.lightTheme->setChecked(!dark);

    connect(m_recent, &RecentProjects::changed, this,
            [this] { m_documents->welcomePage()->setRecentProjects(m_recent->folders()); });
    connect(m_documents->welcomePage(), &WelcomePage::recentProjectRequested, this,
            &MainWindow::openRecentProject);
    connect(m_documents, &DocumentArea::countChanged, this, &MainWindow::updateProjectActions);
    connect(m_documents->tabs(), &QTabWidget::currentChanged, this, &MainWindow::followCurrentDocument);
    connect(m_statusBar, &ShellStatusBar::tasksClicked, this, [this] { ShellDocks::reveal(m_docks->tasksDock); });
    connect(m_docks->navigator, &NavigatorPane::activated, this, &MainWindow::openNavigatorIndex);
    connect(m_docks->navigator, &NavigatorPane::currentChanged, this, &MainWindow::showInProperties);
    connect(m_taskCenter, &TaskCenter::taskEnded, this, &MainWindow::logTaskEnded);
    // Where the registry's and the lineage's links lead.
    connect(m_modelDocuments, &ModelDocuments::runRequested, this, &MainWindow::openRun);
    connect(m_modelDocuments, &ModelDocuments::jobRequested, this, &MainWindow::openJob);
    connect(m_modelDocuments, &ModelDocuments::datasetRequested, this, &MainWindow::openDatasetOverview);
    connect(m_modelDocuments, &ModelDocuments::deploymentRequested, this, &MainWindow::deploymentActivated);
    connect(m_modelDocuments, &ModelDocuments::registryChanged, m_session.get(), &ProjectSession::refresh);
    // Models registered elsewhere (the CLI, the MLflow registry API) show with the catalog's next read.
    connect(m_session.get(), &ProjectSession::catalogLoaded, m_modelDocuments, &ModelDocuments::refreshRegistry);
    logProblems(m_modelDocuments, m_events);
}

void MainWindow::connectSession()
{
    ProjectSession *session = m_session.get();
    connect(session, &ProjectSession::openingStarted, this, &MainWindow::onOpeningStarted);
    connect(session, &ProjectSession::opened, this, &MainWindow::onOpened);
    connect(session, &ProjectSession::openFailed, this, &MainWindow::onOpenFailed);
    connect(session, &ProjectSession::openCanceled, this, [this](const QString &) {
        if (!m_session->isOpen())
            onClosed();
    });
    connect(session, &ProjectSession::closed, this, &MainWindow::onClosed);
    connect(session, &ProjectSession::catalogLoaded, this, &MainWindow::onCatalogLoaded);
    connect(session, &ProjectSession::catalogFailed, this, [this](const QString &message) {
        // A catalog shown before stays; only an empty navigator needs to say what went wrong.
        if (!m_navigatorModel->hasCatalog())
            m_docks->navigator->showProblem(message);
    });
}

void MainWindow::logTaskEnded(const TaskCenter::Task &task)
{
    const QString seconds = QLocale().toString(double(task.elapsedMs) / 1000.0, 'f', 1);
    switch (task.state) {
    case TaskCenter::State::Succeeded:
        m_events->add(EventLogModel::Severity::Info, tr("Finished: %1 (%2 s)").arg(task.title, seconds));
        break;
    case TaskCenter::State::Canceled:
        m_events->add(EventLogModel::Severity::Warning, tr("Canceled: %1").arg(task.title));
        break;
    case TaskCenter::State::Failed:
        m_events->add(EventLogModel::Severity::Error, tr("Failed: %1: %2").arg(task.title, task.message));
        break;
    case TaskCenter::State::Running:
        break;
    }
}

void MainWindow::createProjectFromDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("New Project: choose an empty folder"), QDir::homePath());
    if (!folder.isEmpty())
        m_session->create(folder);
}

void MainWindow::openProjectFromDialog()
{
    const QString start = m_session->isOpen() ? QFileInfo(m_session->folder()).path() : QDir::homePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Project"), start);
    if (!folder.isEmpty())
        openProject(folder);
}

void MainWindow::openRecentProject(const QString &folder)
{
    if (Project::looksLikeProject(folder)) {
        openProject(folder);
        return;
    }
    m_recent->remove(folder);
    const QString message = tr("%1 no longer holds a project, so it was removed from the recent projects.")
                                .arg(QDir::toNativeSeparators(folder));
    m_events->add(EventLogModel::Severity::Warning, message);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Project not found"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::populateRecentMenu()
{
    pruneRecentProjects();
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList folders = m_recent->folders();
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString &folder = folders.at(i);
        // &1…&8: a number key picks the entry.
        const QString text = QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(folder));
        menu->addAction(Icons::named(QStringLiteral("folder")), text, this,
                        [this, folder] { openRecentProject(folder); });
    }
    if (folders.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(m_actions->clearRecent);
}

void MainWindow::pruneRecentProjects()
{
    // A stat for each of at most eight folders: cheap enough here, and stale entries go at once.
    const QStringList missing = m_recent->removeMissing();
    for (const QString &folder : missing) {
        m_events->add(EventLogModel::Severity::Warning,
                      tr("Removed %1 from the recent projects: it no longer holds a project.")
                          .arg(QDir::toNativeSeparators(folder)));
    }
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLanguage(ShellSettings::language());
    dialog->setTheme(Theme::current());
    connect(dialog, &SettingsDialog::shortcutsRequested, this, &MainWindow::showShortcuts);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ShellSettings::setLanguage(dialog->language());
        setTheme(dialog->theme());
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Atelier"),
                       tr("<h3>Atelier %1</h3><p>A desktop machine-learning workbench: annotate images, "
                          "version datasets, train on local GPUs or remote clusters, track "
                          "experiments, register and deploy models.</p><p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

AnnotationPane *MainWindow::openDataset(const QString &name)
{
    for (const CatalogItem &item : m_session->catalog().items(ProjectCatalog::Section::Datasets)) {
        if (item.name == name)
            return openAnnotationPane(item.id, item.name);
    }
    return nullptr;
}

DatasetPane *MainWindow::openDatasetOverview(const QString &name)
{
    for (const CatalogItem &item : m_session->catalog().items(ProjectCatalog::Section::Datasets)) {
        if (item.name == name)
            return openOverviewPane(item.id, item.name);
    }
    return nullptr;
}

DatasetPane *MainWindow::openOverviewPane(std::int64_t datasetId, const QString &name)
{
    DatasetPane *pane = m_datasetDocuments->openOverview(m_session->folder(), datasetId, name);
    followCurrentDocument();
    return pane;
}

void MainWindow::openVersionDiff(qint64 datasetId, qint64 from, qint64 to)
{
    m_datasetDocuments->openVersionDiff(m_session->folder(), datasetId, from, to);
    followCurrentDocument();
}

ExperimentsPane *MainWindow::openExperiments(qint64 experimentId)
{
    ExperimentsPane *pane = m_experimentDocuments->openRuns(m_session->folder(), experimentId);
    followCurrentDocument();
    return pane;
}

void MainWindow::openRun(const QString &runId)
{
    m_experimentDocuments->openRun(m_session->folder(), runId);
    followCurrentDocument();
}

void MainWindow::compareRuns(const QStringList &runIds)
{
    m_experimentDocuments->openComparison(m_session->folder(), runIds);
    followCurrentDocument();
}

// "Dataset Overview" in the View menu and the command palette; for datasets, also in the
// navigator's context menu.
void MainWindow::addOverviewAction()
{
    m_overviewAction = new QAction(SectionTexts::icon(ProjectCatalog::Section::Datasets), tr("Dataset &Overview"), this);
    m_overviewAction->setObjectName(QStringLiteral("datasetOverviewAction"));
    m_overviewAction->setToolTip(tr("Versions and statistics of the selected dataset"));
    addAction(m_overviewAction);
    m_registry->add(QStringLiteral("dataset.overview"), tr("Dataset"), m_overviewAction);
    connect(m_overviewAction, &QAction::triggered, this, &MainWindow::openCurrentDatasetOverview);
    const QList<QObject *> owners = m_actions->refresh->associatedObjects();
    const auto viewMenu = std::find_if(owners.cbegin(), owners.cend(),
                                       [](QObject *owner) { return qobject_cast<QMenu *>(owner) != nullptr; });
    if (viewMenu != owners.cend())
        static_cast<QMenu *>(*viewMenu)->insertAction(m_actions->refresh, m_overviewAction);

    QTreeView *tree = m_docks->navigator->view();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &pos) {
        const QModelIndex index = tree->indexAt(pos).siblingAtColumn(NavigatorModel::NameColumn);
        const auto item = index.isValid() ? m_navigatorModel->item(index) : std::nullopt;
        if (!item || NavigatorModel::sectionOf(index) != ProjectCatalog::Section::Datasets)
            return;
        QMenu menu(this);
        menu.addAction(tr("Open for &Annotation"), this, [this, item] { openAnnotationPane(item->id, item->name); });
        menu.addAction(m_overviewAction->icon(), tr("Dataset &Overview"), this,
                       [this, item] { openOverviewPane(item->id, item->name); });
        menu.exec(tree->viewport()->mapToGlobal(pos));
    });
}

// The dataset selected in the navigator, else the one of the current document, else the only one.
void MainWindow::openCurrentDatasetOverview()
{
    const QModelIndex index = m_docks->navigator->view()->currentIndex().siblingAtColumn(NavigatorModel::NameColumn);
    if (const auto item = index.isValid() ? m_navigatorModel->item(index) : std::nullopt;
        item && NavigatorModel::sectionOf(index) == ProjectCatalog::Section::Datasets) {
        openOverviewPane(item->id, item->name);
        return;
    }
    const QList<CatalogItem> &datasets = m_session->catalog().items(ProjectCatalog::Section::Datasets);
    std::int64_t id = 0;
    if (auto *annotation = qobject_cast<AnnotationPane *>(m_documents->tabs()->currentWidget()))
        id = annotation->datasetId();
    else if (auto *overview = qobject_cast<DatasetPane *>(m_documents->tabs()->currentWidget()))
        id = overview->datasetId();
    else if (datasets.size() == 1)
        id = datasets.constFirst().id;
    for (const CatalogItem &item : datasets) {
        if (item.id == id)
            openOverviewPane(item.id, item.name);
    }
}

AnnotationPane *MainWindow::openAnnotationPane(std::int64_t datasetId, const QString &name)
{
    AnnotationPane *pane = m_datasetDocuments->openAnnotation(m_session->folder(), datasetId, name,
                                                              m_annotationActions->toolBarActions());
    followCurrentDocument();
    return pane;
}

void MainWindow::addImageFolderFromDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Image Folder as Dataset"),
                                                             QDir::homePath());
    if (!folder.isEmpty())
        addImageFolder(folder);
}

void MainWindow::addImageFolder(const QString &folder)
{
    if (!m_session->isOpen())
        return;
    const QString name = QFileInfo(folder).fileName();
    const QString project = m_session->folder();
    QPointer<MainWindow> self(this);
    // Each committed batch reaches the window: the first opens the dataset, later ones refresh it.
    const auto batchCommitted = [self, name](std::int64_t datasetId, int) {
        QMetaObject::invokeMethod(qApp, [self, datasetId, name] {
            if (!self)
                return;
            if (AnnotationPane *pane = self->m_datasetDocuments->annotationPane(datasetId))
                pane->refreshIndex();
            else
                self->openAnnotationPane(datasetId, name);
        }, Qt::QueuedConnection);
    };
    m_taskManager->start(tr("Adding the images of %1").arg(QDir::toNativeSeparators(folder)),
                         [project, folder, name, batchCommitted](TaskContext &context) -> Status {
        auto db = Project::connect(project);
        if (!db)
            return fail(db.error());
        AuditLog audit(**db, Project::currentActor());
        FolderImport import(**db, audit);
        import.onBatchCommitted(batchCommitted);
        auto result = import.importOrRescan(folder, name, context);
        if (!result)
            return fail(result.error());
        return {};
    }, this, [this](const Status &) { m_session->refresh(); });
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(*m_registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { ShellSettings::saveShortcuts(*m_registry); });
    dialog->open();
}

void MainWindow::followCurrentDocument()
{
    m_annotationActions->setTarget(qobject_cast<AnnotationPane *>(m_documents->tabs()->currentWidget()));
}

void MainWindow::onOpeningStarted(const QString &folder)
{
    m_statusBar->showOpening(folder);
    if (!m_session->isOpen())
        m_docks->navigator->showOpening(QDir(folder).dirName());
    updateProjectActions();
}

void MainWindow::onOpened(const QString &folder)
{
    const QString name = m_session->name();
    setWindowTitle(tr("%1 — Atelier").arg(name));
    m_statusBar->showProject(name, folder);
    startTracking(folder);
    startJobs();
    startDeployments();
    m_documents->welcomePage()->setOpenProject(name);
    m_recent->add(folder);
    m_events->add(EventLogModel::Severity::Success,
                  tr("Opened project %1 (%2)").arg(name, QDir::toNativeSeparators(folder)));
    updateProjectActions();
}

void MainWindow::onOpenFailed(const QString &folder, const QString &message, const QString &detail)
{
    if (m_session->isOpen())
        m_statusBar->showProject(m_session->name(), m_session->folder());
    else
        onClosed();
    // Window-modal and opened, not exec'd: the rest of the application keeps running.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not open the project"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorBox"));
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    updateProjectActions();
    Q_EMIT projectOpenFailed(folder, message);
}

void MainWindow::onClosed()
{
    m_tracking->stop();
    m_statusBar->showTrackingOff();
    m_documents->closeAll();
    stopJobs();
    stopDeployments();
    m_navigatorModel->clear();
    m_docks->navigator->showNoProject();
    m_docks->properties->showNothing();
    m_documents->welcomePage()->setOpenProject({});
    setWindowTitle(tr("Atelier"));
    if (!m_session->isOpening())
        m_statusBar->showNoProject();
    updateProjectActions();
}

// Scripts and local jobs log into the open project through it; a project opened again (or
// another one) gets a fresh server on a free port.
void MainWindow::startTracking(const QString &folder)
{
    m_tracking->stop();
    auto port = m_tracking->start(folder);
    if (port) {
        m_statusBar->showTracking(m_tracking->url());
        return;
    }
    m_statusBar->showTrackingOff(port.error().message);
    m_events->add(EventLogModel::Severity::Warning, port.error().message);
}

// The supervisor re-attaches to the jobs that an earlier session left running; the jobs it starts
// log to the tracking server started just before.
void MainWindow::startJobs()
{
    stopJobs();
    m_supervisor = std::make_unique<JobSupervisor>(*m_session->project(), *m_taskManager);
    if (m_tracking->isRunning())
        m_supervisor->setTrackingUrl(m_tracking->url());
    connect(m_supervisor.get(), &JobSupervisor::jobChanged, m_session.get(), &ProjectSession::refresh);
    connect(m_supervisor.get(), &JobSupervisor::errorOccurred, m_events, [this](qint64 jobId, const QString &message) {
        m_events->add(EventLogModel::Severity::Warning, tr("Job %1: %2").arg(jobId).arg(message));
    });
    connect(m_supervisor.get(), &JobSupervisor::jobFinished, m_events, [this](qint64 jobId, JobState state) {
        const bool good = state == JobState::Succeeded;
        m_events->add(good ? EventLogModel::Severity::Success : EventLogModel::Severity::Warning,
                      tr("Job %1 ended: %2").arg(jobId).arg(jobStateName(state)));
    });
    m_supervisor->start();
}

void MainWindow::stopJobs()
{
    if (!m_supervisor)
        return;
    m_supervisor->stop();
    m_supervisor.reset();
}

// Like the jobs: deployments that an earlier session (or the command line) left running are
// probed again; the navigator follows their states.
void MainWindow::startDeployments()
{
    stopDeployments();
    m_deployments = std::make_unique<DeploymentSupervisor>(*m_session->project(), *m_taskManager);
    connect(m_deployments.get(), &DeploymentSupervisor::stateChanged, m_session.get(), &ProjectSession::refresh);
    connect(m_deployments.get(), &DeploymentSupervisor::errorOccurred, m_events,
            [this](qint64 deploymentId, const QString &message) {
                m_events->add(EventLogModel::Severity::Warning, tr("Deployment %1: %2").arg(deploymentId).arg(message));
            });
    m_deployments->start();
}

void MainWindow::stopDeployments()
{
    if (!m_deployments)
        return;
    m_deployments->stop();
    m_deployments.reset();
}

DeploymentsPane *MainWindow::openDeployments()
{
    if (!m_deployments)
        return nullptr;
    DeploymentsPane *pane = m_deploymentDocuments->openDeployments(*m_deployments, m_session->folder());
    followCurrentDocument();
    return pane;
}

DeploymentView *MainWindow::openDeployment(qint64 deploymentId)
{
    if (!m_deployments)
        return nullptr;
    DeploymentView *view = m_deploymentDocuments->openDeployment(*m_deployments, m_session->folder(), deploymentId);
    followCurrentDocument();
    return view;
}

JobsPane *MainWindow::openJobs()
{
    if (!m_supervisor)
        return nullptr;
    JobsPane *pane = m_jobDocuments->openJobs(*m_supervisor, m_session->folder());
    followCurrentDocument();
    return pane;
}

JobView *MainWindow::openJob(qint64 jobId)
{
    if (!m_supervisor)
        return nullptr;
    JobView *view = m_jobDocuments->openJob(*m_supervisor, m_session->folder(), jobId);
    followCurrentDocument();
    return view;
}

void MainWindow::launchJob()
{
    if (m_supervisor)
        m_jobDocuments->launch(*m_supervisor, m_session->folder(), this);
}

RegistryView *MainWindow::openModels(const QString &model, qint64 version)
{
    if (!m_session->isOpen())
        return nullptr;
    RegistryView *view = m_modelDocuments->openRegistry(m_session->folder(), model, version);
    followCurrentDocument();
    return view;
}

LineageView *MainWindow::openLineage(const QString &node)
{
    if (!m_session->isOpen())
        return nullptr;
    LineageView *view = m_modelDocuments->openLineage(m_session->folder(), node);
    followCurrentDocument();
    return view;
}

void MainWindow::onCatalogLoaded()
{
    m_navigatorModel->setCatalog(m_session->catalog());
    m_docks->navigator->showTree();
    showInProperties(m_docks->navigator->view()->currentIndex());
    Q_EMIT catalogShown();
}

void MainWindow::openNavigatorIndex(const QModelIndex &index)
{
    const QModelIndex nameIndex = index.siblingAtColumn(NavigatorModel::NameColumn);
    if (!nameIndex.isValid())
        return;
    const ProjectCatalog::Section section = NavigatorModel::sectionOf(nameIndex);
    const QIcon icon = SectionTexts::icon(section);
    if (const auto item = m_navigatorModel->item(nameIndex); item && section == ProjectCatalog::Section::Datasets) {
        openAnnotationPane(item->id, item->name);
        return;
    }
    if (section == ProjectCatalog::Section::Experiments) {
        const auto item = m_navigatorModel->item(nameIndex);
        openExperiments(item ? item->id : -1);
        return;
    }
    // An empty Jobs section explains itself below, like the others.
    if (section == ProjectCatalog::Section::Jobs && m_navigatorModel->itemCount(section) > 0) {
        if (const auto item = m_navigatorModel->item(nameIndex))
            openJob(item->id);
        else
            openJobs();
        return;
    }
    if (section == ProjectCatalog::Section::Deployments && m_navigatorModel->itemCount(section) > 0) {
        if (const auto item = m_navigatorModel->item(nameIndex))
            openDeployment(item->id);
        else
            openDeployments();
        return;
    }
    if (section == ProjectCatalog::Section::Models && m_navigatorModel->itemCount(section) > 0) {
        const auto item = m_navigatorModel->item(nameIndex);
        openModels(item ? item->name : QString());
        return;
    }
    if (const auto item = m_navigatorModel->item(nameIndex)) {
        m_documents->open(documentKey(section, QString::number(item->id)), item->name, icon, [=] {
            return new EmptyState(icon, item->name, SectionTexts::placeholderText(section, *item));
        });
        return;
    }
    // A section with items expands on double-click; an empty one explains itself in a tab.
    if (m_navigatorModel->itemCount(section) == 0) {
        m_documents->open(documentKey(section, {}), SectionTexts::title(section), icon, [=] {
            return new EmptyState(icon, SectionTexts::emptyTitle(section), SectionTexts::emptyText(section));
        });
    }
}

void MainWindow::showInProperties(const QModelIndex &index)
{
    const QModelIndex nameIndex = index.siblingAtColumn(NavigatorModel::NameColumn);
    PropertiesPane *properties = m_docks->properties;
    if (!nameIndex.isValid()) {
        properties->showNothing();
        return;
    }
    const ProjectCatalog::Section section = NavigatorModel::sectionOf(nameIndex);
    if (const auto item = m_navigatorModel->item(nameIndex))
        properties->showItem(section, *item);
    else
        properties->showSection(section, m_navigatorModel->itemCount(section));
}

void MainWindow::updateProjectActions()
{
    const bool open = m_session->isOpen();
    m_actions->closeProject->setEnabled(open);
    m_actions->refresh->setEnabled(open);
    m_actions->addImageFolder->setEnabled(open);
    m_actions->launchJob->setEnabled(open);
    m_overviewAction->setEnabled(open);
    m_actions->closeTab->setEnabled(m_documents->count() > 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ShellSettings::saveWindowLayout(*this);
    QMainWindow::closeEvent(event);
}

} // namespace atelier
