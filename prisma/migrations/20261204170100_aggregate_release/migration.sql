-- Published releases of the admin figures (issue 10 §2). One app instance at a time (the holder
-- of the lease) suppresses the counts and writes every published cell of the new release here,
-- with its version; every instance reads these rows, so instances agree by construction.
-- "n" is the true count: the data access layer returns it only for cells whose status is 0
-- (published); the others are shown as "<11", "suppressed" or "withheld".

CREATE TABLE "aggregate_release" (
    "version" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "threshold" INTEGER NOT NULL,
    "years" TEXT[] NOT NULL,
    "clinicIds" UUID[] NOT NULL,
    "ruleIds" TEXT[] NOT NULL,
    "cells" INTEGER NOT NULL,
    "hidden" INTEGER NOT NULL,
    "withheld" INTEGER NOT NULL,
    "publishMs" INTEGER NOT NULL,

    CONSTRAINT "aggregate_release_pkey" PRIMARY KEY ("version")
);

CREATE TABLE "aggregate_published_cell" (
    "version" INTEGER NOT NULL,
    "clinic" VARCHAR(36) NOT NULL,
    "ageBand" VARCHAR(16) NOT NULL,
    "sex" VARCHAR(16) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "measure" VARCHAR(120) NOT NULL,
    "n" INTEGER NOT NULL,
    "status" SMALLINT NOT NULL,

    -- A view reads one (version, clinic, age band, sex) prefix: one index range.
    CONSTRAINT "aggregate_published_cell_pkey" PRIMARY KEY ("version", "clinic", "ageBand", "sex", "period", "measure")
);

-- The release policy's state: per clinic, the cut-off its released figures go up to.
CREATE TABLE "aggregate_release_clinic" (
    "clinicId" UUID NOT NULL,
    "cutoff" TIMESTAMP(3) NOT NULL,
    "released" INTEGER NOT NULL,

    CONSTRAINT "aggregate_release_clinic_pkey" PRIMARY KEY ("clinicId")
);

-- Who is publishing: a lease, so the long suppression runs outside any transaction.
CREATE TABLE "aggregate_publish_lease" (
    "id" INTEGER NOT NULL,
    "holder" VARCHAR(64) NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "aggregate_publish_lease_pkey" PRIMARY KEY ("id")
);

INSERT INTO "aggregate_publish_lease" ("id", "holder", "until") VALUES (1, '', '1970-01-01');
