-- Walks up correctly but assumes the base model has the smallest id on the path.
WITH RECURSIVE up (model_id, ancestor_id, steps) AS (
  SELECT model_id, model_id, 0 FROM model_registry
  UNION ALL
  SELECT up.model_id, m.parent_id, up.steps + 1
  FROM up
  JOIN model_registry AS m ON m.model_id = up.ancestor_id
  WHERE m.parent_id IS NOT NULL
)
SELECT model_id, MIN(ancestor_id) AS root_id, MAX(steps) AS depth
FROM up
GROUP BY model_id;
