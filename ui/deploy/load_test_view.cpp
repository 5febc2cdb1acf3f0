// LoadTestView: bodies are read, the load generated and the result stored on a TaskManager worker with
// its own connection; the view only follows the task's progress and reads the stored tests back.
#include "ui/deploy/load_test_view.h"

#include "core/datasets/version_catalog.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/project/project_catalog.h"
#include "core/serving/demo_serving.h"
#include "core/serving/load_generator.h"
#include "core/serving/request_bodies.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/store_thread.h"
#include "core/tasks/task_context.h"
#include "core/tasks/task_manager.h"
#include "ui/deploy/latency_histogram_chart.h"
#include "ui/deploy/load_test_form.h"
#include "ui/deploy/load_tests_table_model.h"
#include "ui/deploy/deployment_tiles.h"
#include "ui/widgets/stat_tile.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace atelier {

namespace {

using Versions = QList<LoadTestForm::DatasetVersionChoice>;

Result<Versions> datasetVersions(Database &db)
{
    auto catalog = ProjectCatalog::load(db);
    if (!catalog)
        return fail(catalog.error());
    Versions versions;
    for (const CatalogItem &dataset : catalog->items(ProjectCatalog::Section::Datasets)) {
        auto headers = VersionCatalog::headers(db, dataset.id);
        if (!headers)
            return fail(headers.error());
        for (const VersionInfo &info : *headers)
            versions.append({dataset.name, info.number, info.message});
    }
    return versions;
}

// Runs on the worker: reads the bodies the plan names into its settings.
Status readBodies(LoadTestForm::Plan &plan, Database &db, const QString &projectFolder, const QString &modelName,
                  TaskContext &context)
{
    if (plan.body == LoadTestForm::BodySource::File) {
        auto body = RequestBodies::fromFile(plan.file);
        if (!body)
            return fail(body.error());
        plan.settings.bodies = {*body};
    } else if (plan.body == LoadTestForm::BodySource::DatasetVersion) {
        // The demo model takes an image's mean colour, not its file: its server gets that request.
        const bool demo = modelName == DemoServing::modelName();
        BlobStore blobs(QDir(projectFolder).filePath(Project::blobsFolderName()));
        auto bodies = RequestBodies::fromDatasetVersion(
            db, blobs, plan.datasetVersion.datasetName, plan.datasetVersion.version,
            demo ? RequestBodies::ImageEncoding::DemoInferRequest : RequestBodies::ImageEncoding::FileBytes,
            LoadTestView::MaxImageBodies, &context);
        if (!bodies)
            return fail(bodies.error());
        plan.settings.bodies = *bodies;
        plan.settings.headers.append(demo ? QByteArrayLiteral("Content-Type: application/json")
                                          : QByteArrayLiteral("Content-Type: application/octet-stream"));
    }
    return {};
}

} // namespace

struct LoadTestView::Outcome
{
    std::optional<LoadTestRecord> stored;
};

