-- COUNT(*) counts annotations, so one annotator re-labeling an item looks like several people.
SELECT item_id,
       COUNT(*)              AS n_annotators,
       COUNT(DISTINCT label) AS n_labels
FROM annotations
WHERE label IS NOT NULL
GROUP BY item_id
HAVING COUNT(*) >= 3 AND COUNT(DISTINCT label) >= 2;
