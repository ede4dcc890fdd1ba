-- ROW_NUMBER() gives tied teams different ranks and cuts the podium at exactly three teams.
WITH best AS (
  SELECT task, team, MAX(score) AS best_score
  FROM submissions
  GROUP BY task, team
),
ranked AS (
  SELECT task, team, best_score,
         ROW_NUMBER() OVER (PARTITION BY task ORDER BY best_score DESC, team) AS rank_in_task
  FROM best
)
SELECT task, team, best_score, rank_in_task
FROM ranked
WHERE rank_in_task <= 3
ORDER BY task, rank_in_task, team;
