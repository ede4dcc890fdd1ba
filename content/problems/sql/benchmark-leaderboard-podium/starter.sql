-- Leaderboard podium: teams whose best score is among the 3 highest distinct best scores per task.
-- Columns, in this order: task, team, best_score, rank_in_task
-- Order by task, rank_in_task, team.
-- Table: submissions(submission_id, task, team, score, submitted_at)
SELECT
  NULL AS task,
  NULL AS team,
  NULL AS best_score,
  NULL AS rank_in_task
FROM submissions;
