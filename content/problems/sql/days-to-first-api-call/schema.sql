CREATE TABLE users (
  user_id   INTEGER PRIMARY KEY,
  signup_at TEXT NOT NULL         -- 'YYYY-MM-DD HH:MM:SS', UTC
);

CREATE TABLE api_calls (
  call_id   INTEGER PRIMARY KEY,
  user_id   INTEGER NOT NULL,
  called_at TEXT NOT NULL         -- 'YYYY-MM-DD HH:MM:SS', UTC; never before the user's signup
);
