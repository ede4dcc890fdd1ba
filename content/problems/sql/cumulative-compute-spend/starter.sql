-- Daily and cumulative compute spend per project.
-- Columns, in this order: project, day, day_total, running_total
-- Order by project, day.
-- Table: compute_charges(charge_id, project, charged_at, amount_usd)
SELECT
  NULL AS project,
  NULL AS day,
  NULL AS day_total,
  NULL AS running_total
FROM compute_charges;
