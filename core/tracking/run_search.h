// RunSearch: MLflow's search syntax for runs (filter and order_by), parsed once and run as prepared SQL.
#pragma once

#include "core/result.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace atelier {

class Database;

// A parsed filter such as `metrics.val_acc > 0.9 and params.lr = "0.01" and tags.team = "cv"`
// (also attributes.status, attributes.run_name, attributes.start_time, attributes.run_id IN
// (...), LIKE / ILIKE, !=, and the backquoted keys MLflow allows). A parse error's message points
// at the bad token: the column in the expression and what was expected there.
class RunFilter
{
    Q_DECLARE_TR_FUNCTIONS(RunFilter)

public:
    struct Impl;

    [[nodiscard]] static Result<RunFilter> parse(const QString &expression);
    RunFilter(RunFilter &&) noexcept;
    RunFilter &operator=(RunFilter &&) noexcept;
    ~RunFilter();

    bool isEmpty() const;
    const Impl &impl() const { return *m_impl; }

private:
    explicit RunFilter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

struct RunSearchRequest
{
    QList<std::int64_t> experimentIds; // empty: every experiment
    QString filter;
    ViewType view = ViewType::ActiveOnly;
    int maxResults = 1000; // 0: every matching run (the runs table); the REST API caps it
    // MLflow's order_by: "metrics.loss ASC", "params.lr", "attributes.start_time DESC" ...
    // Ties and the default order: start_time DESC, then run id.
    QStringList orderBy;
    QString pageToken;
};

struct RunSearchPage
{
    QList<std::int64_t> runRowIds; // in order; TrackingStore::run() or the runs table reads them
    QStringList runIds;
    QString nextPageToken;
};

class RunSearch
{
    Q_DECLARE_TR_FUNCTIONS(RunSearch)

public:
    explicit RunSearch(Database &db);

    // Fails with INVALID_PARAMETER_VALUE on a bad filter, order_by or page token.
    [[nodiscard]] Result<RunSearchPage> search(const RunSearchRequest &request);

private:
    Database &m_db;
};

} // namespace atelier
