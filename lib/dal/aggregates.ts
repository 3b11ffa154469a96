import "server-only";
import { type AggregateFilters, ALL } from "@/lib/aggregates/filters";
import type { AggregateView } from "@/lib/aggregates/types";
import { viewOf } from "@/lib/aggregates/view";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { previousVersion, published } from "./admin-aggregate-cache";

export { refreshAggregates, refreshAggregatesIfStale } from "./admin-aggregate-cache";

/**
 * Admin aggregates. Counts come from the `aggregate_cell` materialized view (computed in
 * PostgreSQL from submitted assessments); suppression runs here, on the whole publication cube,
 * before anything leaves this module. Each app instance keeps the suppressed cube of the latest
 * refresh in memory (a cache rebuilt from the database, not state), so a view is a lookup.
 *
 * Scope: the dashboard belongs to the deployment's clinic network. An admin sees every clinic's
 * anonymised figures (the clinic filter), opening on their own clinic. Never rows.
 */

export type AggregatesResult =
  | { ok: true; view: AggregateView }
  | { ok: false; status: 403 | 404 | 409; message: string };

/**
 * One view of the anonymised figures, audited. `version` pins an export to the figures that were
 * on screen; when they have moved on since, the caller is told to refresh (409).
 */
export async function getAggregates(
  user: SessionUser,
  filters: AggregateFilters,
  purpose: "view" | "export",
  version?: string,
): Promise<AggregatesResult> {
  if (user.role !== "admin")
    return { ok: false, status: 403, message: "Only clinic admins can see aggregates." };
  let pub = await published();
  if (version && version !== pub.version) {
    const earlier = previousVersion(version);
    if (!earlier) {
      return {
        ok: false,
        status: 409,
        message: "The figures have been updated since this page loaded. Export again.",
      };
    }
    pub = earlier;
  }
  const view = viewOf(pub, filters);
  if (!view)
    return { ok: false, status: 404, message: "There are no figures for that clinic or year." };
  await audit({
    action: purpose === "export" ? "aggregates.exported" : "aggregates.viewed",
    actorId: user.id,
    actorRole: user.role,
    clinicId: user.clinicId,
    targetType: "clinic",
    targetId: filters.clinic === ALL ? "all" : filters.clinic,
  });
  return { ok: true, view };
}
