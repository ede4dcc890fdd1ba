-- A/B read-out per experiment and variant.
-- Columns, in this order:
--   experiment_id, variant, users, converters, conversion_rate, revenue_per_user
-- Tables:
--   assignments(user_id, experiment_id, variant, assigned_at)
--   conversions(conversion_id, user_id, converted_at, revenue_usd)
SELECT
  NULL AS experiment_id,
  NULL AS variant,
  NULL AS users,
  NULL AS converters,
  NULL AS conversion_rate,
  NULL AS revenue_per_user
FROM assignments;
