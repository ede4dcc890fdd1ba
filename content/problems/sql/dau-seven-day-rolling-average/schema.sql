CREATE TABLE events (
  event_id   INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL,
  event_name TEXT NOT NULL,
  event_at   TEXT NOT NULL      -- 'YYYY-MM-DD HH:MM:SS', UTC
);
