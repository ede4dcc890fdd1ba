-- Three-step ordered funnel: upload_dataset -> train_model -> deploy_model.
-- Columns, in this order: step, step_name, users, pct_of_step1
-- Exactly three rows, ordered by step.
-- Table: events(event_id, user_id, event_name, event_at)
SELECT
  NULL AS step,
  NULL AS step_name,
  NULL AS users,
  NULL AS pct_of_step1
FROM events;
