CREATE TABLE users (
  user_id   INTEGER PRIMARY KEY,
  signup_at TEXT NOT NULL        -- 'YYYY-MM-DD HH:MM:SS', UTC
);

CREATE TABLE orders (
  order_id   INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL,
  ordered_at TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS', UTC
  amount_usd REAL NOT NULL
);
