CREATE TABLE training_runs (
  run_id        INTEGER PRIMARY KEY,
  experiment_id TEXT NOT NULL,
  status        TEXT NOT NULL,   -- 'succeeded', 'failed' or 'cancelled'
  gpu_hours     REAL             -- NULL when the run never got a GPU
);
