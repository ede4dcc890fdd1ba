-- Requires each previous step to exist but not to come first in time.
WITH s1 AS (
  SELECT DISTINCT user_id FROM events WHERE event_name = 'upload_dataset'
),
s2 AS (
  SELECT DISTINCT e.user_id FROM events AS e JOIN s1 ON s1.user_id = e.user_id
  WHERE e.event_name = 'train_model'
),
s3 AS (
  SELECT DISTINCT e.user_id FROM events AS e JOIN s2 ON s2.user_id = e.user_id
  WHERE e.event_name = 'deploy_model'
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
