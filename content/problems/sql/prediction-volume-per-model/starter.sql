-- Prediction volume per registered model.
-- Return one row per model in `models` with the columns, in this order:
--   model_id, name, n_predictions, n_users
-- Tables:
--   models(model_id, name, owner_team)
--   predictions(prediction_id, model_id, user_id, created_at)
SELECT
  NULL AS model_id,
  NULL AS name,
  NULL AS n_predictions,
  NULL AS n_users
FROM models;
