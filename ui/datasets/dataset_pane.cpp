// DatasetPane: reads go to the pane's StoreThread and come back queued; freezes, restores and exports are tasks in the task center.
#include "ui/datasets/dataset_pane.h"

#include "core/datasets/formats/coco_writer.h"
#include "core/datasets/formats/export_source.h"
#include "core/datasets/formats/labelme_writer.h"
#include "core/datasets/formats/mask_png_writer.h"
#include "core/datasets/formats/voc_writer.h"
#include "core/datasets/formats/yolo_writer.h"
#include "core/datasets/version_catalog.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_thread.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "ui/datasets/dataset_statistics_view.h"
#include "ui/datasets/export_dialog.h"
#include "ui/datasets/version_table_model.h"
#include "ui/widgets/empty_state.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

QString blobsFolder(const QString &projectFolder)
{
    return QDir(projectFolder).filePath(Project::blobsFolderName());
}

QString versionText(const VersionInfo &version)
{
    return version.message.isEmpty() ? DatasetPane::tr("Version %1").arg(version.number)
                                     : DatasetPane::tr("Version %1 — %2").arg(version.number).arg(version.message);
}

// A flat button that shows an action's text and icon and follows its enabled state.
QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

Result<ExportSummary> writeFolder(ExportSource &source, const QString &format, const QString &folder,
                                  TaskContext &context)
{
    if (format == u"coco") {
        auto written = CocoWriter::write(source, QDir(folder).filePath(QStringLiteral("instances.json")), {}, &context);
        if (!written)
            return fail(written.error());
        return ExportSummary{written->images, 1 + int(written->splitFiles.size()), written->annotations, written->report};
    }
    if (format == u"yolo")
        return YoloWriter::write(source, folder, {}, &context);
    if (format == u"voc")
        return VocWriter::write(source, folder, {}, &context);
    if (format == u"labelme")
        return LabelmeWriter::write(source, folder, {}, &context);
    return MaskPngWriter::write(source, folder, &context);
}

} // namespace

DatasetPane::DatasetPane(TaskManager &tasks, const QString &projectFolder, std::int64_t datasetId, const QString &name,
                         QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_projectFolder(projectFolder)
    , m_datasetId(datasetId)
    , m_name(name)
    , m_reader(std::make_unique<StoreThread>(projectFolder))
    , m_versions(new VersionTableModel(*m_reader, projectFolder, datasetId, this))
    , m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("datasetPane"));
    createActions();
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildVersionsPage(), Icons::named(QStringLiteral("dataset")), tr("&Versions"));
    m_pages->addTab(buildStatisticsPage(), Icons::named(QStringLiteral("properties")), tr("&Statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        // The working copy changes under other views; its statistics are read again each time.
        if (page == StatisticsPage && (statisticsSource() == 0 || !m_statistics))
            loadStatistics();
    });
    connect(m_versions, &VersionTableModel::loaded, this, &DatasetPane::showVersionsState);
    connect(m_versions, &QAbstractItemModel::rowsInserted, this, &DatasetPane::updateActions);
    connect(m_versions, &VersionTableModel::loadFailed, this, [this](const QString &message, const QString &detail) {
        m_versionsMessage->setTitle(tr("The versions cannot be read"));
        m_versionsMessage->setText(message);
        m_versionsStack->setCurrentWidget(m_versionsMessage);
        Q_EMIT problem(message, detail);
    });
    refresh();
}

DatasetPane::~DatasetPane() = default;

void DatasetPane::createActions()
{
    m_freeze = new QAction(Icons::named(QStringLiteral("new")), tr("&Freeze Version…"), this);
    m_freeze->setToolTip(tr("Freeze the working copy as a new version"));
    m_restore = new QAction(Icons::named(QStringLiteral("undo")), tr("&Restore…"), this);
    m_restore->setToolTip(tr("Make the working copy equal to the selected version"));
    m_export = new QAction(Icons::named(QStringLiteral("go-next")), tr("&Export…"), this);
    m_export->setToolTip(tr("Write the working copy or a version as COCO, YOLO, Pascal VOC, labelme or mask PNGs"));
    m_compare = new QAction(Icons::named(QStringLiteral("review")), tr("&Compare…"), this);
    m_compare->setToolTip(tr("Show what changed between two versions"));
    m_refresh = new QAction(Icons::named(QStringLiteral("refresh")), tr("Re&fresh"), this);
    connect(m_freeze, &QAction::triggered, this, &DatasetPane::freezeVersion);
    connect(m_restore, &QAction::triggered, this, &DatasetPane::restoreSelectedVersion);
    connect(m_export, &QAction::triggered, this, &DatasetPane::exportDataset);
    connect(m_compare, &QAction::triggered, this, &DatasetPane::compareVersions);
    connect(m_refresh, &QAction::triggered, this, &DatasetPane::refresh);
}