LoadTestView::LoadTestView(TaskManager &tasks, StoreThread &store, const QString &projectFolder,
                           std::int64_t deploymentId, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_store(store)
    , m_projectFolder(projectFolder)
    , m_deploymentId(deploymentId)
    , m_form(new LoadTestForm(this))
    , m_run(new QPushButton(tr("&Run Load Test"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_requests(new StatTile(tr("Requests"), this))
    , m_errors(new StatTile(tr("Errors"), this))
    , m_rps(new StatTile(tr("Requests/s"), this))
    , m_p50(new StatTile(tr("p50"), this))
    , m_p95(new StatTile(tr("p95"), this))
    , m_p99(new StatTile(tr("p99"), this))
    , m_max(new StatTile(tr("Max"), this))
    , m_histogram(new LatencyHistogramChart(this))
    , m_tests(new LoadTestsTableModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("loadTestView"));
    m_run->setObjectName(QStringLiteral("runLoadTest"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelLoadTest"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("loadTestProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("loadTestMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("loadTestHistory"));
    m_table->setModel(m_tests);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *settings = new QWidget(this);
    settings->setFixedWidth(340);
    auto *left = new QVBoxLayout(settings);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_form);
    left->addSpacing(6);
    left->addLayout(buttons);
    left->addWidget(m_progress);
    left->addWidget(m_message);
    left->addStretch(1);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (StatTile *tile : this->tiles())
        tiles->addWidget(tile, 1);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyTitle = new QLabel(tr("Earlier load tests of this deployment"), historyBox);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_histogram);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *right = new QVBoxLayout;
    right->addLayout(tiles);
    right->addWidget(split, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(settings);
    layout->addLayout(right, 1);

    connect(m_run, &QPushButton::clicked, this, &LoadTestView::run);
    connect(m_cancel, &QPushButton::clicked, this, &LoadTestView::cancel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LoadTestView::selectedChanged);
    connect(&m_tasks, &TaskManager::taskProgressed, this, [this](int id, qint64 done, qint64 total) {
        if (id != m_taskId)
            return;
        m_progress->setRange(0, total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0);
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    refresh();
}

LoadTestView::~LoadTestView()
{
    // The test's result is still stored when it ends; only its display here goes.
    if (m_taskId != 0)
        m_tasks.cancel(m_taskId);
}

QList<StatTile *> LoadTestView::tiles() const
{
    return {m_requests, m_errors, m_rps, m_p50, m_p95, m_p99, m_max};
}

void LoadTestView::setTarget(const QString &baseUrl, const QString &modelName)
{
    m_baseUrl = baseUrl;
    m_modelName = modelName;
    m_form->setModelName(modelName);
}

void LoadTestView::refresh()
{
    m_store.post([this, deploymentId = m_deploymentId](Result<Database *> db) {
        Result<QList<LoadTestRecord>> tests = fail(Error{});
        Result<Versions> versions = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString()); // reads only: nothing is recorded
            tests = LoadTestStore(**db, audit).list(deploymentId);
            versions = datasetVersions(**db);
        } else {
            tests = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, tests = std::move(tests), versions = std::move(versions)] {
            if (!tests) {
                Q_EMIT problem(tr("The load tests could not be read"), tests.error().toString());
                return;
            }
            m_tests->setTests(*tests);
            m_table->resizeColumnsToContents();
            if (versions)
                m_form->setDatasetVersions(*versions);
            const std::optional<std::int64_t> wanted = std::exchange(m_selectAfterRefresh, std::nullopt);
            const int row = m_tests->rowOf(wanted.value_or(m_shown.value_or(-1)));
            if (row >= 0)
                m_table->selectRow(row);
            else if (!m_shown && m_tests->rowCount() > 0)
                m_table->selectRow(0);
            Q_EMIT refreshed();
        }, Qt::QueuedConnection);
    });
}

void LoadTestView::run()
{
    if (isRunning())
        return;
    auto plan = m_form->plan(m_baseUrl);
    if (!plan) {
        showMessage(plan.error().message, true);
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    setRunning(true);
    showMessage(tr("Sending requests to %1…").arg(plan->settings.url), false);
    const QString title = tr("Load test of %1").arg(plan->settings.url);
    m_taskId = m_tasks.start(title, [plan = *plan, folder = m_projectFolder, model = m_modelName,
                                     deploymentId = m_deploymentId, outcome](TaskContext &context) mutable -> Status {
        auto db = Project::connect(folder);
        if (!db)
            return fail(db.error());
        if (auto read = readBodies(plan, **db, folder, model, context); !read)
            return read;
        auto result = LoadGenerator::run(plan.settings, &context);
        if (!result)
            return fail(result.error());
        // A cancelled test is kept too: what ran until then is a measurement.
        LoadTestRecord record = LoadTestRecord::from(plan.settings, *result, deploymentId);
        AuditLog audit(**db, Project::currentActor());
        auto id = LoadTestStore(**db, audit).save(record);
        if (!id)
            return fail(id.error());
        record.id = *id;
        outcome->stored = record;
        if (result->canceled)
            return fail(LoadTestView::tr("Cancelled after %n request(s); what ran is kept.", nullptr,
                                         int(std::min<std::int64_t>(result->requests, INT_MAX))));
        return {};
    }, this, [this, outcome](const Status &status) { testEnded(status, *outcome); });
}

void LoadTestView::cancel()
{
    if (m_taskId != 0)
        m_tasks.cancel(m_taskId);
}

void LoadTestView::testEnded(const Status &status, const Outcome &outcome)
{
    m_taskId = 0;
    setRunning(false);
    if (outcome.stored) {
        showTest(*outcome.stored);
        m_selectAfterRefresh = outcome.stored->id;
        refresh();
        Q_EMIT testStored(qint64(outcome.stored->id));
    }
    if (status) {
        showMessage(tr("Finished: %n request(s) sent.", nullptr, int(std::min<std::int64_t>(outcome.stored->requests,
                                                                                              INT_MAX))), false);
    } else {
        showMessage(outcome.stored ? tr("Cancelled; the requests sent until then are kept.") : status.error().message,
                    !outcome.stored);
    }
}

void LoadTestView::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_form->setEnabled(!running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
}

void LoadTestView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xd83a3a) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void LoadTestView::selectedChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (const LoadTestRecord *test = rows.isEmpty() ? nullptr : m_tests->test(rows.constFirst().row()))
        showTest(*test);
}

void LoadTestView::showTest(const LoadTestRecord &test)
{
    m_shown = test.id;
    const auto ms = [](std::optional<double> value) {
        return value ? DeploymentTiles::millisecondsText(*value) : QString();
    };
    const QLocale locale;
    m_requests->setValue(locale.toString(qint64(test.requests)));
    m_requests->setNote(LoadTestsTableModel::modeText(test.settings));
    m_errors->setValue(locale.toString(qint64(test.errors)));
    m_errors->setNote(test.requests > 0 ? tr("%1 % of requests").arg(locale.toString(100.0 * double(test.errors)
                                                                                       / double(test.requests), 'f', 1))
                                        : QString());
    m_rps->setValue(locale.toString(LoadTestsTableModel::requestsPerSecond(test), 'f', 1));
    m_rps->setNote(tr("over %1 s").arg(locale.toString(double(test.durationMs) / 1000.0, 'f', 1)));
    m_p50->setValue(ms(test.p50Ms));
    m_p95->setValue(ms(test.p95Ms));
    m_p99->setValue(ms(test.p99Ms));
    m_max->setValue(ms(test.maxMs));
    const bool open = test.settings.value(QStringLiteral("mode")).toString() == QLatin1String("open");
    const QString corrected = open ? tr("from the time due") : tr("from the time sent");
    for (StatTile *tile : {m_p50, m_p95, m_p99})
        tile->setNote(corrected);
    m_max->setNote(QString());
    m_histogram->setHistogram(test.histogram, test.p50Ms, test.p99Ms);
}

} // namespace atelier
