-- SUM over a comparison that is NULL for every unlabeled row returns NULL, not 0,
-- for a version with no expert labels.
SELECT p.model_version,
       COUNT(*)                             AS n_predictions,
       COUNT(l.prediction_id)               AS n_expert_labeled,
       SUM(l.true_label = p.predicted_label) AS n_expert_correct
FROM predictions AS p
LEFT JOIN labels AS l
  ON l.prediction_id = p.prediction_id AND l.source = 'expert'
GROUP BY p.model_version;
