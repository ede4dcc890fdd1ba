-- Ranks raw submissions instead of each team's best one: a team can take several podium places.
WITH ranked AS (
  SELECT task, team, score AS best_score,
         DENSE_RANK() OVER (PARTITION BY task ORDER BY score DESC) AS rank_in_task
  FROM submissions
)
SELECT task, team, best_score, rank_in_task
FROM ranked
WHERE rank_in_task <= 3
ORDER BY task, rank_in_task, team;
