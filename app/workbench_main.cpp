// runWorkbench: parses the window's options, then decides which project to open first:
// the one named, the demo, the last one, or the demo again on the very first start.
#include "app/workbench_main.h"

#include "core/datasets/dataset_versions.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/project/project_catalog.h"
#include "core/translations.h"
#include "ui/annotate/annotation_pane.h"
#include "ui/datasets/dataset_pane.h"
#include "ui/datasets/version_diff_list_model.h"
#include "ui/datasets/version_diff_view.h"
#include "ui/datasets/version_table_model.h"
#include "ui/deploy/deployment_view.h"
#include "ui/models/lineage_view.h"
#include "ui/models/registry_view.h"
#include "ui/shell/document_area.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_session.h"
#include "ui/shell/recent_projects.h"
#include "ui/shell/section_texts.h"
#include "ui/shell/shell_settings.h"
#include "ui/shell/theme.h"
#include "ui/widgets/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace atelier {

namespace {

struct WorkbenchOptions
{
    QString project;     // a folder to open; empty: decide from the settings
    bool demo = false;
    bool quitWhenReady = false;
    QString screenshot;  // a PNG to write once ready
    QString dataset;     // a dataset to open for annotation once the project is open
    bool review = false; // ... in review mode
    QString overview;     // a dataset whose overview to open once the project is open
    bool statistics = false; // ... on its Statistics page
    QString diff;         // NAME:FROM:TO, two versions of a dataset to compare once the project is open
    qint64 job = 0;       // a job whose view to open once the project is open
    QString lineage;      // KIND:ID, a node whose lineage graph to open once the project is open
    bool models = false;  // open the model registry once the project is open
    QString deployment;   // a deployment (name or id) whose dashboard to open once the project is open
};

WorkbenchOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "Workbench", "Atelier: annotate images, version datasets, train, track and deploy models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("Workbench", "Open the demo project, creating it on first use."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QApplication::translate("Workbench", "Open the project in <folder>."),
                                     QApplication::translate("Workbench", "folder"));
    const QCommandLineOption quitWhenReady(
        QStringLiteral("quit-when-ready"),
        QApplication::translate("Workbench", "Quit as soon as the window shows the project's catalog "
                                             "(for start-up benchmarks)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Workbench", "Once ready, save a picture of the window to <file> and quit."),
        QApplication::translate("Workbench", "file"));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     QApplication::translate("Workbench", "Open the dataset <name> for annotation."),
                                     QApplication::translate("Workbench", "name"));
    const QCommandLineOption review(QStringLiteral("review"),
                                    QApplication::translate("Workbench", "Open the dataset in review mode."));
    const QCommandLineOption overview(
        QStringLiteral("overview"),
        QApplication::translate("Workbench", "Open the overview (versions and statistics) of the dataset <name>."),
        QApplication::translate("Workbench", "name"));
    const QCommandLineOption statistics(QStringLiteral("statistics"),
                                        QApplication::translate("Workbench", "Show the overview's statistics."));
    const QCommandLineOption diff(
        QStringLiteral("diff"),
        QApplication::translate("Workbench", "Compare two versions of a dataset image by image: <name:from:to>, "
                                             "where a version is its number or \"working\" for the working copy."),
        QApplication::translate("Workbench", "name:from:to"));
    const QCommandLineOption job(QStringLiteral("job"),
                                 QApplication::translate("Workbench", "Open the view of the job <id>: its events and logs."),
                                 QApplication::translate("Workbench", "id"));
    const QCommandLineOption lineage(
        QStringLiteral("lineage"),
        QApplication::translate("Workbench", "Open the lineage graph of <kind:id>, such as model_version:detector/2 "
                                             "or deployment:detector-api."),
        QApplication::translate("Workbench", "kind:id"));
    const QCommandLineOption models(QStringLiteral("models"),
                                    QApplication::translate("Workbench", "Open the model registry."));
    parser.addOptions({demo, project, quitWhenReady, screenshot, dataset, review, overview, statistics, diff, job});
    parser.addOptions({lineage, models});
    const QCommandLineOption deployment(
        QStringLiteral("deployment"),
        QApplication::translate("Workbench", "Open the dashboard of the deployment <name or id>: its health, "
                                             "traffic, latency and load tests."),
        QApplication::translate("Workbench", "name or id"));
    parser.addOption(deployment);
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QApplication::translate("Workbench", "A project folder to open."),
                                 QStringLiteral("[folder]"));
    parser.process(app);

    WorkbenchOptions options;
    options.demo = parser.isSet(demo);
    options.project = parser.value(project);
    if (options.project.isEmpty() && !parser.positionalArguments().isEmpty())
        options.project = parser.positionalArguments().constFirst();
    options.quitWhenReady = parser.isSet(quitWhenReady);
    options.screenshot = parser.value(screenshot);
    options.dataset = parser.value(dataset);
    options.review = parser.isSet(review);
    options.overview = parser.value(overview);
    options.statistics = parser.isSet(statistics);
    options.diff = parser.value(diff);
    options.job = parser.value(job).toLongLong();
    options.lineage = parser.value(lineage);
    options.models = parser.isSet(models);
    options.deployment = parser.value(deployment);
    return options;
}

