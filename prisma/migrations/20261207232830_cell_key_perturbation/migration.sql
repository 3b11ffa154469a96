-- Cell-key perturbation of the admin figures (issue 21 §1, docs/aggregates.md).

-- Every assessment carries a random record key in [0, 2^20), drawn by the database at insert
-- (the submit names no key, so the default draws it) and never selected by the app outside the
-- publisher's sums. Adding the column with a volatile default rewrites the table and draws a
-- key for every existing row: the backfill.
ALTER TABLE "assessment"
  ADD COLUMN "recordKey" INTEGER NOT NULL DEFAULT floor(random() * 1048576)::integer;

-- The counts and key sums of each clinic's released assessments, per (month or year, age band,
-- sex, measure): a release recounts only the clinics whose released set changed (a batch, or an
-- erasure) and reads the others from here.
CREATE TABLE "aggregate_source" (
    "clinicId" UUID NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "ageBand" VARCHAR(16) NOT NULL,
    "sex" VARCHAR(16) NOT NULL,
    "measure" VARCHAR(120) NOT NULL,
    "n" INTEGER NOT NULL,
    "keySum" INTEGER NOT NULL,

    CONSTRAINT "aggregate_source_pkey" PRIMARY KEY ("clinicId", "period", "ageBand", "sex", "measure")
);

-- A clinic's released set, fingerprinted by its count and key sum: when an assessment is
-- erased the sum (or the count) no longer matches and the clinic is recounted.
ALTER TABLE "aggregate_release_clinic" ADD COLUMN "keySum" INTEGER NOT NULL DEFAULT 0;

-- Published cells now hold the perturbed value (never the true count); nothing is withheld any
-- more, and the release records its error against the truth for the bench.
ALTER TABLE "aggregate_release" DROP COLUMN "withheld";
ALTER TABLE "aggregate_release" ADD COLUMN "meanError" DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE "aggregate_release" ADD COLUMN "maxError" INTEGER NOT NULL DEFAULT 0;

-- The releases so far held true counts: forget every clinic's cut-off, so the next run
-- republishes every clinic with perturbed cells (a new version; the old ones age out).
DELETE FROM "aggregate_release_clinic";
