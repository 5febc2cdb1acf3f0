-- The runs table at 100,000 runs (core/tracking/run_search.cpp, ui/experiments/runs_table_model.cpp).
-- A metric clause such as `metrics.acc > 0.1` reads the ids of the runs it matches from this index
-- alone, in value order: with run_id in it, a clause that matches most runs costs one pass over
-- the index instead of one metric_series row a match. It replaces metric_series_key_value, whose
-- columns it begins with.
CREATE INDEX metric_series_key_value_run ON metric_series(key, last_value, run_id);
DROP INDEX metric_series_key_value;
