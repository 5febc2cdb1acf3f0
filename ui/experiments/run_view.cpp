// RunView: everything is read on the store thread; artifacts are listed a folder at a time as the
// tree opens, and a preview reads at most what it shows.
#include "ui/experiments/run_view.h"

#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/store_thread.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/tracking_store.h"
#include "ui/experiments/metric_chart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int PathRole = Qt::UserRole + 1;
constexpr int IsFolderRole = Qt::UserRole + 2;
constexpr qint64 MaxTextPreview = 256 * 1024;

QTableWidget *keyValueTable(QWidget *parent, const QString &valueTitle)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setHorizontalHeaderLabels({RunView::tr("Key"), valueTitle});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void fill(QTableWidget *table, const QList<KeyValue> &entries)
{
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries[row].key));
        table->setItem(row, 1, new QTableWidgetItem(entries[row].value));
    }
    table->resizeColumnToContents(0);
}

QString timeText(std::optional<std::int64_t> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QStringLiteral("—");
}

QString provenanceText(const Run &run)
{
    const RunProvenance &p = run.provenance;
    QStringList lines;
    lines << RunView::tr("Run id: %1").arg(run.info.runId)
          << RunView::tr("Started: %1   Ended: %2").arg(timeText(run.info.startTime), timeText(run.info.endTime))
          << RunView::tr("User: %1   Host: %2").arg(run.info.user, p.host.isEmpty() ? QStringLiteral("—") : p.host);
    if (!p.command.isEmpty())
        lines << RunView::tr("Command: %1").arg(p.command);
    if (!p.gitCommit.isEmpty())
        lines << (p.gitDirty.value_or(false) ? RunView::tr("Code: %1 (with uncommitted changes)").arg(p.gitCommit)
                                             : RunView::tr("Code: %1").arg(p.gitCommit));
    if (p.jobId)
        lines << RunView::tr("Job: %1").arg(*p.jobId);
    if (p.datasetVersionId)
        lines << RunView::tr("Dataset version: %1").arg(*p.datasetVersionId);
    for (const DatasetInput &input : run.inputs)
        lines << RunView::tr("Input: %1 (%2)").arg(input.name, input.digest);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RunView::RunView(const QString &projectFolder, const QString &runId, QWidget *parent)
    : QWidget(parent)
    , m_projectFolder(projectFolder)
    , m_runId(runId)
    , m_title(new QLabel(this))
    , m_provenance(new QLabel(this))
    , m_params(keyValueTable(this, tr("Value")))
    , m_tags(keyValueTable(this, tr("Value")))
    , m_metrics(new QListWidget(this))
    , m_xAxis(new QComboBox(this))
    , m_smoothing(new QSlider(Qt::Horizontal, this))
    , m_logScale(new QCheckBox(tr("Log scale"), this))
    , m_artifacts(new QTreeWidget(this))
    , m_preview(new QLabel(this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(makeOverviewPage(), tr("Overview"));
    tabs->addTab(makeMetricsPage(), tr("Metrics"));
    tabs->addTab(makeArtifactsPage(), tr("Artifacts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(tabs, 1);
    load();
}

RunView::~RunView() = default;

QWidget *RunView::makeOverviewPage()
{
    auto *page = new QWidget(this);
    auto *tables = new QSplitter(page);
    auto *params = new QWidget(tables);
    auto *paramsLayout = new QVBoxLayout(params);
    paramsLayout->setContentsMargins(0, 0, 0, 0);
    paramsLayout->addWidget(new QLabel(tr("Params"), params));
    paramsLayout->addWidget(m_params);
    auto *tags = new QWidget(tables);
    auto *tagsLayout = new QVBoxLayout(tags);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->addWidget(new QLabel(tr("Tags"), tags));
    tagsLayout->addWidget(m_tags);
    tables->addWidget(params);
    tables->addWidget(tags);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_provenance);
    layout->addWidget(tables, 1);
    return page;
}

QWidget *RunView::makeMetricsPage()
{
    auto *page = new QWidget(this);
    m_chart = new MetricChart(*m_store, page);
    m_xAxis->addItem(tr("Step"), int(MetricXAxis::Step));
    m_xAxis->addItem(tr("Wall time"), int(MetricXAxis::WallTime));
    m_xAxis->addItem(tr("Relative time"), int(MetricXAxis::RelativeTime));
    m_smoothing->setRange(0, 99);
    m_smoothing->setToolTip(tr("Smoothing (exponential moving average)"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("X axis:"), page));
    controls->addWidget(m_xAxis);
    controls->addWidget(new QLabel(tr("Smoothing:"), page));
    controls->addWidget(m_smoothing, 1);
    controls->addWidget(m_logScale);
    auto *chartSide = new QWidget(page);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(controls);
    chartLayout->addWidget(m_chart, 1);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(m_metrics);
    splitter->addWidget(chartSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 700});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_metrics, &QListWidget::currentTextChanged, this, &RunView::showMetric);
    connect(m_xAxis, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setXAxis(MetricXAxis(m_xAxis->currentData().toInt())); });
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int value) { m_chart->setSmoothing(value / 100.0); });
    connect(m_logScale, &QCheckBox::toggled, m_chart, &MetricChart::setLogScale);
    connect(m_chart, &MetricChart::problem, this,
            [this](const QString &message) { Q_EMIT problem(tr("The metric could not be read"), message); });
    return page;
}

QWidget *RunView::makeArtifactsPage()
{
    auto *page = new QWidget(this);
    m_artifacts->setHeaderLabels({tr("Path"), tr("Size")});
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(m_artifacts);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_artifacts, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (item->childCount() == 1 && item->child(0)->data(0, PathRole).isNull()) {
            delete item->takeChild(0);
            listArtifacts(item, item->data(0, PathRole).toString());
        }
    });
    connect(m_artifacts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, IsFolderRole).toBool() && !item->data(0, PathRole).isNull())
            previewArtifact(item->data(0, PathRole).toString());
    });
    return page;
}

