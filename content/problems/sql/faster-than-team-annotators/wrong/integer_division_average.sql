-- SUM / COUNT on integers truncates the per-annotator average.
WITH per_annotator AS (
  SELECT annotator_id, COUNT(seconds_spent) AS n_timed_tasks,
         SUM(seconds_spent) / COUNT(seconds_spent) AS avg_seconds
  FROM labeling_tasks
  WHERE seconds_spent IS NOT NULL
  GROUP BY annotator_id
),
team AS (
  SELECT AVG(avg_seconds) AS team_avg_seconds FROM per_annotator
)
SELECT p.annotator_id, p.n_timed_tasks,
       ROUND(p.avg_seconds, 4) AS avg_seconds,
       ROUND(t.team_avg_seconds, 4) AS team_avg_seconds
FROM per_annotator AS p CROSS JOIN team AS t
WHERE p.avg_seconds < t.team_avg_seconds;
