-- Divides by 7 even during the first six days, when fewer days are in range.
WITH RECURSIVE bounds AS (
  SELECT MIN(date(event_at)) AS first_day, MAX(date(event_at)) AS last_day FROM events
),
spine (day) AS (
  SELECT first_day FROM bounds WHERE first_day IS NOT NULL
  UNION ALL
  SELECT date(spine.day, '+1 day') FROM spine, bounds WHERE spine.day < bounds.last_day
),
daily AS (
  SELECT date(event_at) AS day, COUNT(DISTINCT user_id) AS n_users FROM events GROUP BY date(event_at)
)
SELECT s.day,
       COALESCE(d.n_users, 0) AS dau,
       ROUND(SUM(COALESCE(d.n_users, 0)) OVER (
               ORDER BY s.day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0, 4) AS rolling_7d_avg
FROM spine AS s LEFT JOIN daily AS d ON d.day = s.day
ORDER BY s.day;
