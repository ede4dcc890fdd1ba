-- Windows over individual charges instead of daily totals: one output row per charge,
-- and day_total is just the single charge.
SELECT project,
       date(charged_at) AS day,
       ROUND(amount_usd, 4) AS day_total,
       ROUND(SUM(amount_usd) OVER (PARTITION BY project ORDER BY charged_at), 4) AS running_total
FROM compute_charges
ORDER BY project, day;
