CREATE TABLE predictions (
  model_id   TEXT NOT NULL,
  example_id INTEGER NOT NULL,
  score      REAL NOT NULL,        -- predicted probability of the positive class
  PRIMARY KEY (model_id, example_id)
);

CREATE TABLE labels (
  example_id INTEGER PRIMARY KEY,
  label      INTEGER               -- 1 = positive, 0 = negative, NULL = not labeled yet
);
