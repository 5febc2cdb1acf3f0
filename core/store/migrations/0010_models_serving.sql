-- Model registry (core/models), deployments and load tests (core/serving): what they need beyond
-- 0001's model, model_version, deployment and deployment_sample tables.

-- Registry ------------------------------------------------------------------------------------

-- MLflow's registered model carries both times (creation_timestamp, last_updated_timestamp).
ALTER TABLE model ADD COLUMN updated_at TEXT;

-- A version is a file in blobs/ named by its sha256; source_path is where it was registered from
-- (a run's artifact path, or an imported file).
ALTER TABLE model_version ADD COLUMN framework TEXT NOT NULL DEFAULT '';
-- JSON {"inputs": [...], "outputs": [...]} when known (an MLmodel file's signature), else '{}'.
ALTER TABLE model_version ADD COLUMN signature TEXT NOT NULL DEFAULT '{}';
-- JSON object: the run's latest value of each metric at registration, so that it survives the run.
ALTER TABLE model_version ADD COLUMN metrics TEXT NOT NULL DEFAULT '{}';
ALTER TABLE model_version ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE model_version ADD COLUMN updated_at TEXT;

-- Every stage change of a version, the first ('none' at registration) included.
CREATE TABLE model_version_stage (
    id               INTEGER PRIMARY KEY,
    model_version_id INTEGER NOT NULL REFERENCES model_version(id) ON DELETE CASCADE,
    stage            TEXT NOT NULL CHECK (stage IN ('none', 'staging', 'production', 'archived')),
    at               TEXT NOT NULL,
    actor            TEXT NOT NULL DEFAULT '',
    comment          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX model_version_stage_version ON model_version_stage(model_version_id);

-- An alias ("champion") names one version of a model at a time, as in MLflow.
CREATE TABLE model_alias (
    model_id         INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    alias            TEXT NOT NULL,
    model_version_id INTEGER NOT NULL REFERENCES model_version(id) ON DELETE CASCADE,
    PRIMARY KEY (model_id, alias)
) WITHOUT ROWID;

-- Deployments -----------------------------------------------------------------------------------

-- The serve command template as a JSON argument list ({model_path}, {port}, {name}).
ALTER TABLE deployment ADD COLUMN command TEXT NOT NULL DEFAULT '[]';
ALTER TABLE deployment ADD COLUMN port INTEGER;
-- The job that runs the server process (started and supervised like any job).
ALTER TABLE deployment ADD COLUMN job_id INTEGER REFERENCES job(id) ON DELETE SET NULL;
ALTER TABLE deployment ADD COLUMN updated_at TEXT;
CREATE INDEX deployment_model_version ON deployment(model_version_id);

-- A/B traffic split: the versions a deployment serves and their weights (one row when not split).
CREATE TABLE deployment_route (
    deployment_id    INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,
    model_version_id INTEGER NOT NULL REFERENCES model_version(id),
    weight           INTEGER NOT NULL CHECK (weight >= 0),
    port             INTEGER,
    job_id           INTEGER REFERENCES job(id) ON DELETE SET NULL,
    PRIMARY KEY (deployment_id, model_version_id)
) WITHOUT ROWID;
CREATE INDEX deployment_route_version ON deployment_route(model_version_id);

-- State changes, restarts, probe failures and rollouts, with the reason a user reads.
CREATE TABLE deployment_event (
    id            INTEGER PRIMARY KEY,
    deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL,     -- state, restart, rollout, probe, stop
    state         TEXT NOT NULL DEFAULT '',
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deployment_event_deployment ON deployment_event(deployment_id);

-- Load tests, kept with the deployment they ran against (or none: a bare URL from the CLI).
CREATE TABLE load_test (
    id            INTEGER PRIMARY KEY,
    deployment_id INTEGER REFERENCES deployment(id) ON DELETE CASCADE,
    url           TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    settings      TEXT NOT NULL DEFAULT '{}',   -- JSON: mode, concurrency, threads, rate, duration
    requests      INTEGER NOT NULL,
    errors        INTEGER NOT NULL,
    duration_ms   INTEGER NOT NULL,
    p50_ms        REAL,
    p95_ms        REAL,
    p99_ms        REAL,
    max_ms        REAL,
    histogram     TEXT NOT NULL DEFAULT '[]'    -- JSON [[upper_bound_ms, count], ...]
);
CREATE INDEX load_test_deployment ON load_test(deployment_id);

-- Registry, added with core/models/model_registry: a version registered from a folder (an MLflow
-- model: MLmodel plus its files) keeps in sha256 a manifest blob that lists the folder's files.
ALTER TABLE model_version ADD COLUMN content TEXT NOT NULL DEFAULT 'file'
    CHECK (content IN ('file', 'folder'));

-- Lineage (core/models/lineage_graph): the recursive walks follow these foreign keys from a node
-- to its neighbours, so each step is an index lookup rather than a scan of runs or jobs.
CREATE INDEX run_job ON run(job_id);
CREATE INDEX run_dataset_version ON run(dataset_version_id);
CREATE INDEX job_dataset_version ON job(dataset_version_id);
CREATE INDEX job_run ON job(run_id);
CREATE INDEX model_version_run ON model_version(run_id);
CREATE INDEX prediction_set_model_version ON prediction_set(model_version_id);
CREATE INDEX prediction_set_dataset_version ON prediction_set(dataset_version_id);
