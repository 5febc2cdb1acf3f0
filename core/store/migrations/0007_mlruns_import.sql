-- MLflow file stores (mlruns/ folders) imported and synced (core/tracking/mlruns_import.cpp).

-- Which project experiment an MLflow experiment of a given mlruns folder became.
CREATE TABLE mlruns_experiment (
    root          TEXT NOT NULL,                  -- the mlruns folder's absolute path
    mlflow_id     TEXT NOT NULL,                  -- the experiment folder's name
    experiment_id INTEGER NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
    PRIMARY KEY (root, mlflow_id)
) WITHOUT ROWID;

-- How far each metric file was read: a sync reads only the bytes after `offset`.
CREATE TABLE mlruns_metric_file (
    run_id  INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    offset  INTEGER NOT NULL,                     -- bytes of whole lines imported
    lines   INTEGER NOT NULL,                     -- lines imported, for error messages
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;
