-- Schema 12: a project can run jobs on this computer from the start, as MLflow's client can log
-- to experiment 0 (0005): a compute target "local", unless the project has a local target already
-- or the name is taken.
INSERT INTO compute_target (name, kind, config)
SELECT 'local', 'local', '{}'
WHERE NOT EXISTS (SELECT 1 FROM compute_target WHERE kind = 'local' OR name = 'local');
