-- Annotators whose mean seconds per timed task is below the mean of per-annotator means.
-- Columns, in this order: annotator_id, n_timed_tasks, avg_seconds, team_avg_seconds
-- Table: labeling_tasks(task_id, annotator_id, item_id, seconds_spent)
SELECT
  NULL AS annotator_id,
  NULL AS n_timed_tasks,
  NULL AS avg_seconds,
  NULL AS team_avg_seconds
FROM labeling_tasks;
