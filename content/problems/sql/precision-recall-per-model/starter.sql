-- Confusion counts, precision and recall per model at threshold 0.5 (score >= 0.5 is positive).
-- Columns, in this order: model_id, tp, fp, fn, precision, recall
-- Tables:
--   predictions(model_id, example_id, score)
--   labels(example_id, label)
SELECT
  NULL AS model_id,
  NULL AS tp,
  NULL AS fp,
  NULL AS fn,
  NULL AS precision,
  NULL AS recall
FROM predictions;
