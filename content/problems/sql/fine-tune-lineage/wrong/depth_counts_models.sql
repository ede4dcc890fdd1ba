-- Counts models on the path instead of links: base models get depth 1.
WITH RECURSIVE lineage (model_id, root_id, depth) AS (
  SELECT model_id, model_id, 1
  FROM model_registry
  WHERE parent_id IS NULL
  UNION ALL
  SELECT child.model_id, lineage.root_id, lineage.depth + 1
  FROM model_registry AS child
  JOIN lineage ON child.parent_id = lineage.model_id
)
SELECT model_id, root_id, depth
FROM lineage;
