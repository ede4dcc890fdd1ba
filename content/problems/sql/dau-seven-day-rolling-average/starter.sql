-- DAU for every calendar day between the first and last event, with a 7-day rolling average.
-- Columns, in this order: day, dau, rolling_7d_avg
-- Order by day.
-- Table: events(event_id, user_id, event_name, event_at)
SELECT
  NULL AS day,
  NULL AS dau,
  NULL AS rolling_7d_avg
FROM events;
