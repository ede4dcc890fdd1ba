CREATE TABLE compute_charges (
  charge_id  INTEGER PRIMARY KEY,
  project    TEXT NOT NULL,
  charged_at TEXT NOT NULL,   -- 'YYYY-MM-DD HH:MM:SS'
  amount_usd REAL NOT NULL    -- negative for refunds and credits
);
