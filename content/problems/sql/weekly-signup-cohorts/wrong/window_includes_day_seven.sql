-- Off by one: the window is closed at +7 days, so an order exactly one week later counts.
SELECT date(u.signup_at, '-6 days', 'weekday 1') AS cohort_week,
       COUNT(*) AS new_users,
       SUM(EXISTS (
             SELECT 1 FROM orders AS o
             WHERE o.user_id = u.user_id
               AND o.ordered_at >= u.signup_at
               AND o.ordered_at <= datetime(u.signup_at, '+7 days')
           )) AS buyers_7d
FROM users AS u
GROUP BY cohort_week
ORDER BY cohort_week;
