SELECT item_id,
       COUNT(DISTINCT annotator_id) AS n_annotators,
       COUNT(DISTINCT label)        AS n_labels
FROM annotations
WHERE label IS NOT NULL
GROUP BY item_id
HAVING COUNT(DISTINCT annotator_id) >= 3
   AND COUNT(DISTINCT label) >= 2;
