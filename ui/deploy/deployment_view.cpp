// DeploymentView: one read on the store thread fills the dashboard; from then on the supervisor's
// signals keep it live (probes every ~500 ms, scrapes every few seconds, events as they are recorded),
// so the view never polls the store while the deployment runs.
#include "ui/deploy/deployment_view.h"

#include "core/models/model_catalog.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_thread.h"
#include "ui/deploy/deployment_charts.h"
#include "ui/deploy/deployment_events_model.h"
#include "ui/deploy/deployment_state_badge.h"
#include "ui/deploy/deployment_tiles.h"
#include "ui/deploy/load_test_view.h"
#include "ui/deploy/route_split_view.h"
#include "ui/widgets/elided_label.h"
#include "ui/widgets/icons.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr qint64 HourMs = 3'600'000;

QString versionLabel(const QString &modelName, std::int64_t version)
{
    return DeploymentView::tr("%1 v%2").arg(modelName).arg(version);
}

bool serves(DeploymentState state)
{
    return state != DeploymentState::Down && state != DeploymentState::Stopped;
}

QString actionText(const QString &action)
{
    if (action == DeploymentEventKind::Stop)
        return DeploymentView::tr("Stop");
    if (action == DeploymentEventKind::Restart)
        return DeploymentView::tr("Restart");
    return DeploymentView::tr("Rollout");
}

} // namespace

struct DeploymentView::Snapshot
{
    DeploymentRecord record;
    QList<DeploymentEvent> events;
    QHash<QString, DeploymentCharts::Points> history;
    QList<std::pair<qint64, DeploymentSample>> latest;
    QList<std::pair<std::int64_t, QString>> versions;
    QHash<std::int64_t, QString> routeLabels;
};

