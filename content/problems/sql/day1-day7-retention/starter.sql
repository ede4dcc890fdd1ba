-- Day-1 / day-7 retention per signup date, NULL when that day is not observable yet.
-- Columns, in this order:
--   cohort_date, cohort_size, d1_users, d1_rate, d7_users, d7_rate
-- Tables:
--   users(user_id, signup_at)
--   events(event_id, user_id, event_name, event_at)
SELECT
  NULL AS cohort_date,
  NULL AS cohort_size,
  NULL AS d1_users,
  NULL AS d1_rate,
  NULL AS d7_users,
  NULL AS d7_rate
FROM users;
