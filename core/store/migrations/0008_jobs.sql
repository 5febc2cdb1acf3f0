-- Training jobs (core/compute): what a job needs beyond 0001's job and job_event tables to be
-- submitted, re-attached after a restart, cancelled and retried.

-- The folder <project>/jobs/<id>/ holds the wrapper's pid and exit_code files and the logs.
ALTER TABLE job ADD COLUMN folder TEXT NOT NULL DEFAULT '';
-- The target's name for the running job: "pid:starttime" locally, the Slurm job id on a cluster.
ALTER TABLE job ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
-- 1 for the first try; a retry counts up (the run carries it as the tag atelier.attempt).
ALTER TABLE job ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;
ALTER TABLE job ADD COLUMN exit_code INTEGER;
-- The tracking run the job logs to.
ALTER TABLE job ADD COLUMN run_id INTEGER REFERENCES run(id) ON DELETE SET NULL;
-- Set by a cancel before any signal is sent, so that every process that watches the job reads
-- its end as cancelled rather than failed.
ALTER TABLE job ADD COLUMN cancel_requested_at TEXT;

ALTER TABLE job_event ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;

-- Re-attaching at start reads the unfinished jobs.
CREATE INDEX job_state ON job(state);
