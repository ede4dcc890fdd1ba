SELECT m.model_id,
       m.name,
       COUNT(p.prediction_id)    AS n_predictions,
       COUNT(DISTINCT p.user_id) AS n_users
FROM models AS m
LEFT JOIN predictions AS p
  ON p.model_id = m.model_id
GROUP BY m.model_id, m.name;
