CREATE TABLE predictions (
  prediction_id   INTEGER PRIMARY KEY,
  model_version   TEXT NOT NULL,
  predicted_label TEXT NOT NULL
);

CREATE TABLE labels (
  prediction_id INTEGER NOT NULL,
  source        TEXT NOT NULL,   -- 'expert', 'crowd' or 'heuristic'
  true_label    TEXT NOT NULL,
  PRIMARY KEY (prediction_id, source)
);
