CREATE TABLE model_registry (
  model_id  INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  parent_id INTEGER   -- the model this one was fine-tuned from; NULL for a base model
);
