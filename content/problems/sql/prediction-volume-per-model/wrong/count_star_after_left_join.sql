-- COUNT(*) counts the NULL-padded row, so an unused model reports 1 prediction.
SELECT m.model_id,
       m.name,
       COUNT(*)                  AS n_predictions,
       COUNT(DISTINCT p.user_id) AS n_users
FROM models AS m
LEFT JOIN predictions AS p ON p.model_id = m.model_id
GROUP BY m.model_id, m.name;
