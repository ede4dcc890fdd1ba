-- Postgres-style interval arithmetic is not SQLite syntax.
SELECT date(u.signup_at, '-6 days', 'weekday 1') AS cohort_week,
       COUNT(DISTINCT u.user_id) AS new_users,
       COUNT(DISTINCT o.user_id) AS buyers_7d
FROM users AS u
LEFT JOIN orders AS o
  ON o.user_id = u.user_id
 AND o.ordered_at >= u.signup_at
 AND o.ordered_at <  u.signup_at + INTERVAL '7 days'
GROUP BY cohort_week
ORDER BY cohort_week;
