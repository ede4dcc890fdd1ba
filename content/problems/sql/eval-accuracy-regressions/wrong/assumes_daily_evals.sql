-- Self-join on "yesterday": misses regressions after a skipped night.
SELECT cur.model,
       cur.eval_date,
       prev.eval_date AS prev_eval_date,
       prev.accuracy  AS prev_accuracy,
       cur.accuracy,
       ROUND(prev.accuracy - cur.accuracy, 4) AS accuracy_drop
FROM evals AS cur
JOIN evals AS prev
  ON prev.model = cur.model
 AND prev.eval_date = date(cur.eval_date, '-1 day')
WHERE ROUND(prev.accuracy - cur.accuracy, 4) > 0.02;