QWidget *DatasetPane::buildVersionsPage()
{
    auto *page = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    for (QAction *action : {m_freeze, m_restore, m_export, m_compare})
        bar->addWidget(actionButton(action, page));
    bar->addStretch(1);
    m_versionsInfo = new QLabel(page);
    bar->addWidget(m_versionsInfo);
    bar->addWidget(actionButton(m_refresh, page));

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("versionTable"));
    m_table->setModel(m_versions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VersionTableModel::MessageColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DatasetPane::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { setStatisticsSource(selectedVersion()); });

    m_versionsMessage = new EmptyState(Icons::named(QStringLiteral("dataset")), tr("Reading the versions…"), {}, page);
    m_versionsMessage->addButton(m_freeze);
    m_versionsStack = new QStackedWidget(page);
    m_versionsStack->addWidget(m_versionsMessage);
    m_versionsStack->addWidget(m_table);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_versionsStack, 1);
    return page;
}

QWidget *DatasetPane::buildStatisticsPage()
{
    auto *page = new QWidget(this);
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("statisticsSource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->addItem(tr("Working copy"), qint64(0));
    auto *sourceLabel = new QLabel(tr("S&how:"), page);
    sourceLabel->setBuddy(m_source);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(sourceLabel);
    bar->addWidget(m_source);
    bar->addStretch(1);
    bar->addWidget(actionButton(m_refresh, page));
    connect(m_source, &QComboBox::activated, this, [this] { loadStatistics(); });

    m_statisticsView = new DatasetStatisticsView(page);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_statisticsView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_statisticsMessage = new EmptyState(Icons::named(QStringLiteral("properties")), {}, {}, page);
    m_statisticsStack = new QStackedWidget(page);
    m_statisticsStack->addWidget(m_statisticsMessage);
    m_statisticsStack->addWidget(scroll);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_statisticsStack, 1);
    return page;
}

void DatasetPane::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

DatasetPane::Page DatasetPane::currentPage() const
{
    return Page(m_pages->currentIndex());
}

std::int64_t DatasetPane::selectedVersion() const
{
    const VersionInfo *info = m_versions->version(m_table->currentIndex().row());
    return info ? info->number : 0;
}

void DatasetPane::selectVersion(std::int64_t number)
{
    const int row = m_versions->rowOf(number);
    if (row >= 0)
        m_table->selectRow(row);
}

std::int64_t DatasetPane::statisticsSource() const
{
    return m_source->currentData().toLongLong();
}

void DatasetPane::setStatisticsSource(std::int64_t version)
{
    const int index = m_source->findData(qint64(version));
    if (index < 0)
        return;
    m_source->setCurrentIndex(index);
    showPage(StatisticsPage);
    loadStatistics();
}

void DatasetPane::refresh()
{
    m_versions->reload();
    loadVersionHeaders();
    if (currentPage() == StatisticsPage)
        loadStatistics();
}

void DatasetPane::showVersionsState()
{
    const std::int64_t total = m_versions->totalCount();
    m_versionsInfo->setText(total > 0 ? tr("%n version(s)", nullptr, int(total)) : QString());
    if (total == 0) {
        m_versionsMessage->setTitle(tr("No versions yet"));
        m_versionsMessage->setText(
            tr("A version freezes the images, labels, shapes, statuses and splits of %1 as they are now, so that "
               "training runs and exports can name exactly what they used. Unchanged images are stored once, so "
               "versions cost little.")
                .arg(m_name));
        m_versionsStack->setCurrentWidget(m_versionsMessage);
    } else {
        m_versionsStack->setCurrentWidget(m_table);
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
    }
    updateActions();
}

void DatasetPane::updateActions()
{
    m_freeze->setEnabled(!m_busy);
    m_restore->setEnabled(!m_busy && selectedVersion() != 0);
    m_compare->setEnabled(m_versions->totalCount() >= 1);
}

void DatasetPane::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void DatasetPane::loadVersionHeaders()
{
    QPointer<DatasetPane> self(this);
    m_reader->post([self, id = m_datasetId](Result<Database *> db) {
        auto headers = db ? VersionCatalog::headers(**db, id) : fail(db.error());
        QMetaObject::invokeMethod(qApp, [self, headers] {
            if (!self)
                return;
            if (!headers) {
                Q_EMIT self->problem(headers.error().message, headers.error().detail);
                return;
            }
            self->adoptVersionHeaders(*headers);
        }, Qt::QueuedConnection);
    });
}

