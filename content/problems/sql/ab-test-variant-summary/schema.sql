CREATE TABLE assignments (
  user_id       INTEGER NOT NULL,
  experiment_id TEXT NOT NULL,
  variant       TEXT NOT NULL,      -- e.g. 'control', 'treatment'
  assigned_at   TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  PRIMARY KEY (user_id, experiment_id)
);

CREATE TABLE conversions (
  conversion_id INTEGER PRIMARY KEY,
  user_id       INTEGER NOT NULL,
  converted_at  TEXT NOT NULL,      -- 'YYYY-MM-DD HH:MM:SS'
  revenue_usd   REAL NOT NULL
);