void RunView::load()
{
    m_store->post([this, runId = m_runId](Result<Database *> db) {
        Result<Run> run = fail(Error{});
        Result<std::int64_t> rowId = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString());
            TrackingStore store(**db, audit);
            run = store.run(runId);
            rowId = store.runRowId(runId);
        } else {
            run = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, run = std::move(run), rowId = std::move(rowId)] {
            if (!run || !rowId) {
                const Error &error = !run ? run.error() : rowId.error();
                Q_EMIT problem(tr("The run could not be read"), error.toString());
                return;
            }
            adopt(*run, *rowId);
        }, Qt::QueuedConnection);
    });
}

void RunView::reloadIfChanged(const QStringList &runIds)
{
    if (runIds.contains(m_runId))
        load();
}

void RunView::adopt(const Run &run, std::int64_t rowId)
{
    const QListWidgetItem *shown = m_metrics->currentItem();
    const QString shownMetric = shown ? shown->text() : QString();
    m_rowId = rowId;
    m_runName = run.info.runName;
    m_title->setText(run.info.runName);
    m_provenance->setText(provenanceText(run));
    fill(m_params, run.params);
    fill(m_tags, run.tags);

    // The model's metrics first, then the system's (GPU, CPU, memory), which stay apart.
    QStringList model, system;
    for (const MetricValue &metric : run.metrics)
        (isSystemMetricKey(metric.key) ? system : model).append(metric.key);
    model.sort();
    system.sort();
    {
        // A reload keeps the metric shown; the first load shows the first one.
        const QSignalBlocker blocker(m_metrics);
        m_metrics->clear();
        m_metrics->addItems(model);
        for (const QString &key : system) {
            auto *item = new QListWidgetItem(key, m_metrics);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
        const QList<QListWidgetItem *> same = m_metrics->findItems(shownMetric, Qt::MatchExactly);
        if (!shownMetric.isEmpty() && !same.isEmpty())
            m_metrics->setCurrentItem(same.first());
        else
            m_metrics->setCurrentRow(m_metrics->count() > 0 ? 0 : -1);
    }
    m_chart->setLive(run.info.status == RunStatus::Running);
    if (!shownMetric.isEmpty() && m_metrics->currentItem() && m_metrics->currentItem()->text() == shownMetric)
        m_chart->refresh(); // the same curves at the same zoom
    else
        showMetric();

    // Listed again unless the user is browsing them, so that a reload never closes a folder.
    if (!m_artifacts->currentItem()) {
        m_artifacts->clear();
        listArtifacts(nullptr, QString());
    }
    Q_EMIT loaded();
}

void RunView::showMetric()
{
    if (QListWidgetItem *item = m_metrics->currentItem())
        m_chart->setMetric(item->text(), {{m_rowId, m_runName}});
}

void RunView::listArtifacts(QTreeWidgetItem *folder, const QString &path)
{
    m_store->post([this, folder, path, rowId = m_rowId, blobs = QDir(m_projectFolder).filePath(Project::blobsFolderName())](
                      Result<Database *> db) {
        Result<QList<ArtifactFile>> files = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString());
            BlobStore blobStore(blobs);
            files = ArtifactStore(**db, blobStore, audit).list(rowId, path);
        } else {
            files = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, folder, files = std::move(files)] {
            if (!files) {
                Q_EMIT problem(tr("The artifacts could not be listed"), files.error().toString());
                return;
            }
            for (const ArtifactFile &file : *files) {
                const QString name = file.path.section(QLatin1Char('/'), -1);
                auto *item = folder ? new QTreeWidgetItem(folder, {name}) : new QTreeWidgetItem(m_artifacts, {name});
                item->setData(0, PathRole, file.path);
                item->setData(0, IsFolderRole, file.isDir);
                if (file.isDir)
                    new QTreeWidgetItem(item); // a placeholder until the folder opens
                else
                    item->setText(1, QLocale().formattedDataSize(file.size));
            }
        }, Qt::QueuedConnection);
    });
}

void RunView::previewArtifact(const QString &path)
{
    m_store->post([this, path, rowId = m_rowId, blobs = QDir(m_projectFolder).filePath(Project::blobsFolderName())](
                      Result<Database *> db) {
        Result<StoredArtifact> stored = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString());
            BlobStore blobStore(blobs);
            stored = ArtifactStore(**db, blobStore, audit).find(rowId, path);
        } else {
            stored = fail(db.error());
        }
        QImage image;
        QString text;
        if (stored) {
            QImageReader reader(stored->blobPath);
            reader.setDecideFormatFromContent(true);
            if (reader.canRead()) {
                image = reader.read();
            } else if (QFile file(stored->blobPath); file.open(QIODevice::ReadOnly)) {
                const QByteArray head = file.read(MaxTextPreview);
                text = head.contains('\0') ? tr("%1 is a binary file; it has no preview.").arg(path)
                                           : QString::fromUtf8(head);
                if (file.size() > MaxTextPreview)
                    text += QLatin1Char('\n') + tr("(The first %1 are shown.)").arg(QLocale().formattedDataSize(MaxTextPreview));
            }
        }
        QMetaObject::invokeMethod(this, [this, path, stored = std::move(stored), image, text] {
            if (!stored) {
                Q_EMIT problem(tr("The artifact could not be read"), stored.error().toString());
                return;
            }
            if (!image.isNull())
                m_preview->setPixmap(QPixmap::fromImage(image));
            else
                m_preview->setText(text);
            Q_EMIT artifactShown(path);
        }, Qt::QueuedConnection);
    });
}

} // namespace atelier
