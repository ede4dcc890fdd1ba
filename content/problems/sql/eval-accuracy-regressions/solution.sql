WITH ordered_evals AS (
  SELECT model,
         eval_date,
         accuracy,
         LAG(eval_date) OVER (PARTITION BY model ORDER BY eval_date) AS prev_eval_date,
         LAG(accuracy)  OVER (PARTITION BY model ORDER BY eval_date) AS prev_accuracy
  FROM evals
)
SELECT model,
       eval_date,
       prev_eval_date,
       prev_accuracy,
       accuracy,
       ROUND(prev_accuracy - accuracy, 4) AS accuracy_drop
FROM ordered_evals
WHERE prev_eval_date IS NOT NULL
  AND ROUND(prev_accuracy - accuracy, 4) > 0.02;
