CREATE TABLE evals (
  model     TEXT NOT NULL,
  eval_date TEXT NOT NULL,   -- 'YYYY-MM-DD'
  accuracy  REAL NOT NULL,   -- between 0 and 1
  PRIMARY KEY (model, eval_date)
);
