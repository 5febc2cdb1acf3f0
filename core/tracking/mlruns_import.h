// MlrunsImport: imports an MLflow file store (an mlruns/ folder) and syncs it again, reading only what grew.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace atelier {

class AuditLog;
class BlobStore;
class Database;

// What one sync wrote: new experiments and runs, runs whose meta.yaml changed, params and tags
// new or changed, metric points appended, artifact files new or changed.
struct MlrunsSyncCounts
{
    int experimentsCreated = 0;
    int runsCreated = 0;
    int runsUpdated = 0;
    int params = 0;
    int tags = 0;
    std::int64_t metricPoints = 0;
    int artifacts = 0;
};

// The file store's layout (mlflow/store/tracking/file_store.py):
//   <root>/<experiment id>/meta.yaml               name, artifact_location, lifecycle_stage ...
//   <root>/<experiment id>/tags/<key>              experiment tags
//   <root>/<experiment id>/<run id>/meta.yaml      run_id, run_name, status (1..5), start_time ...
//   <root>/<experiment id>/<run id>/params/<key>   the file holds the value
//   <root>/<experiment id>/<run id>/tags/<key>
//   <root>/<experiment id>/<run id>/metrics/<key>  lines "timestamp value step"
//   <root>/<experiment id>/<run id>/artifacts/...
// A key with '/' is a file in subfolders ("a/b" is a/b). Experiments in .trash are not read.
//
// Experiments are matched by (folder, MLflow id), on first sight by name (MLflow's "0" becomes
// the project's Default); runs by their MLflow run id, which they keep. Each metric file's
// imported length is remembered, so a second sync reads only the lines added since; a last line
// without its newline yet is left for the next sync. A sync is one transaction: a malformed
// file fails it, naming the file and line, with the store left as it was.
class MlrunsImport
{
    Q_DECLARE_TR_FUNCTIONS(MlrunsImport)

public:
    MlrunsImport(Database &db, AuditLog &audit, BlobStore &blobs);

    [[nodiscard]] Result<MlrunsSyncCounts> sync(const QString &mlrunsFolder);

private:
    Database &m_db;
    AuditLog &m_audit;
    BlobStore &m_blobs;
};

} // namespace atelier
