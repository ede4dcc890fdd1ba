CREATE TABLE submissions (
  submission_id INTEGER PRIMARY KEY,
  task          TEXT NOT NULL,
  team          TEXT NOT NULL,
  score         REAL NOT NULL,   -- higher is better
  submitted_at  TEXT NOT NULL    -- 'YYYY-MM-DD HH:MM:SS'
);
