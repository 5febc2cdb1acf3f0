// JobsPane: jobs are read on the store thread; Cancel asks the supervisor, which ends the job on
// its next poll.
#include "ui/jobs/jobs_pane.h"

#include "core/compute/job_store.h"
#include "core/compute/job_supervisor.h"
#include "core/store/audit_log.h"
#include "core/store/store_thread.h"
#include "ui/jobs/jobs_table_model.h"
#include "ui/widgets/icons.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace atelier {

JobsPane::JobsPane(JobSupervisor &supervisor, const QString &projectFolder, QWidget *parent)
    : QWidget(parent)
    , m_supervisor(supervisor)
    , m_model(new JobsTableModel(this))
    , m_table(new QTableView(this))
    , m_cancel(new QAction(Icons::named(QStringLiteral("cancel")), tr("&Cancel Job"), this))
    , m_launch(new QAction(Icons::named(QStringLiteral("new")), tr("&Launch Job…"), this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    setObjectName(QStringLiteral("jobsPane"));
    m_cancel->setObjectName(QStringLiteral("cancelJobAction"));
    m_cancel->setToolTip(tr("Stop the selected jobs (SIGTERM, then SIGKILL after the grace period)"));
    m_launch->setObjectName(QStringLiteral("launchJobAction"));
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->addAction(m_cancel);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *toolBar = new QToolBar(this);
    toolBar->addAction(m_launch);
    toolBar->addAction(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QAction::triggered, this, &JobsPane::cancelSelected);
    connect(m_launch, &QAction::triggered, this, &JobsPane::launchRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const JobRecord *job = m_model->job(index.row()))
            Q_EMIT jobActivated(job->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPane::updateActions);
    connect(&m_supervisor, &JobSupervisor::jobChanged, this, &JobsPane::refresh);
    updateActions();
    refresh();
}

JobsPane::~JobsPane() = default;

void JobsPane::refresh()
{
    m_store->post([this](Result<Database *> db) {
        Result<QList<JobRecord>> jobs = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString()); // reads only: nothing is recorded
            jobs = JobStore(**db, audit).jobs();
        } else {
            jobs = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, jobs = std::move(jobs)] {
            if (!jobs) {
                Q_EMIT problem(tr("The jobs could not be read"), jobs.error().toString());
                return;
            }
            m_model->setJobs(*jobs);
            updateActions();
            Q_EMIT refreshed();
        }, Qt::QueuedConnection);
    });
}

void JobsPane::cancelSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const JobRecord *job = m_model->job(row.row());
        if (!job || isFinished(job->state))
            continue;
        if (auto ok = m_supervisor.cancel(job->id); !ok)
            Q_EMIT problem(tr("Job %1 could not be cancelled").arg(job->id), ok.error().toString());
    }
    m_supervisor.pollNow();
    refresh();
}

void JobsPane::updateActions()
{
    bool cancellable = false;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const JobRecord *job = m_model->job(row.row());
        cancellable = cancellable || (job && !isFinished(job->state) && !job->cancelRequested);
    }
    m_cancel->setEnabled(cancellable);
}

} // namespace atelier
