-- Run search (core/tracking/run_search.cpp).
-- Each filter clause such as `metrics.acc > 0.9` or `params.lr = '0.01'` reads the runs it
-- matches through an index on (key, value) instead of looking at every run, so a selective
-- filter over 100,000 runs costs what it returns.
CREATE INDEX metric_series_key_value ON metric_series(key, last_value);
CREATE INDEX param_key_value ON param(key, value);
CREATE INDEX tag_key_value ON tag(key, value);
-- Sorting by a metric looks up each run's latest value; with the value in the index that is one
-- b-tree search a run instead of two (params and tags have it in their primary key already).
CREATE INDEX metric_series_run_key_value ON metric_series(run_id, key, last_value);
