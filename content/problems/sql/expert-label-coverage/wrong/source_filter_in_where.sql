-- The source filter sits in WHERE, which turns the LEFT JOIN into an inner join:
-- unlabeled predictions (and versions without expert labels) vanish.
SELECT p.model_version,
       COUNT(*)               AS n_predictions,
       COUNT(l.prediction_id) AS n_expert_labeled,
       SUM(CASE WHEN l.true_label = p.predicted_label THEN 1 ELSE 0 END) AS n_expert_correct
FROM predictions AS p
LEFT JOIN labels AS l ON l.prediction_id = p.prediction_id
WHERE l.source = 'expert'
GROUP BY p.model_version;
