// JobsTableModel: states get their words and icons from one table; times are shown in local time.
#include "ui/jobs/jobs_table_model.h"

#include "ui/widgets/icons.h"

#include <QDateTime>
#include <QLocale>

#include <iterator>

namespace atelier {

namespace {

struct StateLook
{
    const char *text;
    const char *icon;
};

// In the order of JobState.
const StateLook Looks[] = {
    {QT_TRANSLATE_NOOP("JobsTableModel", "Queued"), "tasks"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Syncing"), "refresh"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Submitted"), "go-next"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Running"), "job"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Succeeded"), "success"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Failed"), "error"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Cancelled"), "cancel"},
    {QT_TRANSLATE_NOOP("JobsTableModel", "Lost"), "warning"},
};
static_assert(std::size(Looks) == int(JobState::Lost) + 1);

QDateTime parsed(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString durationText(const JobRecord &job)
{
    const QDateTime start = parsed(job.createdAt);
    const QDateTime end = isFinished(job.state) ? parsed(job.updatedAt) : QDateTime::currentDateTimeUtc();
    if (!start.isValid() || !end.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, start.secsTo(end));
    if (seconds < 60)
        return JobsTableModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return JobsTableModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return JobsTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

JobsTableModel::JobsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString JobsTableModel::stateText(JobState state)
{
    return tr(Looks[int(state)].text);
}

QIcon JobsTableModel::stateIcon(JobState state)
{
    return Icons::named(QLatin1String(Looks[int(state)].icon));
}

void JobsTableModel::setJobs(const QList<JobRecord> &jobs)
{
    // The same jobs in the same order (the common case: one changed state): update in place.
    bool sameRows = jobs.size() == m_jobs.size();
    for (qsizetype i = 0; sameRows && i < jobs.size(); ++i)
        sameRows = jobs[i].id == m_jobs[i].id;
    if (sameRows) {
        m_jobs = jobs;
        if (!m_jobs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

const JobRecord *JobsTableModel::job(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

int JobsTableModel::rowOf(std::int64_t jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].id == jobId)
            return row;
    }
    return -1;
}

int JobsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsTableModel::data(const QModelIndex &index, int role) const
{
    const JobRecord *job = index.isValid() ? this->job(index.row()) : nullptr;
    if (!job)
        return {};
    if (role == JobIdRole)
        return qint64(job->id);
    if (role == StateRole)
        return int(job->state);
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return stateIcon(job->state);
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == AttemptColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn: return qint64(job->id);
    case NameColumn: return job->name;
    case TargetColumn: return job->targetName;
    case StateColumn: return stateText(job->state);
    case AttemptColumn: return job->attempt;
    case StartedColumn: return QLocale().toString(parsed(job->createdAt).toLocalTime(), QLocale::ShortFormat);
    case DurationColumn: return durationText(*job);
    case ColumnCount: break;
    }
    return {};
}

QVariant JobsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn: return tr("Id");
    case NameColumn: return tr("Name");
    case TargetColumn: return tr("Target");
    case StateColumn: return tr("State");
    case AttemptColumn: return tr("Attempt");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case ColumnCount: break;
    }
    return {};
}

} // namespace atelier
