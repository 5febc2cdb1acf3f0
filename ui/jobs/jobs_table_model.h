// JobsTableModel: the project's jobs as table rows (id, name, target, state, attempt, started, duration).
#pragma once

#include "core/compute/job_store.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace atelier {

class JobsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, TargetColumn, StateColumn, AttemptColumn, StartedColumn, DurationColumn,
                  ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole /* int(JobState) */ };

    explicit JobsTableModel(QObject *parent = nullptr);

    // Replaces the rows, newest job first, keeping rows of jobs that stay (so selections stay).
    void setJobs(const QList<JobRecord> &jobs);
    const JobRecord *job(int row) const;
    int rowOf(std::int64_t jobId) const;

    // The words and icon a state is shown with everywhere in the jobs views.
    static QString stateText(JobState state);
    static QIcon stateIcon(JobState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobRecord> m_jobs;
};

} // namespace atelier
