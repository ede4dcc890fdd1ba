-- Filtering failed runs in WHERE makes total_runs equal failed_runs (rate always 1.0).
SELECT experiment_id,
       COUNT(*) AS total_runs,
       COUNT(*) AS failed_runs,
       ROUND(1.0 * COUNT(*) / COUNT(*), 4) AS failure_rate,
       ROUND(COALESCE(SUM(gpu_hours), 0), 4) AS wasted_gpu_hours
FROM training_runs
WHERE status = 'failed'
GROUP BY experiment_id
HAVING COUNT(*) >= 2;
