// RunSearch: the runs that match an MLflow filter, in order_by's order, a page at a time.
#pragma once

#include "core/result.h"
#include "core/tracking/run_filter.h"
#include "core/tracking/tracking_types.h"

#include <QCoreApplication>
#include <QStringList>

namespace atelier {

class Database;

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
    bool withRunIds = true; // false: only row ids (the runs table reads run ids with its rows)
};

struct RunSearchPage
{
    QList<std::int64_t> runRowIds; // in order; TrackingStore::run() or the runs table reads them
    QStringList runIds; // when the request asks withRunIds
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
