-- Evaluations whose accuracy fell by more than 0.02 versus the model's previous evaluation.
-- Columns, in this order:
--   model, eval_date, prev_eval_date, prev_accuracy, accuracy, accuracy_drop
-- Table: evals(model, eval_date, accuracy)
SELECT
  NULL AS model,
  NULL AS eval_date,
  NULL AS prev_eval_date,
  NULL AS prev_accuracy,
  NULL AS accuracy,
  NULL AS accuracy_drop
FROM evals;
