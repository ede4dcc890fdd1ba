-- Without a calendar, zero-activity days are missing and "6 preceding rows" can span
-- more than 7 calendar days.
WITH daily AS (
  SELECT date(event_at) AS day, COUNT(DISTINCT user_id) AS dau
  FROM events
  GROUP BY date(event_at)
)
SELECT day,
       dau,
       ROUND(AVG(dau) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 4)
         AS rolling_7d_avg
FROM daily
ORDER BY day;
