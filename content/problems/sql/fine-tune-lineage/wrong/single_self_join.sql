-- One self-join only looks one level up: grandchildren report their parent as the root.
SELECT m.model_id,
       COALESCE(p.model_id, m.model_id) AS root_id,
       CASE WHEN p.model_id IS NULL THEN 0 ELSE 1 END AS depth
FROM model_registry AS m
LEFT JOIN model_registry AS p ON p.model_id = m.parent_id;
