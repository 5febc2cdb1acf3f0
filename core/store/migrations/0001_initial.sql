-- Schema 1: the entities of DESIGN.md in outline. Later issues extend them by new migrations.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,          -- ISO 8601 UTC with milliseconds
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,          -- dotted verb: dataset.create, shape.update
    object_kind TEXT NOT NULL,
    object_id   TEXT,
    detail      TEXT                    -- JSON
);
CREATE INDEX audit_object ON audit(object_kind, object_id);

-- Datasets and annotations ---------------------------------------------------------------

CREATE TABLE dataset (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    root_path   TEXT NOT NULL,          -- folder the images live in (referenced, not copied)
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE image (
    id          INTEGER PRIMARY KEY,
    dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    path        TEXT NOT NULL,          -- relative to the dataset's root_path
    width       INTEGER NOT NULL DEFAULT 0,
    height      INTEGER NOT NULL DEFAULT 0,
    size_bytes  INTEGER NOT NULL DEFAULT 0,
    mtime       INTEGER NOT NULL DEFAULT 0,   -- ms since the epoch
    sha256      TEXT,
    -- Per-row CHECKs on the tables that imports fill are OR chains: SQLite 3.40 evaluates an
    -- IN list by building a temporary table for every row (0.7 s per million rows).
    status      TEXT NOT NULL DEFAULT 'new'
                CHECK (status = 'new' OR status = 'in_progress' OR status = 'done'
                       OR status = 'accepted' OR status = 'rejected'),
    UNIQUE (dataset_id, path)
);

CREATE TABLE label_class (
    id          INTEGER PRIMARY KEY,
    dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL,          -- #rrggbb
    attributes  TEXT NOT NULL DEFAULT '[]',   -- JSON: attribute definitions
    UNIQUE (dataset_id, name)
);

CREATE TABLE shape (
    id             INTEGER PRIMARY KEY,
    image_id       INTEGER NOT NULL REFERENCES image(id) ON DELETE CASCADE,
    label_class_id INTEGER NOT NULL REFERENCES label_class(id),
    kind           TEXT NOT NULL   -- an OR chain, not IN: see image.status
                   CHECK (kind = 'box' OR kind = 'rotated_box' OR kind = 'polygon'
                          OR kind = 'polyline' OR kind = 'point' OR kind = 'mask'),
    geometry       TEXT NOT NULL,       -- JSON, image pixel coordinates
    attributes     TEXT NOT NULL DEFAULT '{}',
    z              INTEGER NOT NULL DEFAULT 0,
    hidden         INTEGER NOT NULL DEFAULT 0,
    locked         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shape_image ON shape(image_id);
CREATE INDEX shape_label ON shape(label_class_id);

CREATE TABLE dataset_version (
    id              INTEGER PRIMARY KEY,
    dataset_id      INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    message         TEXT NOT NULL DEFAULT '',
    manifest_sha256 TEXT NOT NULL,      -- blob in blobs/
    created_at      TEXT NOT NULL,
    UNIQUE (dataset_id, number)
);

-- Experiments ------------------------------------------------------------------------------

CREATE TABLE experiment (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    artifact_location TEXT NOT NULL DEFAULT '',
    lifecycle_stage   TEXT NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

-- Compute ----------------------------------------------------------------------------------

CREATE TABLE compute_target (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL CHECK (kind IN ('local', 'ssh', 'slurm')),
    config  TEXT NOT NULL DEFAULT '{}'  -- JSON; never secrets
);

CREATE TABLE job (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    target_id          INTEGER NOT NULL REFERENCES compute_target(id),
    dataset_version_id INTEGER REFERENCES dataset_version(id),
    state              TEXT NOT NULL DEFAULT 'queued'
                       CHECK (state IN ('queued', 'syncing', 'submitted', 'running', 'succeeded',
                                        'failed', 'cancelled', 'lost')),
    spec               TEXT NOT NULL DEFAULT '{}',   -- JSON job spec
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE job_event (
    id      INTEGER PRIMARY KEY,
    job_id  INTEGER NOT NULL REFERENCES job(id) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    state   TEXT NOT NULL,
    reason  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_event_job ON job_event(job_id);

-- Runs (a job creates a run; a run may also come from a script logging on its own) ----------

CREATE TABLE run (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,      -- the MLflow run id
    experiment_id   INTEGER NOT NULL REFERENCES experiment(id) ON DELETE CASCADE,
    job_id          INTEGER REFERENCES job(id) ON DELETE SET NULL,
    name            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'RUNNING'
                    CHECK (status IN ('RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED')),
    start_time      INTEGER,                   -- ms since the epoch
    end_time        INTEGER,
    user            TEXT NOT NULL DEFAULT '',
    lifecycle_stage TEXT NOT NULL DEFAULT 'active' CHECK (lifecycle_stage IN ('active', 'deleted')),
    artifact_uri    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX run_experiment ON run(experiment_id);

CREATE TABLE param (
    run_id  INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

CREATE TABLE tag (
    run_id  INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;

CREATE TABLE metric (
    run_id    INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    step      INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,            -- ms since the epoch
    value     REAL                         -- NULL stands for NaN
);
CREATE INDEX metric_run_key_step ON metric(run_id, key, step);

CREATE TABLE artifact (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    path    TEXT NOT NULL,
    size    INTEGER NOT NULL,
    sha256  TEXT NOT NULL,
    UNIQUE (run_id, path)
);

-- Models and serving -------------------------------------------------------------------------

CREATE TABLE model (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE model_version (
    id          INTEGER PRIMARY KEY,
    model_id    INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    run_id      INTEGER REFERENCES run(id) ON DELETE SET NULL,
    source_path TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    stage       TEXT NOT NULL DEFAULT 'none'
                CHECK (stage IN ('none', 'staging', 'production', 'archived')),
    created_at  TEXT NOT NULL,
    UNIQUE (model_id, version)
);

CREATE TABLE deployment (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    model_version_id INTEGER NOT NULL REFERENCES model_version(id),
    target_id        INTEGER NOT NULL REFERENCES compute_target(id),
    state            TEXT NOT NULL DEFAULT 'starting'
                     CHECK (state IN ('starting', 'loading', 'ready', 'degraded', 'down', 'stopped')),
    config           TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL
);

CREATE TABLE deployment_sample (
    deployment_id INTEGER NOT NULL REFERENCES deployment(id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,        -- ms since the epoch
    name          TEXT NOT NULL,           -- rps, error_rate, p50_ms, ...
    value         REAL
);
CREATE INDEX deployment_sample_at ON deployment_sample(deployment_id, name, at);

CREATE TABLE prediction_set (
    id                 INTEGER PRIMARY KEY,
    model_version_id   INTEGER NOT NULL REFERENCES model_version(id) ON DELETE CASCADE,
    dataset_version_id INTEGER NOT NULL REFERENCES dataset_version(id) ON DELETE CASCADE,
    blob_sha256        TEXT NOT NULL,
    created_at         TEXT NOT NULL
);
