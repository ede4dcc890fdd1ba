-- Weekly signup cohorts (weeks start on Monday) and users who bought within 7 days of signup.
-- Columns, in this order: cohort_week, new_users, buyers_7d
-- Order by cohort_week.
-- Tables:
--   users(user_id, signup_at)
--   orders(order_id, user_id, ordered_at, amount_usd)
SELECT
  NULL AS cohort_week,
  NULL AS new_users,
  NULL AS buyers_7d
FROM users;
