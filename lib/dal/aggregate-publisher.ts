import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { buildCatalogue } from "@/lib/aggregates/catalogue";
import {
  computeRelease,
  KEY_RANGE,
  type PublishedCell,
  type ReleaseStats,
  type SourceRow,
} from "@/lib/aggregates/engine";
import {
  type Advance,
  advanceCuts,
  type ClinicCut,
  countPlan,
  type Visible,
} from "@/lib/aggregates/release-policy";
import { backgroundDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Publishing the admin figures (issue 10 §2, issue 21 §1). The instance that takes the lease
 * decides, with the release policy, which clinics' figures move (a batch) or lost assessments
 * (an erasure); adds the new assessments' counts and record-key sums to aggregate_source in SQL
 * (an erased clinic is recounted whole); perturbs every cell of the cube by the cell-key method
 * (lib/aggregates/engine); and writes the release with its version. Every instance then reads
 * rows: nothing is kept in memory between requests. Nothing here checks a user: only
 * lib/dal/aggregates.ts and scripts call it.
 */

/** How often an instance looks for new submissions (polling of the version drives it). */
export const REFRESH_MS = 15_000;
/** Submissions younger than this are left to the next run: one still committing is not missed. */
const SETTLE_SECONDS = 5;
const LEASE_SECONDS = 300;
const INSERT_CHUNK = 20_000;
/**
 * Up to this many assessments to count, the count reads their findings and classes through the
 * indexes on assessmentId (joinsFor). The planner cannot know a batch is small (it estimated
 * ~9,000 rows for 11 new at 1M stored) and chose full scans of finding and
 * assessment_medication_class: 2.2 s for an 11-assessment batch at 1M, growing with the
 * history (docs/scaling.md).
 */
export const INDEX_COUNT_LIMIT = 5_000;
/** The previous release is kept, so an export of the figures on screen still works after a new one. */
const KEEP_RELEASES = 2;

const holder = `${process.pid}-${randomUUID().slice(0, 8)}`;

async function takeLease(): Promise<boolean> {
  const taken = await db.$executeRaw`
    UPDATE "aggregate_publish_lease"
    SET "holder" = ${holder}, "until" = now() AT TIME ZONE 'UTC' + make_interval(secs => ${LEASE_SECONDS})
    WHERE "id" = 1 AND ("until" < now() AT TIME ZONE 'UTC' OR "holder" = ${holder})`;
  return taken === 1;
}

async function releaseLease(): Promise<void> {
  await db.$executeRaw`
    UPDATE "aggregate_publish_lease" SET "until" = '1970-01-01' WHERE "id" = 1 AND "holder" = ${holder}`;
}

type Plan = ReturnType<typeof countPlan>;

/**
 * Adds the counts and key sums of the planned assessments (per clinic, after `from` up to its
 * cut-off) to aggregate_source, per (clinic, period, age band, sex, measure). Counts and key
 * sums are additive, so a batch costs its own assessments, not the clinic's history.
 */
async function addCounts(tx: Tx, plan: Plan, toCount: number) {
  await tx.$executeRaw`
    INSERT INTO "aggregate_source" ("clinicId", "period", "ageBand", "sex", "measure", "n", "keySum")
    ${countQuery(plan, toCount)}
    ON CONFLICT ("clinicId", "period", "ageBand", "sex", "measure") DO UPDATE
    SET "n" = "aggregate_source"."n" + EXCLUDED."n",
      "keySum" = ("aggregate_source"."keySum" + EXCLUDED."keySum") % ${KEY_RANGE}`;
}

/**
 * The counts and key sums of the planned assessments per (clinic, period, age band, sex,
 * measure). Exported for the test that compares the two join forms (joinsFor).
 */
export function countQuery(plan: Plan, toCount: number): Prisma.Sql {
  const join = joinsFor(toCount);
  const ids = plan.map((c) => c.clinicId);
  const froms = plan.map((c) => c.from || "-infinity");
  const cutoffs = plan.map((c) => c.cutoff);
  return Prisma.sql`
    WITH cut AS (
      SELECT * FROM unnest(${ids}::uuid[], ${froms}::timestamp[], ${cutoffs}::timestamp[])
        AS t("clinicId", "from", "cutoff")
    ), a AS (
      SELECT x."id", x."clinicId", to_char(x."submittedAt", 'YYYY-MM') AS "month", x."ageBand",
             x."sex", x."overallLevel", x."dependenceSeverity", x."skinChange", x."recordKey" AS "k"
      FROM "assessment" x JOIN cut ON cut."clinicId" = x."clinicId"
        AND x."submittedAt" > cut."from" AND x."submittedAt" <= cut."cutoff"
    ), measures AS (
      SELECT "clinicId", "month" AS "period", "ageBand", "sex", 'total' AS "measure", "k" FROM a
      UNION ALL
      SELECT "clinicId", left("month", 4), "ageBand", "sex", 'level:' || "overallLevel", "k" FROM a
      UNION ALL
      SELECT "clinicId", left("month", 4), "ageBand", "sex", 'dependence:' || "dependenceSeverity", "k" FROM a
      UNION ALL
      SELECT "clinicId", left("month", 4), "ageBand", "sex", 'skin:' || "skinChange", "k" FROM a
      UNION ALL
      SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'rule:' || f."ruleId", a."k"
      FROM a ${join.rules}
      UNION ALL
      SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'domain:' || d."domain", a."k"
      FROM a ${join.domains}
      UNION ALL
      SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'class:' || c."classId", a."k"
      FROM a ${join.classes}
    )
    SELECT "clinicId", "period", "ageBand", "sex", "measure", count(*)::int,
      (sum("k") % ${KEY_RANGE})::int
    FROM measures GROUP BY 1, 2, 3, 4, 5`;
}

/**
 * The joins from the counted assessments (`a`) to their distinct rules, domains and medication
 * classes; both forms give the same rows. A small count reads each assessment's rows through the
 * indexes on assessmentId (LATERAL: a nested loop, linear in the batch); a large one joins the
 * whole tables by hash, which is cheaper than a million index lookups.
 */
function joinsFor(toCount: number) {
  if (toCount <= INDEX_COUNT_LIMIT)
    return {
      rules: Prisma.sql`CROSS JOIN LATERAL (SELECT DISTINCT "ruleId" FROM "finding"
        WHERE "assessmentId" = a."id") f`,
      domains: Prisma.sql`CROSS JOIN LATERAL (SELECT DISTINCT "domain" FROM "finding"
        WHERE "assessmentId" = a."id") d`,
      // DISTINCT (a no-op under the primary key) keeps the planner from flattening it into a hash join.
      classes: Prisma.sql`CROSS JOIN LATERAL (SELECT DISTINCT "classId" FROM "assessment_medication_class"
        WHERE "assessmentId" = a."id") c`,
    };
  return {
    rules: Prisma.sql`JOIN (SELECT DISTINCT "assessmentId", "ruleId" FROM "finding"
      WHERE "assessmentId" IN (SELECT "id" FROM a)) f ON f."assessmentId" = a."id"`,
    domains: Prisma.sql`JOIN (SELECT DISTINCT "assessmentId", "domain" FROM "finding"
      WHERE "assessmentId" IN (SELECT "id" FROM a)) d ON d."assessmentId" = a."id"`,
    classes: Prisma.sql`JOIN "assessment_medication_class" c ON c."assessmentId" = a."id"`,
  };
}

/** How many assessments a plan counts: each clinic's new ones, or all of a recounted clinic's. */
function plannedRows(previous: readonly ClinicCut[], next: Advance, plan: Plan): number {
  const was = new Map(previous.map((c) => [c.clinicId, c.released]));
  const now = new Map(next.cuts.map((c) => [c.clinicId, c.released]));
  return plan.reduce(
    (sum, c) => sum + (now.get(c.clinicId) ?? 0) - (c.from ? (was.get(c.clinicId) ?? 0) : 0),
    0,
  );
}

type Tx = Parameters<Parameters<typeof backgroundDb.$transaction>[0]>[0];

/**
 * One transaction: bring aggregate_source up to the new cut-offs (recounting erased clinics
 * whole), perturb the whole cube from it (cheap: a lookup per cell), and write the release.
 * The version is the primary key, so two publishers cannot both write one.
 */
async function writeRelease(
  version: number,
  next: Advance,
  plan: Plan,
  toCount: number,
  threshold: number,
  started: number,
  phases: Record<string, number>,
): Promise<ReleaseStats> {
  return backgroundDb.$transaction(
    async (tx) => {
      if (next.recount.length > 0)
        await tx.$executeRaw`DELETE FROM "aggregate_source" WHERE "clinicId" = ANY(${next.recount}::uuid[])`;
      const t0 = Date.now();
      await addCounts(tx, plan, toCount);
      const t1 = Date.now();
      const rows = await tx.$queryRaw<SourceRow[]>`
        SELECT "clinicId"::text AS "clinicId", "period", "ageBand", "sex", "measure", "n", "keySum"
        FROM "aggregate_source" WHERE "n" > 0`;
      const ruleIds = [
        ...new Set(
          rows.filter((r) => r.measure.startsWith("rule:")).map((r) => r.measure.slice(5)),
        ),
      ];
      const clinicIds = next.cuts.filter((c) => c.released > 0).map((c) => c.clinicId);
      const release = computeRelease({
        catalogue: buildCatalogue(ruleIds),
        clinicIds,
        rows,
        fallbackYear: new Date().getUTCFullYear(),
        threshold,
      });
      const t2 = Date.now();
      const cells = release.cells;
      for (let i = 0; i < cells.length; i += INSERT_CHUNK) {
        const part = cells.slice(i, i + INSERT_CHUNK);
        const col = <K extends keyof PublishedCell>(k: K) => part.map((c) => c[k]);
        await tx.$executeRaw`
          INSERT INTO "aggregate_published_cell" ("version", "clinic", "ageBand", "sex", "period", "measure", "n", "status")
          SELECT ${version}, * FROM unnest(${col("clinic")}::text[], ${col("ageBand")}::text[],
            ${col("sex")}::text[], ${col("period")}::text[], ${col("measure")}::text[],
            ${col("n")}::int[], ${col("status")}::smallint[])`;
      }
      for (const c of next.cuts) {
        await tx.$executeRaw`
          INSERT INTO "aggregate_release_clinic" ("clinicId", "cutoff", "released", "keySum")
          VALUES (${c.clinicId}::uuid, ${c.cutoff}::timestamp, ${c.released}, ${c.keySum})
          ON CONFLICT ("clinicId") DO UPDATE SET "cutoff" = EXCLUDED."cutoff",
            "released" = EXCLUDED."released", "keySum" = EXCLUDED."keySum"`;
      }
      const { stats } = release;
      // Where a publish spends its time (the log only; no patient data).
      phases.count = t1 - t0;
      phases.counted = toCount;
      phases.perturb = t2 - t1;
      phases.sourceRows = rows.length;
      await tx.$executeRaw`
        INSERT INTO "aggregate_release" ("version", "publishedAt", "threshold", "years", "clinicIds",
          "ruleIds", "cells", "hidden", "meanError", "maxError", "publishMs")
        VALUES (${version}, now() AT TIME ZONE 'UTC', ${threshold}, ${release.years}::text[],
          ${clinicIds}::uuid[], ${ruleIds}::text[], ${stats.cells}, ${stats.hidden},
          ${stats.errorCells > 0 ? stats.absError / stats.errorCells : 0}, ${stats.maxError}, ${Date.now() - started})`;
      await tx.$executeRaw`DELETE FROM "aggregate_published_cell" WHERE "version" <= ${version - KEEP_RELEASES}`;
      await tx.$executeRaw`DELETE FROM "aggregate_release" WHERE "version" <= ${version - KEEP_RELEASES}`;
      return stats;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export type PublishOutcome = "published" | "unchanged" | "busy";

/** One publication run: a new release if some clinic has a batch due or lost assessments. */
export async function publish(): Promise<PublishOutcome> {
  if (!(await takeLease())) return "busy";
  const started = Date.now();
  try {
    const threshold = env().SUPPRESSION_THRESHOLD;
    const [{ candidate }] = await db.$queryRaw<{ candidate: string }[]>`
      SELECT to_char(now() AT TIME ZONE 'UTC' - make_interval(secs => ${SETTLE_SECONDS}),
        'YYYY-MM-DD HH24:MI:SS.MS') AS candidate`;
    // One pass over (clinic, submittedAt) per run: what is visible, and whether each clinic's
    // released set is still whole (an erasure lowers its count or changes its key sum).
    const [visible, previousCuts, latest] = await Promise.all([
      backgroundDb.$queryRaw<Visible[]>`
        SELECT x."clinicId"::text AS "clinicId", count(*)::int AS "count",
          (coalesce(sum(x."recordKey"), 0) % ${KEY_RANGE})::int AS "keySum",
          (count(*) FILTER (WHERE x."submittedAt" <= r."cutoff"))::int AS "stillReleased",
          (coalesce(sum(x."recordKey") FILTER (WHERE x."submittedAt" <= r."cutoff"), 0)
            % ${KEY_RANGE})::int AS "stillKeySum"
        FROM "assessment" x LEFT JOIN "aggregate_release_clinic" r ON r."clinicId" = x."clinicId"
        WHERE x."submittedAt" <= ${candidate}::timestamp GROUP BY 1`,
      db.$queryRaw<ClinicCut[]>`
        SELECT "clinicId"::text AS "clinicId", to_char("cutoff", 'YYYY-MM-DD HH24:MI:SS.MS') AS "cutoff",
          "released", "keySum" FROM "aggregate_release_clinic"`,
      db.aggregateRelease.findFirst({ orderBy: { version: "desc" }, select: { version: true } }),
    ]);
    const next = advanceCuts(previousCuts, visible, candidate, threshold);
    if (next.advanced.length === 0 && next.erased.length === 0 && latest) return "unchanged";
    const version = (latest?.version ?? 0) + 1;
    const plan = countPlan(previousCuts, next);
    const phases: Record<string, number> = {};
    const toCount = plannedRows(previousCuts, next, plan);
    const stats = await writeRelease(version, next, plan, toCount, threshold, started, phases);
    logger.info(
      {
        version,
        advanced: next.advanced.length,
        erased: next.erased.length,
        cells: stats.cells,
        hidden: stats.hidden,
        ms: Date.now() - started,
        ...phases,
      },
      "aggregates published",
    );
    return "published";
  } finally {
    await releaseLease();
  }
}

const g = globalThis as unknown as { aggregatePublishCheckedAt?: number };

/** At most every REFRESH_MS per instance: publish if a batch is due. Never throws. */
export async function publishIfDue(): Promise<void> {
  const now = Date.now();
  if (now - (g.aggregatePublishCheckedAt ?? 0) < REFRESH_MS) return;
  g.aggregatePublishCheckedAt = now;
  try {
    await publish();
  } catch (error) {
    logger.warn(
      { err: { name: (error as Error)?.name, code: (error as { code?: string })?.code } },
      "aggregate publication skipped",
    );
  }
}
