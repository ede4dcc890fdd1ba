-- Expert label coverage per model version.
-- Return one row per model_version with the columns, in this order:
--   model_version, n_predictions, n_expert_labeled, n_expert_correct
-- Tables:
--   predictions(prediction_id, model_version, predicted_label)
--   labels(prediction_id, source, true_label)
SELECT
  NULL AS model_version,
  NULL AS n_predictions,
  NULL AS n_expert_labeled,
  NULL AS n_expert_correct
FROM predictions;
