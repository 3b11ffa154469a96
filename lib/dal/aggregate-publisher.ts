import "server-only";
import { randomUUID } from "node:crypto";
import { buildCatalogue } from "@/lib/aggregates/catalogue";
import { computeReleaseAsync, type PublishedCell, type SourceRow } from "@/lib/aggregates/engine";
import { advanceCuts, type ClinicCut } from "@/lib/aggregates/release-policy";
import { backgroundDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Publishing the admin figures (issue 10 §2). The instance that takes the lease decides, with
 * the release policy, which clinics' figures move; counts them in SQL (submitted assessments
 * up to each clinic's cut-off); suppresses once; and writes every cell of the new release with
 * its version. Every instance then reads rows: nothing is kept in memory between requests.
 * Nothing here checks a user: only lib/dal/aggregates.ts and scripts call it.
 */

/** How often an instance looks for new submissions (polling of the version drives it). */
export const REFRESH_MS = 15_000;
/** Submissions younger than this are left to the next run: one still committing is not missed. */
const SETTLE_SECONDS = 5;
const LEASE_SECONDS = 300;
const INSERT_CHUNK = 20_000;
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

/** Counts per (clinic, period, age band, sex, measure) of the released assessments, in SQL. */
function sourceRows(cuts: ClinicCut[]) {
  const ids = cuts.map((c) => c.clinicId);
  const cutoffs = cuts.map((c) => c.cutoff);
  // Background pool: at a million assessments this count outlasts a request's statement timeout.
  return backgroundDb.$queryRaw<SourceRow[]>`
    WITH cut AS (
      SELECT * FROM unnest(${ids}::uuid[], ${cutoffs}::timestamp[]) AS t("clinicId", "cutoff")
    ), a AS (
      SELECT x."id", x."clinicId", to_char(x."submittedAt", 'YYYY-MM') AS "month", x."ageBand",
             x."sex", x."overallLevel", x."dependenceSeverity", x."skinChange"
      FROM "assessment" x JOIN cut ON cut."clinicId" = x."clinicId" AND x."submittedAt" <= cut."cutoff"
    ), measures AS (
      SELECT "clinicId", "month" AS "period", "ageBand", "sex", 'total' AS "measure" FROM a
      UNION ALL
      SELECT "clinicId", "month", "ageBand", "sex", 'level:' || "overallLevel" FROM a
      UNION ALL
      SELECT "clinicId", left("month", 4), "ageBand", "sex", 'dependence:' || "dependenceSeverity" FROM a
      UNION ALL
      SELECT "clinicId", left("month", 4), "ageBand", "sex", 'skin:' || "skinChange" FROM a
      UNION ALL
      SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'rule:' || f."ruleId"
      FROM a JOIN (SELECT DISTINCT "assessmentId", "ruleId" FROM "finding") f ON f."assessmentId" = a."id"
      UNION ALL
      SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'domain:' || d."domain"
      FROM a JOIN (SELECT DISTINCT "assessmentId", "domain" FROM "finding") d ON d."assessmentId" = a."id"
      UNION ALL
      SELECT a."clinicId", left(a."month", 4), a."ageBand", a."sex", 'class:' || c."classId"
      FROM a JOIN "assessment_medication_class" c ON c."assessmentId" = a."id"
    )
    SELECT "clinicId"::text AS "clinicId", "period", "ageBand", "sex", "measure", count(*)::int AS "n"
    FROM measures GROUP BY 1, 2, 3, 4, 5`;
}

async function writeRelease(
  version: number,
  cells: PublishedCell[],
  meta: { threshold: number; years: string[]; clinicIds: string[]; ruleIds: string[] },
  stats: { cells: number; hidden: number; withheld: number },
  cuts: ClinicCut[],
  started: number,
): Promise<void> {
  await backgroundDb.$transaction(
    async (tx) => {
      for (let i = 0; i < cells.length; i += INSERT_CHUNK) {
        const part = cells.slice(i, i + INSERT_CHUNK);
        const col = <K extends keyof PublishedCell>(k: K) => part.map((c) => c[k]);
        await tx.$executeRaw`
          INSERT INTO "aggregate_published_cell" ("version", "clinic", "ageBand", "sex", "period", "measure", "n", "status")
          SELECT ${version}, * FROM unnest(${col("clinic")}::text[], ${col("ageBand")}::text[],
            ${col("sex")}::text[], ${col("period")}::text[], ${col("measure")}::text[],
            ${col("n")}::int[], ${col("status")}::smallint[])`;
      }
      for (const c of cuts) {
        await tx.$executeRaw`
          INSERT INTO "aggregate_release_clinic" ("clinicId", "cutoff", "released")
          VALUES (${c.clinicId}::uuid, ${c.cutoff}::timestamp, ${c.released})
          ON CONFLICT ("clinicId") DO UPDATE SET "cutoff" = EXCLUDED."cutoff", "released" = EXCLUDED."released"`;
      }
      // The version is the primary key: a second publisher of the same version fails here.
      await tx.$executeRaw`
        INSERT INTO "aggregate_release" ("version", "publishedAt", "threshold", "years", "clinicIds",
          "ruleIds", "cells", "hidden", "withheld", "publishMs")
        VALUES (${version}, now() AT TIME ZONE 'UTC', ${meta.threshold}, ${meta.years}::text[],
          ${meta.clinicIds}::uuid[], ${meta.ruleIds}::text[], ${stats.cells}, ${stats.hidden},
          ${stats.withheld}, ${Date.now() - started})`;
      await tx.$executeRaw`DELETE FROM "aggregate_published_cell" WHERE "version" <= ${version - KEEP_RELEASES}`;
      await tx.$executeRaw`DELETE FROM "aggregate_release" WHERE "version" <= ${version - KEEP_RELEASES}`;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export type PublishOutcome = "published" | "unchanged" | "busy" | "refused";

/** One publication run: a new release if some clinic has a batch due. */
export async function publish(): Promise<PublishOutcome> {
  if (!(await takeLease())) return "busy";
  const started = Date.now();
  try {
    const threshold = env().SUPPRESSION_THRESHOLD;
    const [{ candidate }] = await db.$queryRaw<{ candidate: string }[]>`
      SELECT to_char(now() AT TIME ZONE 'UTC' - make_interval(secs => ${SETTLE_SECONDS}),
        'YYYY-MM-DD HH24:MI:SS.MS') AS candidate`;
    const [visible, previousCuts, latest] = await Promise.all([
      db.$queryRaw<{ clinicId: string; count: number }[]>`
        SELECT "clinicId"::text AS "clinicId", count(*)::int AS count FROM "assessment"
        WHERE "submittedAt" <= ${candidate}::timestamp GROUP BY 1`,
      db.$queryRaw<ClinicCut[]>`
        SELECT "clinicId"::text AS "clinicId", to_char("cutoff", 'YYYY-MM-DD HH24:MI:SS.MS') AS "cutoff",
          "released" FROM "aggregate_release_clinic"`,
      db.aggregateRelease.findFirst({ orderBy: { version: "desc" }, select: { version: true } }),
    ]);
    const { cuts, advanced } = advanceCuts(previousCuts, visible, candidate, threshold);
    if (advanced.length === 0 && latest) return "unchanged";
    const version = (latest?.version ?? 0) + 1;
    const [rows, previous] = await Promise.all([
      sourceRows(cuts),
      latest
        ? db.aggregatePublishedCell.findMany({
            where: { version: latest.version },
            select: {
              clinic: true,
              ageBand: true,
              sex: true,
              period: true,
              measure: true,
              n: true,
              status: true,
            },
          })
        : [],
    ]);
    const ruleIds = [
      ...new Set(rows.filter((r) => r.measure.startsWith("rule:")).map((r) => r.measure.slice(5))),
    ];
    const clinicIds = cuts.map((c) => c.clinicId);
    const release = await computeReleaseAsync({
      catalogue: buildCatalogue(ruleIds),
      clinicIds,
      rows,
      fallbackYear: new Date().getUTCFullYear(),
      threshold,
      previous,
    });
    if (release.stats.unprotected > 0) {
      // Fail closed for the release, not the screen: the previous release stays up.
      logger.warn(
        { unprotected: release.stats.unprotected },
        "aggregate release refused: a small cell had no protection",
      );
      return "refused";
    }
    await writeRelease(
      version,
      release.cells,
      { threshold, years: release.years, clinicIds, ruleIds },
      release.stats,
      cuts,
      started,
    );
    logger.info(
      { version, advanced: advanced.length, ...release.stats, ms: Date.now() - started },
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
