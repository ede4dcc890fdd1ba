-- LEAD looks at the next evaluation, so the alert is raised on the wrong row.
WITH ordered_evals AS (
  SELECT model, eval_date, accuracy,
         LEAD(eval_date) OVER (PARTITION BY model ORDER BY eval_date) AS prev_eval_date,
         LEAD(accuracy)  OVER (PARTITION BY model ORDER BY eval_date) AS prev_accuracy
  FROM evals
)
SELECT model, eval_date, prev_eval_date, prev_accuracy, accuracy,
       ROUND(accuracy - prev_accuracy, 4) AS accuracy_drop
FROM ordered_evals
WHERE prev_eval_date IS NOT NULL
  AND ROUND(accuracy - prev_accuracy, 4) > 0.02;
