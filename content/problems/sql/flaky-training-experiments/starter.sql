-- Flaky training experiments (at least 2 failed runs).
-- Columns, in this order:
--   experiment_id, total_runs, failed_runs, failure_rate, wasted_gpu_hours
-- Table: training_runs(run_id, experiment_id, status, gpu_hours)
SELECT
  NULL AS experiment_id,
  NULL AS total_runs,
  NULL AS failed_runs,
  NULL AS failure_rate,
  NULL AS wasted_gpu_hours
FROM training_runs;
