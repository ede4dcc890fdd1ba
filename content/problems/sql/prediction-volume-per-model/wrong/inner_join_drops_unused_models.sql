-- INNER JOIN: models with no predictions disappear from the report.
SELECT m.model_id,
       m.name,
       COUNT(*)                  AS n_predictions,
       COUNT(DISTINCT p.user_id) AS n_users
FROM models AS m
JOIN predictions AS p ON p.model_id = m.model_id
GROUP BY m.model_id, m.name;
