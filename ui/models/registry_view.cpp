// RegistryView: reads go through the store thread (the models, the shown model's versions and
// their runs' names in one job), changes through ModelRegistry as tasks; after a change the view
// reads everything again, so that what it shows is what the store holds.
#include "ui/models/registry_view.h"

#include "core/models/model_catalog.h"
#include "core/models/model_registry.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_thread.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "core/tracking/tracking_store.h"
#include "ui/models/model_list_model.h"
#include "ui/models/model_version_table_model.h"
#include "ui/models/stage_transition_dialog.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace atelier {

struct RegistryView::Snapshot
{
    QList<ModelRecord> models;
    QString model; // the one whose versions these are; empty when there is no model
    QList<ModelVersionRecord> versions;
    QHash<qint64, QString> runNames;
};

// The models, and the versions of `wanted` (else of the first model) with their runs' names.
Result<RegistryView::Snapshot> RegistryView::readSnapshot(Database &db, const QString &wanted)
{
    ModelCatalog catalog(db);
    auto models = catalog.models();
    if (!models)
        return fail(models.error());
    RegistryView::Snapshot snapshot;
    snapshot.models = *models;
    const bool haveWanted = std::any_of(models->cbegin(), models->cend(),
                                        [&](const ModelRecord &model) { return model.name == wanted; });
    snapshot.model = haveWanted ? wanted : models->isEmpty() ? QString() : models->constFirst().name;
    if (snapshot.model.isEmpty())
        return snapshot;
    ModelVersionFilter filter;
    filter.modelName = snapshot.model;
    auto versions = catalog.versions(filter);
    if (!versions)
        return fail(versions.error());
    snapshot.versions = *versions;
    AuditLog audit(db, QString()); // reads only: nothing is recorded
    TrackingStore tracking(db, audit);
    for (const ModelVersionRecord &version : snapshot.versions) {
        if (!version.runRowId || snapshot.runNames.contains(*version.runRowId))
            continue;
        if (auto run = tracking.run(version.runUuid))
            snapshot.runNames.insert(*version.runRowId, run->info.runName);
    }
    return snapshot;
}

namespace {

QString localTime(const QString &iso)
{
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
}

// {"inputs": [...], "outputs": [...]} as one compact line a side.
QString signatureText(const QJsonObject &signature)
{
    QStringList sides;
    for (const QString &side : {QStringLiteral("inputs"), QStringLiteral("outputs")}) {
        const QJsonValue value = signature.value(side);
        if (value.isUndefined())
            continue;
        const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                : value.toVariant().toString().toUtf8();
        sides.append(QStringLiteral("%1 %2").arg(side, QString::fromUtf8(json).left(160)));
    }
    return sides.join(QStringLiteral("; "));
}

} // namespace

RegistryView::RegistryView(TaskManager &tasks, const QString &projectFolder, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_projectFolder(projectFolder)
    , m_models(new ModelListModel(this))
    , m_versions(new ModelVersionTableModel(this))
    , m_modelsTable(new QTableView(this))
    , m_versionsTable(new QTableView(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_versionTitle(new QLabel(this))
    , m_details(new QLabel(this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    setObjectName(QStringLiteral("registryView"));
    createActions();
    for (QTableView *table : {m_modelsTable, m_versionsTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
    }
    m_modelsTable->setObjectName(QStringLiteral("modelsTable"));
    m_modelsTable->setModel(m_models);
    m_versionsTable->setObjectName(QStringLiteral("versionsTable"));
    m_versionsTable->setModel(m_versions);
    m_versionsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsTable->horizontalHeader()->setSectionResizeMode(ModelVersionTableModel::MetricsColumn,
                                                              QHeaderView::Stretch);
    m_modelsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_modelsTable->horizontalHeader()->setSectionResizeMode(ModelListModel::NameColumn, QHeaderView::Stretch);
    m_modelsTable->horizontalHeader()->setStretchLastSection(false);
    m_versionsTable->addActions({m_transition, m_setAlias, m_deleteAlias, m_lineage, m_openRun});
    m_versionsTable->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_transition, m_setAlias, m_deleteAlias});
    toolBar->addSeparator();
    toolBar->addActions({m_lineage, m_openRun});
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_versionsTable);
    right->addWidget(makeDetails());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_modelsTable);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 1040});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(split, 1);

    setFocusProxy(m_versionsTable);
    connect(m_modelsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistryView::onModelChosen);
    connect(m_versionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryView::onVersionChosen);
    connect(m_versionsTable, &QTableView::doubleClicked, m_lineage, &QAction::trigger);
    updateActions();
    refresh();
}

