-- Joining only labeled examples drops a model whose predictions are all unlabeled.
WITH counts AS (
  SELECT p.model_id,
         SUM(CASE WHEN p.score >= 0.5 AND l.label = 1 THEN 1 ELSE 0 END) AS tp,
         SUM(CASE WHEN p.score >= 0.5 AND l.label = 0 THEN 1 ELSE 0 END) AS fp,
         SUM(CASE WHEN p.score <  0.5 AND l.label = 1 THEN 1 ELSE 0 END) AS fn
  FROM predictions AS p
  JOIN labels AS l ON l.example_id = p.example_id
  WHERE l.label IS NOT NULL
  GROUP BY p.model_id
)

SELECT model_id, tp, fp, fn,
       ROUND(1.0 * tp / NULLIF(tp + fp, 0), 4) AS precision,
       ROUND(1.0 * tp / NULLIF(tp + fn, 0), 4) AS recall
FROM counts;
