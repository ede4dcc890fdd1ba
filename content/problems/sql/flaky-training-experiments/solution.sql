SELECT experiment_id,
       COUNT(*) AS total_runs,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed_runs,
       ROUND(1.0 * SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) / COUNT(*), 4) AS failure_rate,
       ROUND(COALESCE(SUM(CASE WHEN status = 'failed' THEN gpu_hours END), 0), 4) AS wasted_gpu_hours
FROM training_runs
GROUP BY experiment_id
HAVING SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) >= 2;