// What to open at start: returns whether something is being opened.
bool openFirstProject(MainWindow &window, const WorkbenchOptions &options, bool firstStart)
{
    if (!options.project.isEmpty()) {
        window.openProject(options.project);
        return true;
    }
    if (options.demo || firstStart) {
        window.openDemoProject(DemoProject::defaultFolder());
        return true;
    }
    const QString last = RecentProjects().last();
    // The last project may have been moved or deleted since.
    if (!last.isEmpty() && Project::looksLikeProject(last)) {
        window.openProject(last);
        return true;
    }
    return false;
}

// For --dataset: opens the dataset once the catalog is shown; `shown` runs once its first image is
// on the canvas (or at once when there is no such dataset).
void openDatasetWhenReady(MainWindow &window, const WorkbenchOptions &options, std::function<void()> shown)
{
    QObject::connect(&window, &MainWindow::catalogShown, &window, [&window, options, shown] {
        AnnotationPane *pane = window.openDataset(options.dataset);
        if (!pane) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("Workbench", "There is no dataset named %1 "
                                                                              "in this project.").arg(options.dataset)));
            if (shown)
                shown();
            return;
        }
        if (options.review)
            QObject::connect(pane, &AnnotationPane::indexLoaded, pane, [pane] { pane->setReviewMode(true); },
                             Qt::SingleShotConnection);
        if (shown) {
            // In review mode the first image shown is the first of the list, before review starts.
            auto done = std::make_shared<bool>(false);
            QObject::connect(pane, &AnnotationPane::imageShown, pane, [shown, pane, done, review = options.review] {
                if (!*done && (!review || pane->isReviewMode())) {
                    *done = true;
                    shown();
                }
            });
        }
    }, Qt::SingleShotConnection);
}

// For --overview: opens the dataset's overview once the catalog is shown; `shown` runs once its
// page has its content (or at once when there is no such dataset).
void openOverviewWhenReady(MainWindow &window, const WorkbenchOptions &options, std::function<void()> shown)
{
    QObject::connect(&window, &MainWindow::catalogShown, &window, [&window, options, shown] {
        DatasetPane *pane = window.openDatasetOverview(options.overview);
        if (!pane) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("Workbench", "There is no dataset named %1 "
                                                                              "in this project.").arg(options.overview)));
            if (shown)
                shown();
            return;
        }
        if (options.statistics) {
            if (shown)
                QObject::connect(pane, &DatasetPane::statisticsShown, pane, shown, Qt::SingleShotConnection);
            pane->showPage(DatasetPane::StatisticsPage);
        } else if (shown) {
            QObject::connect(&pane->versions(), &VersionTableModel::loaded, pane, shown, Qt::SingleShotConnection);
        }
    }, Qt::SingleShotConnection);
}

// A version of --diff: its number, or "working" for the working copy; none when it is neither.
std::optional<std::int64_t> parseVersion(const QString &text)
{
    if (text == QLatin1String("working"))
        return DatasetVersions::WorkingCopy;
    bool ok = false;
    const std::int64_t number = text.toLongLong(&ok);
    return ok && number > 0 ? std::optional(number) : std::nullopt;
}

