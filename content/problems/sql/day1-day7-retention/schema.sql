CREATE TABLE users (
  user_id   INTEGER PRIMARY KEY,
  signup_at TEXT NOT NULL          -- 'YYYY-MM-DD HH:MM:SS', UTC
);

CREATE TABLE events (
  event_id   INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL,
  event_name TEXT NOT NULL,        -- e.g. 'open_notebook', 'run_inference'
  event_at   TEXT NOT NULL         -- 'YYYY-MM-DD HH:MM:SS', UTC
);