void DatasetPane::adoptVersionHeaders(const QList<VersionInfo> &headers)
{
    m_headers = headers;
    const std::int64_t current = statisticsSource();
    m_source->clear();
    m_source->addItem(tr("Working copy"), qint64(0));
    for (const VersionInfo &version : headers)
        m_source->addItem(versionText(version), qint64(version.number));
    m_source->setCurrentIndex(std::max(0, m_source->findData(qint64(current))));
}

void DatasetPane::loadStatistics()
{
    const std::int64_t source = statisticsSource();
    const int generation = ++m_statisticsGeneration;
    if (const auto cached = m_versionStatistics.constFind(source); source != 0 && cached != m_versionStatistics.cend()) {
        adoptStatistics(source, *cached);
        return;
    }
    m_statisticsMessage->setTitle(source == 0 ? tr("Reading the working copy…") : tr("Reading version %1…").arg(source));
    m_statisticsMessage->setText(tr("Counting labels and measuring every shape."));
    m_statisticsStack->setCurrentWidget(m_statisticsMessage);
    QPointer<DatasetPane> self(this);
    m_reader->post([self, generation, folder = m_projectFolder, id = m_datasetId, source](Result<Database *> db) {
        BlobStore blobs(blobsFolder(folder));
        auto statistics = !db          ? fail(db.error())
                          : source == 0 ? DatasetStatistics::ofWorkingCopy(**db, id)
                                        : DatasetStatistics::ofVersion(**db, blobs, id, source);
        QMetaObject::invokeMethod(qApp, [self, generation, source, statistics = std::move(statistics)] {
            if (self && generation == self->m_statisticsGeneration)
                self->adoptStatistics(source, statistics);
        }, Qt::QueuedConnection);
    });
}

void DatasetPane::adoptStatistics(std::int64_t source, const Result<DatasetStatistics> &statistics)
{
    if (!statistics) {
        m_statistics.reset();
        m_statisticsMessage->setTitle(tr("The statistics cannot be read"));
        m_statisticsMessage->setText(statistics.error().message);
        m_statisticsStack->setCurrentWidget(m_statisticsMessage);
        Q_EMIT problem(statistics.error().message, statistics.error().detail);
        return;
    }
    if (source != 0)
        m_versionStatistics.insert(source, *statistics);
    m_statistics = *statistics;
    if (statistics->images == 0) {
        m_statisticsMessage->setTitle(source == 0 ? tr("No images yet") : tr("Version %1 holds no images").arg(source));
        m_statisticsMessage->setText(tr("Add images to %1 to see how its labels and shapes are spread.").arg(m_name));
        m_statisticsStack->setCurrentWidget(m_statisticsMessage);
    } else {
        m_statisticsView->setStatistics(*statistics);
        m_statisticsStack->setCurrentIndex(1);
    }
    Q_EMIT statisticsShown(source);
}

void DatasetPane::freezeVersion()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("freezeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Freeze Version of %1").arg(m_name));
    dialog->setLabelText(tr("What does this version hold? (for example: \"first review pass\")"));
    dialog->setOkButtonText(tr("Freeze"));
    connect(dialog, &QInputDialog::textValueSelected, this, &DatasetPane::startFreeze);
    dialog->open();
}

void DatasetPane::startFreeze(const QString &message)
{
    setBusy(true);
    auto created = std::make_shared<std::int64_t>(0);
    m_tasks.start(tr("Freezing a version of %1").arg(m_name),
                  [folder = m_projectFolder, id = m_datasetId, message, created](TaskContext &context) -> Status {
        auto db = Project::connect(folder);
        if (!db)
            return fail(db.error());
        AuditLog audit(**db, Project::currentActor());
        BlobStore blobs(blobsFolder(folder));
        auto version = DatasetVersions(**db, audit, blobs).create(id, message.trimmed(), &context);
        if (!version)
            return fail(version.error());
        *created = version->number;
        return {};
    }, this, [this, created](const Status &status) {
        setBusy(false);
        if (!status)
            return taskFailed(tr("Could not freeze a version of %1").arg(m_name), status);
        refresh();
        Q_EMIT versionFrozen(*created);
    });
}