RegistryView::~RegistryView() = default;

void RegistryView::createActions()
{
    const auto make = [this](const char *icon, const QString &text, const char *name) {
        auto *action = new QAction(Icons::named(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    m_transition = make("go-next", tr("&Transition Stage…"), "transitionStageAction");
    m_transition->setToolTip(tr("Move the selected version to staging, production or archived"));
    m_setAlias = make("accept", tr("Set &Alias…"), "setAliasAction");
    m_setAlias->setToolTip(tr("Name the selected version (\"champion\"), moving the name from another version"));
    m_deleteAlias = make("reject", tr("&Delete Alias…"), "deleteAliasAction");
    m_lineage = make("lineage", tr("&Lineage"), "versionLineageAction");
    m_lineage->setToolTip(tr("Where the selected version came from and where it is deployed"));
    m_openRun = make("experiment", tr("Open &Run"), "versionRunAction");
    m_openRun->setToolTip(tr("The run that produced the selected version"));
    m_refresh = make("refresh", tr("&Refresh"), "registryRefreshAction");

    connect(m_transition, &QAction::triggered, this, &RegistryView::askStage);
    connect(m_setAlias, &QAction::triggered, this, &RegistryView::askAlias);
    connect(m_deleteAlias, &QAction::triggered, this, &RegistryView::askAliasToDelete);
    connect(m_lineage, &QAction::triggered, this, [this] {
        if (const ModelVersionRecord *version = currentVersion())
            Q_EMIT lineageRequested(version->id);
    });
    connect(m_openRun, &QAction::triggered, this, [this] {
        if (const ModelVersionRecord *version = currentVersion(); version && !version->runUuid.isEmpty())
            Q_EMIT runActivated(version->runUuid);
    });
    connect(m_refresh, &QAction::triggered, this, &RegistryView::refresh);
}

QWidget *RegistryView::makeDetails()
{
    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Stage"), tr("By"), tr("Comment")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    QFont titleFont = m_versionTitle->font();
    titleFont.setBold(true);
    m_versionTitle->setFont(titleFont);
    m_details->setObjectName(QStringLiteral("versionDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *panel = new QWidget(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_history, 3);
    columns->addWidget(m_details, 2);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_versionTitle);
    layout->addLayout(columns, 1);
    return panel;
}

const ModelVersionRecord *RegistryView::currentVersion() const
{
    const QModelIndexList rows = m_versionsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_versions->version(rows.constFirst().row());
}

void RegistryView::selectModel(const QString &name, std::int64_t number)
{
    m_shownModel = name;
    m_wantedVersion = number;
    refresh();
}

void RegistryView::refresh()
{
    QPointer<RegistryView> self(this);
    // A read asked for later (another model chosen meanwhile) makes this one moot.
    const int generation = ++m_refreshGeneration;
    m_store->post([self, generation, wanted = m_shownModel](Result<Database *> db) {
        auto snapshot = db ? readSnapshot(**db, wanted) : fail(db.error());
        QMetaObject::invokeMethod(qApp, [self, generation, snapshot = std::move(snapshot)] {
            if (!self || generation != self->m_refreshGeneration)
                return;
            if (!snapshot) {
                Q_EMIT self->problem(tr("The model registry could not be read"), snapshot.error().toString());
                return;
            }
            self->adopt(*snapshot);
        }, Qt::QueuedConnection);
    });
}

void RegistryView::adopt(const Snapshot &snapshot)
{
    const ModelVersionRecord *selected = currentVersion();
    const bool sameModel = snapshot.model == m_shownModel;
    const std::int64_t keep = m_wantedVersion ? m_wantedVersion : selected && sameModel ? selected->version : 0;
    m_wantedVersion = 0;
    m_shownModel = snapshot.model;
    m_models->setModels(snapshot.models);
    if (const int row = m_models->rowOf(m_shownModel); row >= 0)
        m_modelsTable->selectRow(row);
    m_versions->setVersions(snapshot.versions, snapshot.runNames);
    selectVersionRow(keep);
    // The rows may be the same ones with new contents: what is shown of them follows.
    onVersionChosen();
    updateActions();
    Q_EMIT refreshed();
}

void RegistryView::selectVersionRow(std::int64_t number)
{
    const int row = number ? m_versions->rowOf(number) : -1;
    if (m_versions->rowCount() > 0)
        m_versionsTable->selectRow(row >= 0 ? row : 0);
}

void RegistryView::onModelChosen()
{
    const ModelRecord *model = m_models->model(m_modelsTable->currentIndex().row());
    if (!model || model->name == m_shownModel)
        return;
    m_shownModel = model->name;
    m_wantedVersion = 0;
    refresh();
}

void RegistryView::onVersionChosen()
{
    showDetails();
    loadHistory();
    updateActions();
}

void RegistryView::loadHistory()
{
    const ModelVersionRecord *version = currentVersion();
    const int generation = ++m_historyGeneration;
    if (!version) {
        showHistory({});
        return;
    }
    QPointer<RegistryView> self(this);
    m_store->post([self, generation, model = version->modelName, number = version->version](Result<Database *> db) {
        auto history = db ? ModelCatalog(**db).stageHistory(model, number) : fail(db.error());
        QMetaObject::invokeMethod(qApp, [self, generation, history = std::move(history)] {
            if (!self || generation != self->m_historyGeneration)
                return;
            if (!history) {
                Q_EMIT self->problem(tr("The stage history could not be read"), history.error().toString());
                return;
            }
            self->showHistory(*history);
        }, Qt::QueuedConnection);
    });
}

void RegistryView::showHistory(const QList<StageChange> &history)
{
    m_history->setRowCount(int(history.size()));
    // Newest first, as the question is usually "what happened last".
    for (int row = 0; row < history.size(); ++row) {
        const StageChange &change = history[history.size() - 1 - row];
        m_history->setItem(row, 0, new QTableWidgetItem(localTime(change.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(ModelVersionTableModel::stageIcon(change.stage),
                                                        ModelVersionTableModel::stageText(change.stage)));
        m_history->setItem(row, 2, new QTableWidgetItem(change.actor));
        m_history->setItem(row, 3, new QTableWidgetItem(change.comment));
    }
    Q_EMIT historyShown();
}

void RegistryView::showDetails()
{
    const ModelVersionRecord *version = currentVersion();
    if (!version) {
        m_versionTitle->setText(m_shownModel.isEmpty() ? tr("No models are registered yet: register one from a "
                                                             "run's artifact (atelier model register).")
                                                       : QString());
        m_details->clear();
        return;
    }
    m_versionTitle->setText(tr("%1 v%2 — stage history").arg(version->modelName).arg(version->version));
    QStringList lines{tr("<b>SHA-256</b> %1").arg(version->sha256.left(16) + QStringLiteral("…")),
                      tr("<b>Source</b> %1").arg(version->sourcePath.toHtmlEscaped()),
                      tr("<b>Registered by</b> %1, %2").arg(version->createdBy.toHtmlEscaped(),
                                                           localTime(version->createdAt))};
    if (const QString signature = signatureText(version->signature); !signature.isEmpty())
        lines.append(tr("<b>Signature</b> %1").arg(signature.toHtmlEscaped()));
    if (!version->description.isEmpty())
        lines.append(version->description.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void RegistryView::updateActions()
{
    const ModelVersionRecord *version = currentVersion();
    const bool have = version && !m_busy;
    m_transition->setEnabled(have);
    m_setAlias->setEnabled(have);
    m_deleteAlias->setEnabled(have && !version->aliases.isEmpty());
    m_lineage->setEnabled(version != nullptr);
    m_openRun->setEnabled(version && !version->runUuid.isEmpty());
}

void RegistryView::askStage()
{
    const ModelVersionRecord *version = currentVersion();
    if (!version)
        return;
    auto *dialog = new StageTransitionDialog(*version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        transitionSelected(dialog->stage(), dialog->archiveExisting(), dialog->comment());
    });
    dialog->open();
}

void RegistryView::askAlias()
{
    const ModelVersionRecord *version = currentVersion();
    if (!version)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("setAliasDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Set Alias of %1 v%2").arg(version->modelName).arg(version->version));
    dialog->setLabelText(tr("Alias (such as \"champion\"); a version that has it now gives it up:"));
    dialog->setOkButtonText(tr("Set Alias"));
    connect(dialog, &QInputDialog::textValueSelected, this, &RegistryView::setAliasOnSelected);
    dialog->open();
}

void RegistryView::askAliasToDelete()
{
    const ModelVersionRecord *version = currentVersion();
    if (!version || version->aliases.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("deleteAliasDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Delete Alias of %1 v%2").arg(version->modelName).arg(version->version));
    dialog->setLabelText(tr("Alias to delete:"));
    dialog->setComboBoxItems(version->aliases);
    dialog->setOkButtonText(tr("Delete Alias"));
    connect(dialog, &QInputDialog::textValueSelected, this, &RegistryView::deleteAliasOfSelected);
    dialog->open();
}

void RegistryView::transitionSelected(ModelStage stage, bool archiveExisting, const QString &comment)
{
    const ModelVersionRecord *version = currentVersion();
    if (!version)
        return;
    change(tr("Moving %1 v%2 to %3").arg(version->modelName).arg(version->version)
               .arg(ModelVersionTableModel::stageText(stage)),
           [model = version->modelName, number = version->version, stage, archiveExisting,
            comment](ModelRegistry &registry) -> Status {
        auto moved = registry.transitionStage(model, number, stage, archiveExisting, comment);
        return moved ? Status() : fail(moved.error());
    });
}

void RegistryView::setAliasOnSelected(const QString &alias)
{
    const ModelVersionRecord *version = currentVersion();
    if (!version || alias.trimmed().isEmpty())
        return;
    change(tr("Naming %1 v%2 @%3").arg(version->modelName).arg(version->version).arg(alias.trimmed()),
           [model = version->modelName, number = version->version, alias = alias.trimmed()](ModelRegistry &registry) {
        return registry.setAlias(model, alias, number);
    });
}

void RegistryView::deleteAliasOfSelected(const QString &alias)
{
    const ModelVersionRecord *version = currentVersion();
    if (!version || alias.isEmpty())
        return;
    change(tr("Deleting the alias @%1 of %2").arg(alias, version->modelName),
           [model = version->modelName, alias](ModelRegistry &registry) { return registry.deleteAlias(model, alias); });
}

void RegistryView::change(const QString &title, std::function<Status(ModelRegistry &)> work)
{
    m_busy = true;
    updateActions();
    m_tasks.start(title, [folder = m_projectFolder, work = std::move(work)](TaskContext &context) -> Status {
        if (context.isCanceled())
            return fail(tr("Canceled before the registry was changed."));
        auto db = Project::connect(folder);
        if (!db)
            return fail(db.error());
        AuditLog audit(**db, Project::currentActor());
        BlobStore blobs(QDir(folder).filePath(Project::blobsFolderName()));
        ModelRegistry registry(**db, blobs, audit);
        return work(registry);
    }, this, [this](const Status &status) {
        m_busy = false;
        if (!status)
            Q_EMIT problem(status.error().message, status.error().detail);
        else
            Q_EMIT changed();
        refresh();
    });
}

} // namespace atelier
