-- The dashboard reads published releases (aggregate_published_cell, migration
-- 20261204170100_aggregate_release); the per-cell materialized view of 20261125140000_aggregate_cell,
-- its refresh function and its refresh stamp are no longer read or written by anything.
DROP FUNCTION IF EXISTS refresh_aggregate_cell();
DROP MATERIALIZED VIEW IF EXISTS "aggregate_cell";
DROP TABLE IF EXISTS "aggregate_refresh";
