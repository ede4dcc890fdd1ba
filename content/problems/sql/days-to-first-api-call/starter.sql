-- Calendar days from signup to the first API call, for every user.
-- Columns, in this order: user_id, signup_date, first_call_date, days_to_first_call
-- Tables:
--   users(user_id, signup_at)
--   api_calls(call_id, user_id, called_at)
SELECT
  NULL AS user_id,
  NULL AS signup_date,
  NULL AS first_call_date,
  NULL AS days_to_first_call
FROM users;
