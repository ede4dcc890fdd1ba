CREATE TABLE labeling_tasks (
  task_id       INTEGER PRIMARY KEY,
  annotator_id  INTEGER NOT NULL,
  item_id       INTEGER NOT NULL,
  seconds_spent INTEGER   -- NULL when the task timer failed
);
