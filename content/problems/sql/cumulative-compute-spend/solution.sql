WITH daily AS (
  SELECT project,
         date(charged_at) AS day,
         SUM(amount_usd)  AS total
  FROM compute_charges
  GROUP BY project, date(charged_at)
)
SELECT project,
       day,
       ROUND(total, 4) AS day_total,
       ROUND(SUM(total) OVER (PARTITION BY project ORDER BY day
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 4) AS running_total
FROM daily
ORDER BY project, day;
