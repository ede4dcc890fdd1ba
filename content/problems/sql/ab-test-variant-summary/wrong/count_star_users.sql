-- COUNT(*) after the join counts one row per conversion, inflating users for repeat buyers.
SELECT a.experiment_id,
       a.variant,
       COUNT(*) AS users,
       COUNT(DISTINCT c.user_id) AS converters,
       ROUND(1.0 * COUNT(DISTINCT c.user_id) / COUNT(*), 4) AS conversion_rate,
       ROUND(COALESCE(SUM(c.revenue_usd), 0) / COUNT(*), 4) AS revenue_per_user
FROM assignments AS a
LEFT JOIN conversions AS c
  ON c.user_id = a.user_id AND c.converted_at >= a.assigned_at
GROUP BY a.experiment_id, a.variant;
