-- Tracking: MLflow-compatible experiments and runs, and metrics stored compactly with a
-- level-of-detail pyramid (see core/tracking/metric_store.h).

-- MLflow's client logs to experiment "0" when none is set.
INSERT OR IGNORE INTO experiment (id, name, artifact_location, created_at, updated_at)
VALUES (0, 'Default', 'mlflow-artifacts:/0', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE experiment_tag (
    experiment_id INTEGER NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (experiment_id, key)
) WITHOUT ROWID;

-- Where a run came from, beyond MLflow's own fields.
ALTER TABLE run ADD COLUMN host TEXT NOT NULL DEFAULT '';
ALTER TABLE run ADD COLUMN command TEXT NOT NULL DEFAULT '';
ALTER TABLE run ADD COLUMN git_commit TEXT NOT NULL DEFAULT '';
ALTER TABLE run ADD COLUMN git_dirty INTEGER;            -- NULL: unknown
ALTER TABLE run ADD COLUMN dataset_version_id INTEGER REFERENCES dataset_version(id) ON DELETE SET NULL;
CREATE INDEX run_start_time ON run(start_time);

-- Datasets a run consumed (MLflow's LogInputs).
CREATE TABLE run_input (
    run_id      INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    digest      TEXT NOT NULL,
    source_type TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    schema      TEXT NOT NULL DEFAULT '',
    profile     TEXT NOT NULL DEFAULT '',
    tags        TEXT NOT NULL DEFAULT '[]',  -- JSON [{"key":..., "value":...}]
    PRIMARY KEY (run_id, name, digest)
) WITHOUT ROWID;

-- The first layout kept one row a point with the key repeated in each; nothing wrote to it.
DROP INDEX metric_run_key_step;
DROP TABLE metric;

-- One series a (run, key), with what the runs table shows: the latest value, min, max, count.
CREATE TABLE metric_series (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    system          INTEGER NOT NULL DEFAULT 0,   -- 1: "system/..." (GPU, CPU, memory)
    last_step       INTEGER NOT NULL DEFAULT 0,
    last_timestamp  INTEGER NOT NULL DEFAULT 0,
    last_value      REAL,                         -- NULL stands for NaN
    min_value       REAL,
    max_value       REAL,
    point_count     INTEGER NOT NULL DEFAULT 0,
    first_step      INTEGER NOT NULL DEFAULT 0,
    first_timestamp INTEGER NOT NULL DEFAULT 0,
    UNIQUE (run_id, key)
);

-- The points, clustered by series and step. No foreign key: a check a point would cost at
-- ingest; the trigger below removes a series' points with it.
CREATE TABLE metric_point (
    series_id INTEGER NOT NULL,
    step      INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    value     REAL,                               -- NULL stands for NaN
    PRIMARY KEY (series_id, step, timestamp)
) WITHOUT ROWID;

-- The level-of-detail pyramid: at level L a bucket covers a fixed run of steps (the width is
-- MetricStore's), and keeps what a chart needs to draw a min/max band and a line.
CREATE TABLE metric_bucket (
    series_id      INTEGER NOT NULL,
    level          INTEGER NOT NULL,
    bucket         INTEGER NOT NULL,              -- step / width of the level
    first_step     INTEGER NOT NULL,
    last_step      INTEGER NOT NULL,
    last_timestamp INTEGER NOT NULL,
    min_value      REAL,
    max_value      REAL,
    last_value     REAL,
    count          INTEGER NOT NULL,
    PRIMARY KEY (series_id, level, bucket)
) WITHOUT ROWID;

CREATE TRIGGER metric_series_deleted AFTER DELETE ON metric_series
BEGIN
    DELETE FROM metric_point WHERE series_id = old.id;
    DELETE FROM metric_bucket WHERE series_id = old.id;
END;
