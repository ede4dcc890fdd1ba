-- LAG over the whole table ordered by date: a model is compared with whichever model
-- happened to be evaluated just before it.
WITH ordered_evals AS (
  SELECT model, eval_date, accuracy,
         LAG(eval_date) OVER (ORDER BY eval_date, model) AS prev_eval_date,
         LAG(accuracy)  OVER (ORDER BY eval_date, model) AS prev_accuracy
  FROM evals
)
SELECT model, eval_date, prev_eval_date, prev_accuracy, accuracy,
       ROUND(prev_accuracy - accuracy, 4) AS accuracy_drop
FROM ordered_evals
WHERE prev_eval_date IS NOT NULL
  AND ROUND(prev_accuracy - accuracy, 4) > 0.02;
