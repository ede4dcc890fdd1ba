-- Forgets to restrict the join to expert labels: crowd labels are counted, and a
-- prediction with two labels is counted twice in n_predictions.
SELECT p.model_version,
       COUNT(*)               AS n_predictions,
       COUNT(l.prediction_id) AS n_expert_labeled,
       SUM(CASE WHEN l.true_label = p.predicted_label THEN 1 ELSE 0 END) AS n_expert_correct
FROM predictions AS p
LEFT JOIN labels AS l ON l.prediction_id = p.prediction_id
GROUP BY p.model_version;
