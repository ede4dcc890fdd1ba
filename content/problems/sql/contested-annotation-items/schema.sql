CREATE TABLE annotations (
  annotation_id INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL,
  annotator_id  INTEGER NOT NULL,
  label         TEXT            -- NULL when the annotator skipped the item
);
