-- Ignores observability: cohorts whose day 7 has not happened yet show 0% instead of NULL.
WITH flags AS (
  SELECT date(u.signup_at) AS cohort_date,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id
                   AND date(e.event_at) = date(u.signup_at, '+1 day')) AS r1,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id
                   AND date(e.event_at) = date(u.signup_at, '+7 days')) AS r7
  FROM users AS u
)
SELECT cohort_date,
       COUNT(*) AS cohort_size,
       SUM(r1) AS d1_users,
       ROUND(1.0 * SUM(r1) / COUNT(*), 4) AS d1_rate,
       SUM(r7) AS d7_users,
       ROUND(1.0 * SUM(r7) / COUNT(*), 4) AS d7_rate
FROM flags
GROUP BY cohort_date;
