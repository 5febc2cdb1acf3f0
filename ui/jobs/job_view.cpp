// JobView: the job is read on the store thread, its logs through LogTail on workers; while the job
// runs the logs are polled twice a second, and read once more to their end when it has finished.
#include "ui/jobs/job_view.h"

#include "core/compute/compute_target.h"
#include "core/compute/job_supervisor.h"
#include "core/store/audit_log.h"
#include "core/store/store_thread.h"
#include "ui/jobs/jobs_table_model.h"
#include "ui/jobs/log_tail.h"
#include "ui/jobs/log_view.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int LogPollMs = 500;

QString localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : iso;
}

QString commandText(const QStringList &command)
{
    QStringList quoted;
    for (const QString &word : command)
        quoted.append(word.contains(u' ') || word.isEmpty() ? u'"' + word + u'"' : word);
    return quoted.join(u' ');
}

} // namespace

JobView::JobView(JobSupervisor &supervisor, const QString &projectFolder, std::int64_t jobId, QWidget *parent)
    : QWidget(parent)
    , m_supervisor(supervisor)
    , m_projectFolder(projectFolder)
    , m_jobId(jobId)
    , m_title(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_details(new QLabel(this))
    , m_run(new QLabel(this))
    , m_events(new QTableWidget(0, 4, this))
    , m_logTabs(new QTabWidget(this))
    , m_stdout(new LogView(this))
    , m_stderr(new LogView(this))
    , m_pollTimer(new QTimer(this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    setObjectName(QStringLiteral("jobView"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("jobState"));
    m_run->setObjectName(QStringLiteral("jobRunLink"));
    m_run->setTextFormat(Qt::RichText);
    connect(m_run, &QLabel::linkActivated, this, [this] {
        if (!m_job.runUuid.isEmpty())
            Q_EMIT runActivated(m_job.runUuid);
    });

    m_events->setObjectName(QStringLiteral("jobEvents"));
    m_events->setHorizontalHeaderLabels({tr("Time"), tr("State"), tr("Reason"), tr("Attempt")});
    m_events->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_stdout->setObjectName(QStringLiteral("stdoutLog"));
    m_stderr->setObjectName(QStringLiteral("stderrLog"));
    m_logTabs->addTab(m_stdout, tr("Output (stdout)"));
    m_logTabs->addTab(m_stderr, tr("Errors (stderr)"));

    auto *header = new QVBoxLayout;
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_title);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state);
    stateRow->addStretch(1);
    stateRow->addWidget(m_run);
    header->addLayout(stateRow);
    header->addWidget(m_details);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_events);
    split->addWidget(m_logTabs);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    m_pollTimer->setInterval(LogPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &JobView::pollLogs);
    connect(&m_supervisor, &JobSupervisor::jobChanged, this, [this](std::int64_t id) {
        if (id == m_jobId)
            reload();
    });
    reload();
}

JobView::~JobView() = default;

void JobView::reload()
{
    m_store->post([this, jobId = m_jobId](Result<Database *> db) {
        Result<JobRecord> job = fail(Error{});
        Result<QList<JobEvent>> events = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString()); // reads only: nothing is recorded
            JobStore store(**db, audit);
            job = store.job(jobId);
            events = store.events(jobId);
        } else {
            job = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, job = std::move(job), events = std::move(events)] {
            if (!job || !events) {
                const Error &error = !job ? job.error() : events.error();
                Q_EMIT problem(tr("Job %1 could not be read").arg(m_jobId), error.toString());
                return;
            }
            adopt(*job, *events);
        }, Qt::QueuedConnection);
    });
}

void JobView::adopt(const JobRecord &job, const QList<JobEvent> &events)
{
    const bool finishedNow = isFinished(job.state) && !(m_haveJob && isFinished(m_job.state));
    m_job = job;
    m_haveJob = true;
    m_title->setText(tr("%1 (job %2)").arg(job.name).arg(job.id));
    const int iconSize = m_title->fontMetrics().height();
    m_stateIcon->setPixmap(JobsTableModel::stateIcon(job.state).pixmap(iconSize, iconSize));
    m_state->setText(JobsTableModel::stateText(job.state));
    QStringList details{tr("Target: %1 (%2)").arg(job.targetName, job.targetKind),
                        tr("Command: %1").arg(commandText(job.spec.command)),
                        tr("Attempt: %1 of %2").arg(job.attempt).arg(job.spec.retries + 1)};
    if (job.exitCode)
        details.append(tr("Exit code: %1").arg(*job.exitCode));
    if (job.cancelRequested && !isFinished(job.state))
        details.append(tr("Cancelling…"));
    m_details->setText(details.join(QStringLiteral("   ")));
    m_run->setText(job.runUuid.isEmpty() ? QString()
                                         : QStringLiteral("<a href=\"run\">%1</a>")
                                               .arg(tr("Run %1").arg(job.runUuid.left(8)).toHtmlEscaped()));
    showEvents(events);
    startTails();
    if (finishedNow) {
        // What the job wrote last is read once more to its end, then following stops.
        m_pollTimer->stop();
        m_finalReadsPending = (m_stdoutTail ? 1 : 0) + (m_stderrTail ? 1 : 0);
        pollLogs();
    }
    Q_EMIT loaded();
}

void JobView::showEvents(const QList<JobEvent> &events)
{
    m_events->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const JobEvent &event = events[row];
        auto *state = new QTableWidgetItem(JobsTableModel::stateIcon(event.state),
                                           JobsTableModel::stateText(event.state));
        m_events->setItem(row, 0, new QTableWidgetItem(localTime(event.at)));
        m_events->setItem(row, 1, state);
        m_events->setItem(row, 2, new QTableWidgetItem(event.reason));
        m_events->setItem(row, 3, new QTableWidgetItem(QString::number(event.attempt)));
    }
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
}

void JobView::startTails()
{
    if (m_stdoutTail)
        return;
    auto target = m_supervisor.target(m_job.targetName);
    if (!target) {
        Q_EMIT problem(tr("The logs of job %1 cannot be read from the target \"%2\"").arg(m_jobId).arg(m_job.targetName),
                       target.error().toString());
        return;
    }
    const JobHandle handle{m_job.id, (*target)->jobFolder(m_projectFolder, m_job.id), m_job.externalId};
    m_stdoutTail = new LogTail(*target, handle, LogStream::Stdout, this);
    m_stderrTail = new LogTail(*target, handle, LogStream::Stderr, this);
    for (auto [tail, view] : {std::pair{m_stdoutTail, m_stdout}, std::pair{m_stderrTail, m_stderr}}) {
        connect(tail, &LogTail::received, view, &LogView::appendBytes);
        connect(tail, &LogTail::caughtUp, this, &JobView::tailCaughtUp);
        connect(tail, &LogTail::failed, this, [this](const QString &message) {
            m_pollTimer->stop();
            Q_EMIT problem(tr("The log of job %1 could not be read").arg(m_jobId), message);
        });
    }
    pollLogs();
    if (!isFinished(m_job.state))
        m_pollTimer->start();
}

void JobView::pollLogs()
{
    if (m_stdoutTail)
        m_stdoutTail->poll();
    if (m_stderrTail)
        m_stderrTail->poll();
}

void JobView::tailCaughtUp()
{
    if (m_finalReadsPending > 0 && --m_finalReadsPending == 0)
        Q_EMIT logsComplete();
}

} // namespace atelier