// For --diff NAME:FROM:TO: opens the comparison in a tab once the catalog is shown; `shown` runs
// once its first image is on the canvas (or at once when the option names nothing that exists).
void openDiffWhenReady(MainWindow &window, const WorkbenchOptions &options, std::function<void()> shown)
{
    QObject::connect(&window, &MainWindow::catalogShown, &window, [&window, options, shown] {
        const auto refuse = [shown](const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            if (shown)
                shown();
        };
        // The name may hold colons itself: the versions are the last two fields.
        const QStringList fields = options.diff.split(u':');
        const auto field = [&](qsizetype fromEnd) {
            return fields.size() >= 3 ? parseVersion(fields.at(fields.size() - fromEnd)) : std::nullopt;
        };
        const std::optional<std::int64_t> from = field(2);
        const std::optional<std::int64_t> to = field(1);
        if (!from || !to)
            return refuse(QApplication::translate("Workbench", "--diff needs NAME:FROM:TO, e.g. pets:1:2 or "
                                                               "pets:2:working; got %1.").arg(options.diff));
        const QString name = fields.mid(0, fields.size() - 2).join(u':');
        const QList<CatalogItem> &datasets = window.session().catalog().items(ProjectCatalog::Section::Datasets);
        const auto dataset = std::find_if(datasets.cbegin(), datasets.cend(),
                                          [&](const CatalogItem &item) { return item.name == name; });
        if (dataset == datasets.cend())
            return refuse(QApplication::translate("Workbench", "There is no dataset named %1 in this project.").arg(name));
        const QString title = QApplication::translate("Workbench", "%1: %2 → %3")
                                  .arg(name, VersionDiffView::sideName(*from), VersionDiffView::sideName(*to));
        const QString key = QStringLiteral("diff:%1:%2:%3").arg(dataset->id).arg(*from).arg(*to);
        auto *view = qobject_cast<VersionDiffView *>(window.documents().open(
            key, title, SectionTexts::icon(ProjectCatalog::Section::Datasets),
            [&window, id = dataset->id, from = *from, to = *to] {
                return new VersionDiffView(window.session().folder(), id, from, to);
            }));
        if (view && shown) {
            QObject::connect(view, &VersionDiffView::imageShown, view, [shown] { shown(); }, Qt::SingleShotConnection);
            QObject::connect(view, &VersionDiffView::differencesLoaded, view, [view, shown] {
                if (view->differences().totalCount() == 0)
                    shown();
            }, Qt::SingleShotConnection);
        }
    }, Qt::SingleShotConnection);
}

// For --lineage and --models: opens the view once the catalog is shown; `shown` runs once it
// shows what it read (or at once when it cannot be opened).
void openModelViewWhenReady(MainWindow &window, const WorkbenchOptions &options, std::function<void()> shown)
{
    QObject::connect(&window, &MainWindow::catalogShown, &window, [&window, options, shown] {
        QWidget *view = nullptr;
        if (!options.lineage.isEmpty()) {
            LineageView *lineage = window.openLineage(options.lineage);
            if (lineage && shown) {
                QObject::connect(lineage, &LineageView::loaded, lineage, shown, Qt::SingleShotConnection);
                QObject::connect(lineage, &LineageView::problem, lineage, [shown](const QString &, const QString &detail) {
                    std::fprintf(stderr, "%s\n", qPrintable(detail));
                    shown();
                }, Qt::SingleShotConnection);
            }
            view = lineage;
        } else {
            RegistryView *registry = window.openModels();
            if (registry && shown)
                QObject::connect(registry, &RegistryView::historyShown, registry, shown, Qt::SingleShotConnection);
            view = registry;
        }
        if (!view && shown)
            shown();
    }, Qt::SingleShotConnection);
}

// For --deployment: opens the dashboard once the catalog is shown; `shown` runs once its figures
// are live (the supervisor scraped the server), after 15 s at most, or at once when there is no
// such deployment.
void openDeploymentWhenReady(MainWindow &window, const WorkbenchOptions &options, std::function<void()> shown)
{
    QObject::connect(&window, &MainWindow::catalogShown, &window, [&window, options, shown] {
        const QList<CatalogItem> &deployments = window.session().catalog().items(ProjectCatalog::Section::Deployments);
        auto found = std::find_if(deployments.cbegin(), deployments.cend(),
                                  [&](const CatalogItem &item) { return item.name == options.deployment; });
        if (found == deployments.cend()) {
            found = std::find_if(deployments.cbegin(), deployments.cend(), [&](const CatalogItem &item) {
                return QString::number(item.id) == options.deployment;
            });
        }
        DeploymentView *view = found == deployments.cend() ? nullptr : window.openDeployment(found->id);
        if (!view) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("Workbench", "There is no deployment named "
                                                                              "%1 in this project.").arg(options.deployment)));
            if (shown)
                shown();
            return;
        }
        if (!shown)
            return;
        auto done = std::make_shared<bool>(false);
        const auto once = [done, shown] {
            if (!std::exchange(*done, true))
                shown();
        };
        QObject::connect(window.deploymentSupervisor(), &DeploymentSupervisor::samplesRecorded, view,
                         [id = found->id, once](std::int64_t deploymentId) {
                             if (deploymentId == id)
                                 once();
                         });
        QTimer::singleShot(15000, view, once);
    }, Qt::SingleShotConnection);
}