DeploymentView::DeploymentView(DeploymentSupervisor &supervisor, TaskManager &tasks, const QString &projectFolder,
                               std::int64_t deploymentId, QWidget *parent)
    : QWidget(parent)
    , m_supervisor(supervisor)
    , m_tasks(tasks)
    , m_deploymentId(deploymentId)
    , m_store(std::make_unique<StoreThread>(projectFolder))
    , m_title(new QLabel(this))
    , m_badge(new DeploymentStateBadge(this))
    , m_reason(new ElidedLabel(QString(), Qt::ElideRight, this))
    , m_details(new QLabel(this))
    , m_lineage(new QLabel(this))
    , m_stop(new QPushButton(Icons::named(QStringLiteral("cancel")), tr("Stop"), this))
    , m_restart(new QPushButton(Icons::named(QStringLiteral("refresh")), tr("Restart"), this))
    , m_rollVersion(new QComboBox(this))
    , m_roll(new QPushButton(Icons::named(QStringLiteral("go-next")), tr("Roll Out"), this))
    , m_actionResult(new QLabel(this))
    , m_tiles(new DeploymentTiles(this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new DeploymentCharts(this))
    , m_events(new DeploymentEventsModel(this))
    , m_eventsTable(new QTableView(this))
    , m_routes(new RouteSplitView(this))
    , m_loadTests(new LoadTestView(tasks, *m_store, projectFolder, deploymentId, this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("deploymentView"));
    setProperty("document", true);
    m_tabs->setObjectName(QStringLiteral("deploymentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDashboard(), tr("Dashboard"));
    m_tabs->addTab(m_loadTests, tr("Load Tests"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tiles);
    layout->addWidget(m_tabs, 1);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        begin(DeploymentEventKind::Stop, m_supervisor.stopDeployment(m_deploymentId));
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        begin(DeploymentEventKind::Restart, m_supervisor.restartDeployment(m_deploymentId));
    });
    connect(m_roll, &QPushButton::clicked, this, [this] {
        const std::int64_t to = m_rollVersion->currentData().toLongLong();
        begin(DeploymentEventKind::Rollout, m_supervisor.rollDeployment(m_deploymentId, to));
    });
    connect(m_rollVersion, &QComboBox::currentIndexChanged, this, &DeploymentView::updateActions);
    connect(&m_supervisor, &DeploymentSupervisor::stateChanged, this,
            [this](std::int64_t id, DeploymentState state, const QString &reason) {
                if (id != m_deploymentId)
                    return;
                setState(state, reason);
                reload();
            });
    connect(&m_supervisor, &DeploymentSupervisor::probed, this, [this](std::int64_t id, const DeploymentStatus &status) {
        if (id == m_deploymentId)
            onProbed(status);
    });
    connect(&m_supervisor, &DeploymentSupervisor::samplesRecorded, this,
            [this](std::int64_t id, qint64 atMs, const QList<DeploymentSample> &samples) {
                if (id == m_deploymentId)
                    onSamples(atMs, samples);
            });
    connect(&m_supervisor, &DeploymentSupervisor::eventRecorded, this, [this](std::int64_t id, const DeploymentEvent &event) {
        if (id != m_deploymentId)
            return;
        m_events->append(event);
        m_eventsTable->scrollToBottom();
    });
    connect(&m_supervisor, &DeploymentSupervisor::actionFinished, this,
            [this](std::int64_t id, const QString &action, bool succeeded, const QString &message) {
                if (id == m_deploymentId)
                    onActionFinished(action, succeeded, message);
            });
    connect(m_loadTests, &LoadTestView::problem, this, &DeploymentView::problem);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &DeploymentView::tick);
    m_clock->start();

    if (const auto status = m_supervisor.status(m_deploymentId))
        onProbed(*status);
    updateActions();
    reload();
}

DeploymentView::~DeploymentView() = default;

QWidget *DeploymentView::buildHeader()
{
    auto *header = new QWidget(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("deploymentTitle"));
    m_reason->setObjectName(QStringLiteral("deploymentReason"));
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_details->setObjectName(QStringLiteral("deploymentDetails"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setObjectName(QStringLiteral("stopDeployment"));
    m_stop->setToolTip(tr("Stop the server (SIGTERM, then SIGKILL after the grace period)"));
    m_restart->setObjectName(QStringLiteral("restartDeployment"));
    m_restart->setToolTip(tr("Start a new server process on the same port"));
    m_rollVersion->setObjectName(QStringLiteral("rollVersion"));
    m_rollVersion->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rollVersion->setToolTip(tr("The version of the model to serve instead"));
    m_roll->setObjectName(QStringLiteral("rollDeployment"));
    m_roll->setToolTip(tr("Stop the server and start one of the chosen version in its place"));
    m_lineage->setObjectName(QStringLiteral("deploymentLineageLink"));
    m_lineage->setText(QStringLiteral("<a href=\"lineage\">%1</a>").arg(tr("Lineage").toHtmlEscaped()));
    m_lineage->setToolTip(tr("Where this deployment comes from: model version, run, job and data"));
    connect(m_lineage, &QLabel::linkActivated, this, [this] {
        Q_EMIT lineageRequested(QStringLiteral("deployment:%1").arg(m_deploymentId));
    });
    m_actionResult->setObjectName(QStringLiteral("deploymentActionResult"));
    m_actionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_title);
    top->addWidget(m_badge);
    top->addWidget(m_reason, 1);
    top->addWidget(m_stop);
    top->addWidget(m_restart);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Roll out:"), header));
    top->addWidget(m_rollVersion);
    top->addWidget(m_roll);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_details);
    bottom->addSpacing(8);
    bottom->addWidget(m_lineage);
    bottom->addStretch(1);
    bottom->addWidget(m_actionResult);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(bottom);
    return header;
}

QWidget *DeploymentView::buildDashboard()
{
    m_eventsTable->setObjectName(QStringLiteral("deploymentEvents"));
    m_eventsTable->setModel(m_events);
    m_eventsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventsTable->verticalHeader()->hide();
    m_eventsTable->horizontalHeader()->setStretchLastSection(true);
    m_eventsTable->setWordWrap(false);
    auto *eventsBox = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->setSpacing(2);
    auto *eventsTitle = new QLabel(tr("Deployment events"), eventsBox);
    QFont bold = eventsTitle->font();
    bold.setWeight(QFont::DemiBold);
    eventsTitle->setFont(bold);
    eventsLayout->addWidget(eventsTitle);
    eventsLayout->addWidget(m_eventsTable, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(eventsBox, 3);
    bottomLayout->addWidget(m_routes, 2, Qt::AlignTop);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_charts);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({2000, 1000}); // scaled to the height it gets: two thirds for the charts
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(split);
    return page;
}

void DeploymentView::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void DeploymentView::reload()
{
    m_store->post([this, id = m_deploymentId](Result<Database *> db) {
        auto snapshot = std::make_shared<Snapshot>();
        auto read = [&]() -> Status {
            if (!db)
                return fail(db.error());
            AuditLog audit(**db, QString()); // reads only: nothing is recorded
            DeploymentStore store(**db, audit);
            auto record = store.deployment(id);
            if (!record)
                return fail(record.error());
            auto events = store.events(id, DeploymentEventsModel::MaxEvents);
            if (!events)
                return fail(events.error());
            auto latest = store.latestSamples(id);
            if (!latest)
                return fail(latest.error());
            snapshot->record = *record;
            snapshot->events = *events;
            snapshot->latest = *latest;
            const qint64 since = QDateTime::currentMSecsSinceEpoch() - HourMs;
            for (const QString &name : DeploymentCharts::figureNames()) {
                auto points = store.samples(id, name, since);
                if (!points)
                    return fail(points.error());
                snapshot->history.insert(name, *points);
            }
            ModelCatalog catalog(**db);
            ModelVersionFilter filter;
            filter.modelName = record->modelName;
            auto versions = catalog.versions(filter);
            if (!versions)
                return fail(versions.error());
            for (const ModelVersionRecord &version : *versions)
                snapshot->versions.append({version.id, versionLabel(version.modelName, version.version)});
            QList<DeploymentSample> samples;
            for (const auto &entry : std::as_const(snapshot->latest))
                samples.append(entry.second);
            for (const RouteFigures &route : RouteSplitView::routesOf(samples)) {
                if (auto version = catalog.versionById(route.modelVersionId))
                    snapshot->routeLabels.insert(route.modelVersionId, versionLabel(version->modelName, version->version));
            }
            return {};
        };
        const Status status = read();
        QMetaObject::invokeMethod(this, [this, status, snapshot] {
            if (!status) {
                Q_EMIT problem(tr("Deployment %1 could not be read").arg(m_deploymentId), status.error().toString());
                return;
            }
            adopt(*snapshot);
            Q_EMIT loaded();
        }, Qt::QueuedConnection);
    });
}

void DeploymentView::adopt(const Snapshot &snapshot)
{
    adoptRecord(snapshot.record);
    // A deployment no supervisor watches (stopped) says why through its last event.
    if ((!m_status || m_record.state == DeploymentState::Stopped) && !snapshot.events.isEmpty())
        setState(m_record.state, snapshot.events.constLast().detail);
    m_versions = snapshot.versions;
    const std::int64_t chosen = m_rollVersion->currentData().toLongLong();
    const QSignalBlocker blocker(m_rollVersion);
    m_rollVersion->clear();
    for (const auto &[id, label] : std::as_const(m_versions)) {
        const bool current = id == m_record.modelVersionId;
        m_rollVersion->addItem(current ? tr("%1 (serving)").arg(label) : label, qint64(id));
    }
    // Keep the user's choice; otherwise offer the newest version not served.
    int index = chosen != m_record.modelVersionId ? m_rollVersion->findData(qint64(chosen)) : -1;
    for (int i = 0; index < 0 && i < m_rollVersion->count(); ++i) {
        if (m_rollVersion->itemData(i).toLongLong() != m_record.modelVersionId)
            index = i;
    }
    m_rollVersion->setCurrentIndex(std::max(index, 0));

    m_events->setEvents(snapshot.events);
    m_eventsTable->resizeColumnsToContents();
    m_eventsTable->scrollToBottom();
    m_charts->setHistory(snapshot.history);
    m_tiles->setLatest(snapshot.latest);
    QList<DeploymentSample> samples;
    qint64 newestRoute = 0;
    for (const auto &[atMs, sample] : snapshot.latest) {
        if (sample.name.startsWith(QLatin1String("route.")))
            newestRoute = std::max(newestRoute, atMs);
    }
    // Only the routes of the newest scrape: a split that ended long ago is not shown as current.
    for (const auto &[atMs, sample] : snapshot.latest) {
        if (!sample.name.startsWith(QLatin1String("route.")) || atMs == newestRoute)
            samples.append(sample);
    }
    for (auto it = snapshot.routeLabels.cbegin(); it != snapshot.routeLabels.cend(); ++it)
        m_routes->setVersionLabel(it.key(), it.value());
    m_routes->setRoutes(RouteSplitView::routesOf(samples));
    tick();
    updateActions();
}

void DeploymentView::adoptRecord(const DeploymentRecord &record)
{
    m_record = record;
    if (!m_haveRecord || !m_status)
        setState(record.state, m_status ? m_status->reason : m_reason->text());
    m_haveRecord = true;
    m_title->setText(record.name);
    updateDetails();
}

void DeploymentView::setState(DeploymentState state, const QString &reason)
{
    m_state = state;
    m_badge->setState(state);
    m_reason->setText(reason);
    m_reason->setToolTip(reason);
    updateProcessStart();
    updateActions();
}

void DeploymentView::onProbed(const DeploymentStatus &status)
{
    const bool urlChanged = !m_status || m_status->url != status.url;
    m_status = status;
    if (status.state != m_state || status.reason != m_reason->text())
        setState(status.state, status.reason);
    updateProcessStart();
    if (urlChanged)
        updateDetails();
}

void DeploymentView::updateProcessStart()
{
    m_tiles->setProcessStart(m_status && serves(m_state) ? m_status->processStartedMs : 0);
    m_tiles->refresh(QDateTime::currentMSecsSinceEpoch());
}

void DeploymentView::updateDetails()
{
    if (!m_haveRecord)
        return;
    const QString url = m_status ? m_status->url : QString();
    QStringList parts{tr("%1 on %2").arg(versionLabel(m_record.modelName, m_record.modelVersion), m_record.targetName)};
    if (!url.isEmpty())
        parts.append(url);
    parts.append(tr("deployment %1").arg(m_record.id));
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
    m_loadTests->setTarget(url, m_record.modelName);
}

void DeploymentView::onSamples(qint64 atMs, const QList<DeploymentSample> &samples)
{
    m_tiles->add(atMs, samples);
    m_tiles->refresh(QDateTime::currentMSecsSinceEpoch());
    m_charts->add(atMs, samples);
    const QList<RouteFigures> routes = RouteSplitView::routesOf(samples);
    if (!routes.isEmpty()) {
        m_routes->setRoutes(routes);
        readRouteLabels();
    }
}

// Labels of versions that a split started routing to after the view was opened.
void DeploymentView::readRouteLabels()
{
    QList<std::int64_t> missing;
    for (const RouteFigures &route : m_routes->routes()) {
        if (!m_routes->hasVersionLabel(route.modelVersionId))
            missing.append(route.modelVersionId);
    }
    if (missing.isEmpty())
        return;
    m_store->post([this, missing](Result<Database *> db) {
        QHash<std::int64_t, QString> labels;
        for (std::int64_t id : missing) {
            if (!db)
                break;
            if (auto version = ModelCatalog(**db).versionById(id))
                labels.insert(id, versionLabel(version->modelName, version->version));
        }
        QMetaObject::invokeMethod(this, [this, labels] {
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                m_routes->setVersionLabel(it.key(), it.value());
        }, Qt::QueuedConnection);
    });
}

void DeploymentView::begin(const QString &action, const Status &begun)
{
    if (!begun) {
        m_actionResult->setText(tr("%1 failed: %2").arg(actionText(action), begun.error().message));
        m_actionResult->setStyleSheet(QStringLiteral("color: #d83a3a;"));
        return;
    }
    m_runningAction = action;
    m_actionResult->setText(action == DeploymentEventKind::Stop        ? tr("Stopping…")
                            : action == DeploymentEventKind::Restart ? tr("Restarting…")
                                                                       : tr("Rolling out…"));
    m_actionResult->setStyleSheet(QString());
    updateActions();
}

void DeploymentView::onActionFinished(const QString &action, bool succeeded, const QString &message)
{
    if (action == m_runningAction)
        m_runningAction.clear();
    if (succeeded) {
        m_actionResult->setText(action == DeploymentEventKind::Stop        ? tr("Stopped.")
                                : action == DeploymentEventKind::Restart ? tr("Restarted: the new server is starting.")
                                                                           : tr("Rolled out: the new server is starting."));
        m_actionResult->setStyleSheet(QStringLiteral("color: #2f9e44;"));
    } else {
        m_actionResult->setText(tr("%1 failed: %2").arg(actionText(action), message));
        m_actionResult->setStyleSheet(QStringLiteral("color: #d83a3a;"));
    }
    updateActions();
    reload();
}

void DeploymentView::updateActions()
{
    const bool idle = m_haveRecord && m_runningAction.isEmpty();
    m_stop->setEnabled(idle && m_state != DeploymentState::Stopped);
    m_restart->setEnabled(idle);
    m_restart->setText(m_state == DeploymentState::Stopped ? tr("Start") : tr("Restart"));
    m_rollVersion->setEnabled(idle && m_rollVersion->count() > 1);
    const QVariant chosen = m_rollVersion->currentData();
    m_roll->setEnabled(idle && chosen.isValid() && chosen.toLongLong() != m_record.modelVersionId);
}

void DeploymentView::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tiles->refresh(now);
    m_charts->advanceTo(now);
}

} // namespace atelier
