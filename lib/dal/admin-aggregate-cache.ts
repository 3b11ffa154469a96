import "server-only";
import { buildCube, type SourceRow } from "@/lib/aggregates/build";
import { buildCatalogue } from "@/lib/aggregates/catalogue";
import { suppressCubeAsync } from "@/lib/aggregates/suppress";
import type { Published } from "@/lib/aggregates/view";
import { backgroundDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * This instance's copy of the suppressed publication cube, per version of the `aggregate_cell`
 * materialized view. A cache, not state: any instance rebuilds the same cube from the same
 * version. Only lib/dal/aggregates.ts uses it; nothing here checks a user.
 */
interface Cache {
  current?: Published;
  /** The version before, so an export of what was on screen still works right after a refresh. */
  previous?: Published;
  loading?: Promise<Published>;
  checkedAt: number;
  staleCheckAt: number;
}
const g = globalThis as unknown as { aggregateCache?: Cache };
g.aggregateCache ??= { checkedAt: 0, staleCheckAt: 0 };
const cache: Cache = g.aggregateCache;

const VERSION_CHECK_MS = 2_000;
const STALE_CHECK_MS = 15_000;

async function load(version: string): Promise<Published> {
  const started = Date.now();
  const [rows, clinics] = await Promise.all([
    db.$queryRaw<SourceRow[]>`
      SELECT "clinicId"::text AS "clinicId", "period", "ageBand", "sex", "measure", "n"
      FROM "aggregate_cell"`,
    db.clinic.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const ruleIds = rows.filter((r) => r.measure.startsWith("rule:")).map((r) => r.measure.slice(5));
  const catalogue = buildCatalogue(ruleIds);
  const threshold = env().SUPPRESSION_THRESHOLD;
  const built = buildCube(
    catalogue,
    clinics.map((c) => c.id),
    rows,
    new Date().getUTCFullYear(),
  );
  const { status, unprotected } = await suppressCubeAsync(built.cube, { threshold });
  if (unprotected > 0)
    logger.warn({ unprotected }, "aggregates withheld: a small count had no protection");
  if (built.skipped > 0)
    logger.warn({ skipped: built.skipped }, "aggregate rows outside the catalogue ignored");
  logger.info({ version, rows: rows.length, ms: Date.now() - started }, "aggregates rebuilt");
  return { version, threshold, built, status, catalogue, clinics };
}

async function latestVersion(): Promise<string> {
  const row = await db.aggregateRefresh.findUnique({
    where: { id: 1 },
    select: { refreshedAt: true },
  });
  return row?.refreshedAt.toISOString() ?? "never";
}

/** Builds the cube of `version` once per instance, however many requests ask meanwhile. */
function rebuild(version: string): Promise<Published> {
  if (cache.loading) return cache.loading;
  cache.loading = load(version)
    .then((p) => {
      if (cache.current?.version !== p.version) cache.previous = cache.current;
      cache.current = p;
      return p;
    })
    .finally(() => {
      cache.loading = undefined;
    });
  return cache.loading;
}

/** The suppressed cube of the latest refresh; a stale one is served while the next builds. */
export async function published(): Promise<Published> {
  const now = Date.now();
  if (cache.current && now - cache.checkedAt < VERSION_CHECK_MS) return cache.current;
  const version = await latestVersion();
  cache.checkedAt = now;
  if (cache.current?.version === version) return cache.current;
  const next = rebuild(version);
  return cache.current ?? next;
}

/** The figures of an earlier version, if this instance still has them (exports of old screens). */
export function previousVersion(version: string): Published | undefined {
  return cache.previous?.version === version ? cache.previous : undefined;
}

/**
 * Refreshes the view and this instance's cube, and waits for both (tests; the stale check
 * below). False if another instance was refreshing already.
 */
export async function refreshAggregates(): Promise<boolean> {
  // ~20 s at a million assessments: the background pool's limits, not a request's.
  const [row] = await backgroundDb.$queryRaw<
    { ok: boolean }[]
  >`SELECT refresh_aggregate_cell() AS ok`;
  await cache.loading?.catch(() => undefined);
  await rebuild(await latestVersion());
  cache.checkedAt = Date.now();
  return row?.ok ?? false;
}

/**
 * Called after aggregate requests (polling drives it): at most every 15 s per instance, refresh
 * the view when assessments were submitted since the last refresh. Never throws.
 */
export async function refreshAggregatesIfStale(): Promise<void> {
  const now = Date.now();
  if (now - cache.staleCheckAt < STALE_CHECK_MS) return;
  cache.staleCheckAt = now;
  try {
    const [row] = await db.$queryRaw<{ stale: boolean }[]>`
      SELECT (SELECT count(*)::text || ':' || coalesce(max("submittedAt")::text, '') FROM "assessment")
        IS DISTINCT FROM (SELECT "sourceStamp" FROM "aggregate_refresh" WHERE "id" = 1) AS stale`;
    if (row?.stale) await refreshAggregates();
  } catch (error) {
    logger.warn({ err: { name: (error as Error)?.name } }, "aggregate refresh skipped");
  }
}