void DatasetPane::restoreSelectedVersion()
{
    const std::int64_t version = selectedVersion();
    if (version == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Restore version %1?").arg(version),
                                tr("The working copy of %1 becomes exactly version %2: its images, statuses, splits, "
                                   "labels and shapes.").arg(m_name).arg(version),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("restoreConfirm"));
    box->setInformativeText(tr("Changes made since then that are not frozen in a version are lost, and images added "
                               "since are removed from the dataset (their files stay on disk). To keep them, cancel "
                               "and freeze a version first."));
    QPushButton *restore = box->addButton(tr("Restore Version %1").arg(version), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, version](QAbstractButton *button) {
        if (button == restore)
            startRestore(version);
    });
    box->open();
}

void DatasetPane::startRestore(std::int64_t version)
{
    setBusy(true);
    m_tasks.start(tr("Restoring version %1 of %2").arg(version).arg(m_name),
                  [folder = m_projectFolder, id = m_datasetId, version](TaskContext &context) -> Status {
        auto db = Project::connect(folder);
        if (!db)
            return fail(db.error());
        AuditLog audit(**db, Project::currentActor());
        BlobStore blobs(blobsFolder(folder));
        return DatasetVersions(**db, audit, blobs).restore(id, version, &context);
    }, this, [this, version](const Status &status) {
        setBusy(false);
        if (!status)
            return taskFailed(tr("Could not restore version %1 of %2").arg(version).arg(m_name), status);
        if (statisticsSource() == 0 && currentPage() == StatisticsPage)
            loadStatistics();
        else
            m_statistics.reset();
        Q_EMIT workingCopyChanged(m_datasetId);
        Q_EMIT versionRestored(version);
    });
}

void DatasetPane::exportDataset()
{
    QList<QPair<std::int64_t, QString>> versions;
    for (const VersionInfo &version : std::as_const(m_headers))
        versions.append({version.number, version.message});
    auto *dialog = new ExportDialog(versions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setVersion(currentPage() == StatisticsPage ? statisticsSource() : selectedVersion());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        startExport(dialog->format(), dialog->folder(), dialog->version());
    });
    dialog->open();
}

void DatasetPane::startExport(const QString &format, const QString &folder, std::int64_t version)
{
    const QString what = version == 0 ? m_name : tr("version %1 of %2").arg(version).arg(m_name);
    m_tasks.start(tr("Exporting %1 as %2").arg(what, format),
                  [project = m_projectFolder, name = m_name, format, folder, version](TaskContext &context) -> Status {
        auto db = Project::connect(project);
        if (!db)
            return fail(db.error());
        BlobStore blobs(blobsFolder(project));
        auto source = version == 0 ? ExportSource::open(**db, name) : ExportSource::openVersion(**db, blobs, name, version);
        if (!source)
            return fail(source.error());
        auto summary = writeFolder(*source, format, folder, context);
        if (!summary)
            return fail(summary.error());
        return {};
    }, this, [this, what, folder](const Status &status) {
        if (!status)
            return taskFailed(tr("Could not export %1 to %2").arg(what, QDir::toNativeSeparators(folder)), status);
        Q_EMIT exported(folder);
    });
}

void DatasetPane::compareVersions()
{
    if (m_headers.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setWindowTitle(tr("Compare Versions of %1").arg(m_name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto *from = new QComboBox(dialog);
    from->setObjectName(QStringLiteral("fromVersion"));
    auto *to = new QComboBox(dialog);
    to->setObjectName(QStringLiteral("toVersion"));
    for (QComboBox *box : {from, to}) {
        box->addItem(tr("Working copy"), qint64(DatasetVersions::WorkingCopy));
        for (const VersionInfo &version : std::as_const(m_headers))
            box->addItem(versionText(version), qint64(version.number));
    }
    // By default the selected version (or the newest) against the one before it; the oldest
    // against the working copy.
    const int selected = std::max(1, to->findData(qint64(selectedVersion())));
    if (selected + 1 < to->count()) {
        to->setCurrentIndex(selected);
        from->setCurrentIndex(selected + 1);
    } else {
        from->setCurrentIndex(selected);
        to->setCurrentIndex(0);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    const auto updateOk = [from, to, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(from->currentData() != to->currentData());
    };
    connect(from, &QComboBox::currentIndexChanged, dialog, updateOk);
    connect(to, &QComboBox::currentIndexChanged, dialog, updateOk);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, from, to] {
        Q_EMIT compareRequested(m_datasetId, from->currentData().toLongLong(), to->currentData().toLongLong());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->open();
}

void DatasetPane::taskFailed(const QString &what, const Status &status)
{
    // The task center shows the failure too; the event log keeps it with its detail.
    Q_EMIT problem(what + QStringLiteral(": ") + status.error().message, status.error().detail);
}

} // namespace atelier
