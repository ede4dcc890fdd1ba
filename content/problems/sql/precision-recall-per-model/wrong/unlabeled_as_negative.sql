-- COALESCE(label, 0) treats unlabeled examples as negatives, inflating false positives.
WITH scored AS (
  SELECT p.model_id, CASE WHEN p.score >= 0.5 THEN 1 ELSE 0 END AS pred,
         COALESCE(l.label, 0) AS label
  FROM predictions AS p LEFT JOIN labels AS l ON l.example_id = p.example_id
),
counts AS (
  SELECT model_id,
         SUM(CASE WHEN pred = 1 AND label = 1 THEN 1 ELSE 0 END) AS tp,
         SUM(CASE WHEN pred = 1 AND label = 0 THEN 1 ELSE 0 END) AS fp,
         SUM(CASE WHEN pred = 0 AND label = 1 THEN 1 ELSE 0 END) AS fn
  FROM scored GROUP BY model_id
)

SELECT model_id, tp, fp, fn,
       ROUND(1.0 * tp / NULLIF(tp + fp, 0), 4) AS precision,
       ROUND(1.0 * tp / NULLIF(tp + fn, 0), 4) AS recall
FROM counts;
