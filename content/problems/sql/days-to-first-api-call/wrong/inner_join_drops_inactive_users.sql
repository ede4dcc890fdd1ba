-- INNER JOIN: users who never called are missing instead of reported with NULLs.
SELECT u.user_id,
       date(u.signup_at) AS signup_date,
       date(MIN(c.called_at)) AS first_call_date,
       CAST(julianday(date(MIN(c.called_at))) - julianday(date(u.signup_at)) AS INTEGER)
         AS days_to_first_call
FROM users AS u
JOIN api_calls AS c ON c.user_id = u.user_id
GROUP BY u.user_id, u.signup_at;
