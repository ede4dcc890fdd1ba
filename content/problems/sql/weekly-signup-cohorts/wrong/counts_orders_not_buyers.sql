-- Joining orders multiplies rows: COUNT(*) counts orders and buyers are not de-duplicated.
SELECT date(u.signup_at, '-6 days', 'weekday 1') AS cohort_week,
       COUNT(*) AS new_users,
       COUNT(o.order_id) AS buyers_7d
FROM users AS u
LEFT JOIN orders AS o
  ON o.user_id = u.user_id
 AND o.ordered_at >= u.signup_at
 AND o.ordered_at <  datetime(u.signup_at, '+7 days')
GROUP BY cohort_week
ORDER BY cohort_week;