// For --quit-when-ready and --screenshot: what to do once the window shows its project.
void finishWhenReady(MainWindow &window, const WorkbenchOptions &options, bool opening)
{
    auto finish = [&window, options] {
        if (!options.screenshot.isEmpty() && !window.grab().save(options.screenshot, "PNG")) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("Workbench", "Could not write %1.")
                                                        .arg(options.screenshot)));
            QApplication::exit(1);
            return;
        }
        QApplication::exit(0);
    };
    // A short pause lets the layout and the dock sizes settle before a picture is taken.
    const int settleMs = options.screenshot.isEmpty() ? 0 : 300;
    if (!opening) {
        QTimer::singleShot(settleMs, &window, finish);
        return;
    }
    if (options.job > 0) {
        // The job view reads its logs every half second: a second and a half shows them.
        QObject::connect(&window, &MainWindow::catalogShown, &window, [&window, options, finish] {
            window.openJob(options.job);
            QTimer::singleShot(1500, &window, finish);
        }, Qt::SingleShotConnection);
    } else if (!options.lineage.isEmpty() || options.models) {
        openModelViewWhenReady(window, options, [finish, settleMs, &window] {
            QTimer::singleShot(settleMs, &window, finish);
        });
    } else if (!options.deployment.isEmpty()) {
        openDeploymentWhenReady(window, options, [finish, settleMs, &window] {
            QTimer::singleShot(settleMs, &window, finish);
        });
    } else if (!options.diff.isEmpty()) {
        openDiffWhenReady(window, options, [finish, settleMs, &window] {
            QTimer::singleShot(settleMs, &window, finish);
        });
    } else if (!options.overview.isEmpty()) {
        openOverviewWhenReady(window, options, [finish, settleMs, &window] {
            QTimer::singleShot(settleMs, &window, finish);
        });
    } else if (!options.dataset.isEmpty()) {
        openDatasetWhenReady(window, options, [finish, settleMs, &window] {
            QTimer::singleShot(settleMs, &window, finish);
        });
    } else {
        QObject::connect(&window, &MainWindow::catalogShown, &window,
                         [finish, settleMs, &window] { QTimer::singleShot(settleMs, &window, finish); },
                         Qt::SingleShotConnection);
    }
    QObject::connect(&window, &MainWindow::projectOpenFailed, &window,
                     [](const QString &, const QString &message) {
                         std::fprintf(stderr, "%s\n", qPrintable(message));
                         QApplication::exit(1);
                     });
}

} // namespace

int runWorkbench(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Atelier"));
    QApplication::setOrganizationName(QStringLiteral("Atelier"));
    QApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.atelier.Atelier"));
    QApplication::setWindowIcon(Icons::application());

    // Read before anything is saved, so that the first start is still recognised.
    const bool firstStart = ShellSettings::isFirstStart();
    Translations::install(ShellSettings::language());
    Theme::apply(ShellSettings::theme());
    const WorkbenchOptions options = parseOptions(app);

    MainWindow window;
    const bool opening = openFirstProject(window, options, firstStart);
    if (options.quitWhenReady || !options.screenshot.isEmpty())
        finishWhenReady(window, options, opening);
    else if (opening && (!options.lineage.isEmpty() || options.models))
        openModelViewWhenReady(window, options, {});
    else if (opening && !options.deployment.isEmpty())
        openDeploymentWhenReady(window, options, {});
    else if (opening && !options.diff.isEmpty())
        openDiffWhenReady(window, options, {});
    else if (opening && !options.overview.isEmpty())
        openOverviewWhenReady(window, options, {});
    else if (opening && !options.dataset.isEmpty())
        openDatasetWhenReady(window, options, {});
    window.show();
    return QApplication::exec();
}

} // namespace atelier
