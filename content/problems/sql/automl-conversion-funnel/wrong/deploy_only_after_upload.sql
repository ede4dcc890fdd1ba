-- Checks the deploy against the upload time instead of the qualifying train time.
WITH s1 AS (
  SELECT user_id, MIN(event_at) AS t1 FROM events
  WHERE event_name = 'upload_dataset' GROUP BY user_id
),
s2 AS (
  SELECT s1.user_id, s1.t1, MIN(e.event_at) AS t2
  FROM s1 JOIN events AS e
    ON e.user_id = s1.user_id AND e.event_name = 'train_model' AND e.event_at >= s1.t1
  GROUP BY s1.user_id, s1.t1
),
s3 AS (
  SELECT DISTINCT s2.user_id
  FROM s2 JOIN events AS e
    ON e.user_id = s2.user_id AND e.event_name = 'deploy_model' AND e.event_at >= s2.t1
),

counts AS (
  SELECT 1 AS step, 'upload_dataset' AS step_name, (SELECT COUNT(*) FROM s1) AS users
  UNION ALL SELECT 2, 'train_model', (SELECT COUNT(*) FROM s2)
  UNION ALL SELECT 3, 'deploy_model', (SELECT COUNT(*) FROM s3)
)
SELECT step, step_name, users,
       ROUND(1.0 * users / NULLIF((SELECT COUNT(*) FROM s1), 0), 4) AS pct_of_step1
FROM counts
ORDER BY step;
