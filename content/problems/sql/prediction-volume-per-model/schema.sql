CREATE TABLE models (
  model_id   INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  owner_team TEXT NOT NULL
);

CREATE TABLE predictions (
  prediction_id INTEGER PRIMARY KEY,
  model_id      INTEGER NOT NULL,
  user_id       INTEGER,          -- NULL for anonymous traffic
  created_at    TEXT NOT NULL     -- 'YYYY-MM-DD HH:MM:SS'
);
