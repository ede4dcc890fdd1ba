-- Contested annotation items: >= 3 distinct annotators and >= 2 distinct labels.
-- Columns, in this order: item_id, n_annotators, n_labels
-- Table: annotations(annotation_id, item_id, annotator_id, label)
SELECT
  NULL AS item_id,
  NULL AS n_annotators,
  NULL AS n_labels
FROM annotations;
