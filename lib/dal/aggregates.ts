import "server-only";
import { buildCatalogue } from "@/lib/aggregates/catalogue";
import type { PublishedCell } from "@/lib/aggregates/engine";
import { type AggregateFilters, ALL } from "@/lib/aggregates/filters";
import type { AggregateView, ReleaseInfo } from "@/lib/aggregates/types";
import { knownFilters, viewOf } from "@/lib/aggregates/view";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { asPublisher, db } from "@/lib/db";
import { env } from "@/lib/env";
import { publish } from "./aggregate-publisher";

/**
 * Admin aggregates, read from the published release (aggregate_published_cell): counted in
 * PostgreSQL from submitted assessments and perturbed once by the publisher (the cell-key
 * method), before anything is stored. Every instance reads the same rows, so every instance
 * shows the same figures for a version. True counts are never stored in a release.
 *
 * Scope: the dashboard belongs to the deployment's clinic network. An admin sees every clinic's
 * anonymised figures (the clinic filter), opening on their own clinic. Never rows.
 */

export type AggregatesResult =
  | { ok: true; view: AggregateView }
  | { ok: false; status: 403 | 404 | 409; message: string };

const DENIED = "Only clinic admins can see aggregates.";

/** What a view needs of a release: the one select shape for the latest or a pinned version. */
const releaseSelect = {
  version: true,
  publishedAt: true,
  threshold: true,
  years: true,
  clinicIds: true,
  ruleIds: true,
} as const;

const latestRelease = () =>
  db.aggregateRelease.findFirst({
    orderBy: { version: "desc" },
    select: releaseSelect,
  });

/**
 * A release's time as it leaves the DAL: to the minute ("2026-12-04T10:05Z"), as
 * docs/aggregates.md promises. To the millisecond, an admin could line a release up with the
 * one submission just before it (issue 21 §3).
 */
export const releaseMinute = (at: Date) => `${at.toISOString().slice(0, 16)}Z`;

/** How long a first release takes to appear once a clinic has its first batch (a run, a publish). */
const FIRST_RELEASE_MS = 60_000;

/**
 * The version of the latest release: what the dashboard polls (no audit: it shows no figure).
 * Before the first release, `preparingBy` says when the figures will appear if some clinic
 * already has a batch (issue 17 §7): a release is then being prepared.
 */
export async function getReleaseInfo(
  user: SessionUser,
): Promise<
  | { ok: true; release: ReleaseInfo | null; preparingBy: string | null }
  | { ok: false; status: 403; message: string }
> {
  if (user.role !== "admin") return { ok: false, status: 403, message: DENIED };
  const r = await db.aggregateRelease.findFirst({
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true },
  });
  if (r)
    return {
      ok: true,
      release: { version: String(r.version), publishedAt: releaseMinute(r.publishedAt) },
      preparingBy: null,
    };
  const [{ due }] = await db.$queryRaw<{ due: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "assessment" GROUP BY "clinicId"
      HAVING count(*) >= ${env().SUPPRESSION_THRESHOLD}) AS due`;
  return {
    ok: true,
    release: null,
    preparingBy: due ? new Date(Date.now() + FIRST_RELEASE_MS).toISOString() : null,
  };
}

/** "clinic/period/age/sex@version": the offered filters (a clinic with a year at most) keep it within 64 characters. */
const auditTarget = (f: AggregateFilters, version: number) =>
  `${f.clinic}/${f.period}/${f.ageBand}/${f.sex}@${version}`;

/**
 * One view of the anonymised figures, audited once per view (filters and version: the
 * dashboard asks for each only once). `version` pins the figures that were on screen (an
 * export); when that release is gone, the caller is told to refresh (409).
 */
export async function getAggregates(
  user: SessionUser,
  filters: AggregateFilters,
  purpose: "view" | "export",
  version?: string,
): Promise<AggregatesResult> {
  if (user.role !== "admin") return { ok: false, status: 403, message: DENIED };
  const wanted = version === undefined ? undefined : Number(version);
  const release =
    wanted === undefined
      ? await latestRelease()
      : await db.aggregateRelease.findUnique({
          where: { version: Number.isInteger(wanted) ? wanted : -1 },
          select: releaseSelect,
        });
  if (!release) {
    return version === undefined
      ? {
          ok: false,
          status: 404,
          message:
            "No figures have been published yet. They appear about a minute after a clinic reaches its first batch.",
        }
      : {
          ok: false,
          status: 409,
          message:
            "The figures have been updated since this page loaded. Reload them and try again.",
        };
  }
  const clinics = await db.clinic.findMany({
    where: { id: { in: release.clinicIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (!knownFilters({ clinics, years: release.years }, filters))
    return { ok: false, status: 404, message: "There are no figures for that clinic or year." };
  const cells = await db.$queryRaw<PublishedCell[]>`
    SELECT "clinic", "ageBand", "sex", "period", "measure", "n", "status"::int AS "status"
    FROM "aggregate_published_cell"
    WHERE "version" = ${release.version} AND "clinic" = ${filters.clinic}
      AND "ageBand" = ${filters.ageBand} AND "sex" = ${filters.sex}
      AND ("period" = ${filters.period}
        OR (length("period") = 7 AND (${filters.period} = ${ALL} OR left("period", 4) = ${filters.period})))`;
  const view = viewOf(
    {
      version: String(release.version),
      publishedAt: releaseMinute(release.publishedAt),
      threshold: release.threshold,
      catalogue: buildCatalogue(release.ruleIds),
      clinics,
      years: release.years,
      cells,
    },
    filters,
  );
  if (!view)
    return { ok: false, status: 404, message: "There are no figures for that clinic or year." };
  await audit({
    action: purpose === "export" ? "aggregates.exported" : "aggregates.viewed",
    actorId: user.id,
    actorRole: user.role,
    clinicId: user.clinicId,
    targetType: "aggregates",
    targetId: auditTarget(filters, release.version),
  });
  return { ok: true, view };
}

/**
 * Publishes now (tests, scripts), as the publisher's database role: waits while another
 * publisher holds the lease. True when a new release was written. The app itself never calls
 * this: the publisher process does the work (scripts/publisher.ts).
 */
export async function refreshAggregates(): Promise<boolean> {
  for (let i = 0; i < 600; i++) {
    const outcome = await asPublisher(publish);
    if (outcome !== "busy") return outcome === "published";
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
