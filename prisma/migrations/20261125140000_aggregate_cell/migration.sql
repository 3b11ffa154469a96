-- Aggregates for the admin dashboard: counts per clinic, period, age band, sex and measure,
-- computed in the database from submitted assessments only (drafts live in "draft").
-- Totals and risk levels are kept per month (the trend); every other measure per year, the
-- finest period the dashboard filters offer. No patient reference, clinician or free text.

-- CreateTable
CREATE TABLE "aggregate_refresh" (
    "id" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "sourceStamp" VARCHAR(80) NOT NULL,

    CONSTRAINT "aggregate_refresh_pkey" PRIMARY KEY ("id")
);

-- "submittedAt" is a UTC timestamp without time zone (Prisma's DateTime): months are UTC months.
CREATE MATERIALIZED VIEW "aggregate_cell" AS
WITH a AS (
  SELECT "id", "clinicId", to_char("submittedAt", 'YYYY-MM') AS "month", "ageBand", "sex",
         "overallLevel", "dependenceSeverity", "skinChange"
  FROM "assessment"
), measures AS (
  SELECT "clinicId", "month" AS "period", "ageBand", "sex", 'total' AS "measure" FROM a
  UNION ALL
  SELECT "clinicId", "month", "ageBand", "sex", 'level:' || "overallLevel" FROM a
  UNION ALL
  SELECT "clinicId", left("month", 4), "ageBand", "sex", 'dependence:' || "dependenceSeverity" FROM a
  UNION ALL
  SELECT "clinicId", left("month", 4), "ageBand", "sex", 'skin:' || "skinChange" FROM a
  UNION ALL
  -- A rule fires at most once per assessment; a domain counts assessments with any finding in it.
  SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'rule:' || f."ruleId"
  FROM a JOIN "finding" f ON f."assessmentId" = a."id"
  UNION ALL
  SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'domain:' || d."domain"
  FROM a JOIN (SELECT DISTINCT "assessmentId", "domain" FROM "finding") d ON d."assessmentId" = a."id"
  UNION ALL
  SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'class:' || c."classId"
  FROM a JOIN "assessment_medication_class" c ON c."assessmentId" = a."id"
)
SELECT "clinicId", "period", "ageBand", "sex", "measure", count(*)::int AS "n"
FROM measures
GROUP BY "clinicId", "period", "ageBand", "sex", "measure";

-- REFRESH ... CONCURRENTLY needs a unique index; readers are never blocked by a refresh.
CREATE UNIQUE INDEX "aggregate_cell_key" ON "aggregate_cell" ("clinicId", "period", "ageBand", "sex", "measure");

INSERT INTO "aggregate_refresh" ("id", "refreshedAt", "sourceStamp") VALUES (1, now() AT TIME ZONE 'UTC', '');

-- One refresh at a time across all app instances (the others return false at once). The stamp
-- is the assessment count and latest submission it covers, to tell when it is stale.
CREATE FUNCTION refresh_aggregate_cell() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  stamp text;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('refresh_aggregate_cell')) THEN
    RETURN false;
  END IF;
  SELECT count(*)::text || ':' || coalesce(max("submittedAt")::text, '') INTO stamp FROM "assessment";
  REFRESH MATERIALIZED VIEW CONCURRENTLY "aggregate_cell";
  UPDATE "aggregate_refresh" SET "refreshedAt" = now() AT TIME ZONE 'UTC', "sourceStamp" = stamp WHERE "id" = 1;
  RETURN true;
END;
$$;
