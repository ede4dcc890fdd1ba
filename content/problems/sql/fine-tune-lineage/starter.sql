-- For every model: the base model its lineage starts from and the number of fine-tuning steps.
-- Columns, in this order: model_id, root_id, depth
-- Table: model_registry(model_id, name, parent_id)
SELECT
  NULL AS model_id,
  NULL AS root_id,
  NULL AS depth
FROM model_registry;
