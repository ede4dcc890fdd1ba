-- Treats day-7 retention as "active on any of days 1..7" instead of exactly day 7.
WITH as_of AS (SELECT MAX(date(event_at)) AS as_of_date FROM events),
flags AS (
  SELECT date(u.signup_at) AS cohort_date,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id
                   AND date(e.event_at) = date(u.signup_at, '+1 day')) AS r1,
         EXISTS (SELECT 1 FROM events AS e WHERE e.user_id = u.user_id
                   AND date(e.event_at) >  date(u.signup_at)
                   AND date(e.event_at) <= date(u.signup_at, '+7 days')) AS r7
  FROM users AS u
),
cohorts AS (
  SELECT cohort_date, COUNT(*) AS cohort_size, SUM(r1) AS r1_users, SUM(r7) AS r7_users
  FROM flags GROUP BY cohort_date
)

SELECT c.cohort_date,
       c.cohort_size,
       CASE WHEN date(c.cohort_date, '+1 day') <= a.as_of_date THEN c.r1_users END AS d1_users,
       CASE WHEN date(c.cohort_date, '+1 day') <= a.as_of_date
            THEN ROUND(1.0 * c.r1_users / c.cohort_size, 4) END AS d1_rate,
       CASE WHEN date(c.cohort_date, '+7 days') <= a.as_of_date THEN c.r7_users END AS d7_users,
       CASE WHEN date(c.cohort_date, '+7 days') <= a.as_of_date
            THEN ROUND(1.0 * c.r7_users / c.cohort_size, 4) END AS d7_rate
FROM cohorts AS c
CROSS JOIN as_of AS a;
