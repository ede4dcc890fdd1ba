-- Forgets the timing condition: conversions before assignment are credited to the variant.
SELECT a.experiment_id,
       a.variant,
       COUNT(DISTINCT a.user_id) AS users,
       COUNT(DISTINCT c.user_id) AS converters,
       ROUND(1.0 * COUNT(DISTINCT c.user_id) / COUNT(DISTINCT a.user_id), 4) AS conversion_rate,
       ROUND(COALESCE(SUM(c.revenue_usd), 0) / COUNT(DISTINCT a.user_id), 4) AS revenue_per_user
FROM assignments AS a
LEFT JOIN conversions AS c ON c.user_id = a.user_id
GROUP BY a.experiment_id, a.variant;
