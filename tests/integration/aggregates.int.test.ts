import { describe, expect, it } from "vitest";
import { KEY_RANGE, MAX_PERTURBATION } from "@/lib/aggregates/engine";
import { type AggregateFilters, ALL } from "@/lib/aggregates/filter-values";
import { type AggregateView, type Cell, isHidden } from "@/lib/aggregates/types";
import { getAggregates, refreshAggregates } from "@/lib/dal/aggregates";
import { scriptClient } from "@/prisma/client";
import { asRequestFrom } from "./helpers/action-context";
import {
  addAssessments,
  auditCount,
  clinicWithAssessments,
  openDraft,
} from "./helpers/aggregates-fixtures";
import { makeUser } from "./helpers/users";

const versionRoute = await import("@/app/api/admin/aggregates/version/route");
const raw = scriptClient();

const daily = { id: "use.daily", domain: "use-pattern" };
const withdrawal = { id: "dependence.withdrawal-when-missed", domain: "dependence" };

async function view(filters: Partial<AggregateFilters>): Promise<AggregateView> {
  const admin = await makeUser("admin");
  const result = await getAggregates(
    admin,
    { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL, ...filters },
    "view",
  );
  if (!result.ok) throw new Error(result.message);
  return result.view;
}

const level = (v: AggregateView, key: string) => v.levels.find((l) => l.key === key)?.cell as Cell;

/** A published cell: "<11", or within the perturbation table of the truth (0 stays 0). */
function near(cell: Cell, truth: number, what: string) {
  if (truth === 0) expect(cell, what).toEqual({ n: 0 });
  else if (isHidden(cell)) expect(cell, what).toEqual({ hidden: "small" });
  else {
    expect(cell.n === 0 || cell.n >= 11, what).toBe(true);
    expect(Math.abs(cell.n - truth), what).toBeLessThanOrEqual(MAX_PERTURBATION);
  }
}

/** aggregate_source against a full recount of the clinic's released assessments (key sums too). */
async function sourceMatchesRecount(clinicId: string) {
  const [row] = await raw.$queryRaw<{ n: number; k: number; rn: number; rk: number }[]>`
    SELECT
      (SELECT coalesce(sum("n"), 0)::int FROM "aggregate_source"
        WHERE "clinicId" = ${clinicId}::uuid AND "measure" = 'total') AS n,
      (SELECT (coalesce(sum("keySum"), 0) % ${KEY_RANGE})::int FROM "aggregate_source"
        WHERE "clinicId" = ${clinicId}::uuid AND "measure" = 'total') AS k,
      (SELECT count(*)::int FROM "assessment" a JOIN "aggregate_release_clinic" r
        ON r."clinicId" = a."clinicId" AND a."submittedAt" <= r."cutoff"
        WHERE a."clinicId" = ${clinicId}::uuid) AS rn,
      (SELECT (coalesce(sum(a."recordKey"), 0) % ${KEY_RANGE})::int FROM "assessment" a
        JOIN "aggregate_release_clinic" r ON r."clinicId" = a."clinicId" AND a."submittedAt" <= r."cutoff"
        WHERE a."clinicId" = ${clinicId}::uuid) AS rk`;
  expect(row.n).toBe(row.rn);
  expect(row.k).toBe(row.rk);
  return row.n;
}

describe("admin aggregates against PostgreSQL", () => {
  it("counts submitted assessments only, in SQL, per clinic, perturbed within the table", async () => {
    const { clinicId, clinicianId } = await clinicWithAssessments([
      { count: 30, overall: "high", rules: [daily, withdrawal], classes: ["serotonergic"] },
      { count: 25, overall: "moderate", rules: [daily] },
    ]);
    await openDraft(clinicianId);
    await refreshAggregates();
    const v = await view({ clinic: clinicId });
    // The open draft does not count; every figure is the true count plus at most ±10.
    expect(await sourceMatchesRecount(clinicId)).toBe(55);
    near(v.total, 55, "total");
    near(level(v, "high"), 30, "high");
    near(level(v, "moderate"), 25, "moderate");
    near(level(v, "low"), 0, "low");
    near(v.rules.find((r) => r.key === "use.daily")?.cell as Cell, 55, "daily");
    near(v.domains.find((d) => d.key === "dependence")?.cell as Cell, 30, "dependence");
    near(v.classes.find((c) => c.key === "serotonergic")?.cell as Cell, 30, "serotonergic");
  });

  it("never shows a count from 1 to 10, in a clinic, its year or a narrow filter", async () => {
    const { clinicId } = await clinicWithAssessments([
      { count: 40, overall: "moderate", sex: "female" },
      { count: 3, overall: "high", sex: "female" },
      { count: 4, sex: "other", overall: "high", rules: [daily] },
    ]);
    await refreshAggregates();
    const clinic = await view({ clinic: clinicId });
    near(level(clinic, "high"), 7, "high");
    const year = await view({ clinic: clinicId, period: "2026" });
    near(year.rules.find((r) => r.key === "use.daily")?.cell as Cell, 4, "daily, 2026");
    // A single narrow filter over the network: whatever other tests added, never 1–10.
    const other = await view({ sex: "other" });
    for (const v of [clinic, year, other])
      for (const row of [...v.levels, ...v.rules, ...v.dependence, ...v.skin])
        expect(isHidden(row.cell) || row.cell.n === 0 || row.cell.n >= 11, row.key).toBe(true);
  });

  it("keeps a past year's figures exactly when a batch arrives in the current year", async () => {
    const { clinicId, clinicianId } = await clinicWithAssessments([
      { count: 40, overall: "high", rules: [daily], submittedAt: new Date("2025-06-15T10:00Z") },
      { count: 30, overall: "low" },
    ]);
    await refreshAggregates();
    const cells = (version: string) => raw.$queryRaw<{ key: string; n: number; status: number }[]>`
      SELECT "ageBand" || '|' || "sex" || '|' || "period" || '|' || "measure" AS key, "n", "status"
      FROM "aggregate_published_cell" WHERE "version" = ${Number(version)} AND "clinic" = ${clinicId}
        AND "period" LIKE '2025%' ORDER BY 1`;
    const before = await view({ clinic: clinicId, period: "2025" });
    const pastBefore = await cells(before.version);
    await addAssessments(clinicId, clinicianId, 12, { overall: "moderate" });
    expect(await refreshAggregates()).toBe(true);
    const after = await view({ clinic: clinicId, period: "2025" });
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    // Salted with the clinic's key sum of 2025 alone: the same value in every release, so
    // nothing to average over a clinic's later releases (docs/aggregates.md).
    const figures = ({ version, publishedAt, options, ...rest }: AggregateView) => rest;
    expect(figures(after)).toEqual(figures(before));
    expect(pastBefore.length).toBeGreaterThan(20);
    expect(await cells(after.version)).toEqual(pastBefore);
    near((await view({ clinic: clinicId })).total, 82, "all time");
  });

  it("keeps a clinic's figures exactly while another clinic releases a batch", async () => {
    const { clinicId } = await clinicWithAssessments([{ count: 45, overall: "high" }]);
    const other = await clinicWithAssessments([{ count: 30, overall: "low" }]);
    await refreshAggregates();
    const before = await view({ clinic: clinicId });
    await addAssessments(other.clinicId, other.clinicianId, 12, { overall: "low" });
    expect(await refreshAggregates()).toBe(true);
    const after = await view({ clinic: clinicId });
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    // The same assessments give the same values: nothing to average by asking again.
    const figures = ({ version, publishedAt, options, ...rest }: AggregateView) => rest;
    expect(figures(after)).toEqual(figures(before));
  });

  it("moves a clinic's figures only in batches of at least the threshold (issue 10 §0)", async () => {
    const { clinicId, clinicianId } = await clinicWithAssessments([{ count: 40, overall: "high" }]);
    await refreshAggregates();
    const before = await view({ clinic: clinicId });
    near(before.total, 40, "total");
    // Up to ten more: nothing anyone can see changes, not even the version.
    for (const k of [1, 2, 5, 2]) {
      await addAssessments(clinicId, clinicianId, k, { overall: "low" });
      await refreshAggregates();
      const again = await view({ clinic: clinicId });
      expect(again.version).toBe(before.version);
      expect(again).toEqual({ ...before });
    }
    // The eleventh arrives: the whole batch is released at once, in a new version, and only the
    // new assessments were counted (the stored sums equal a full recount).
    await addAssessments(clinicId, clinicianId, 1, { overall: "low" });
    expect(await refreshAggregates()).toBe(true);
    const after = await view({ clinic: clinicId });
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    expect(await sourceMatchesRecount(clinicId)).toBe(51);
    near(after.total, 51, "total");
    near(level(after, "low"), 11, "low");
  });

  it("drops erased assessments at the next release (issue 18 §5)", async () => {
    const { clinicId } = await clinicWithAssessments([
      { count: 30, overall: "high" },
      { count: 20, overall: "low", sex: "male" },
    ]);
    await refreshAggregates();
    const before = await view({ clinic: clinicId });
    // One patient's assessments go (as the erasure does): fewer than a batch, yet recounted.
    await raw.$executeRaw`
      DELETE FROM "assessment" WHERE "id" IN (SELECT "id" FROM "assessment"
        WHERE "clinicId" = ${clinicId}::uuid AND "sex" = 'male' LIMIT 2)`;
    expect(await refreshAggregates()).toBe(true);
    const after = await view({ clinic: clinicId });
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    expect(await sourceMatchesRecount(clinicId)).toBe(48);
    near(after.total, 48, "total");
    near(level(after, "low"), 18, "low");
  });

  it("polling the version writes no audit entry and no rate-limit row", async () => {
    const admin = await makeUser("admin");
    asRequestFrom(null, admin);
    const limits = await raw.actionRateLimit.count();
    for (let i = 0; i < 5; i++) {
      const response = await versionRoute.GET(
        new Request("http://localhost/api/admin/aggregates/version"),
        undefined,
      );
      expect(response.status).toBe(200);
      // The release time to the minute, never the second (issue 21 §3).
      expect(await response.json()).toMatchObject({
        version: expect.stringMatching(/^\d+$/),
        publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/),
      });
    }
    expect(await raw.auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
    expect(await raw.actionRateLimit.count()).toBe(limits);
  });

  it("audits a view once per filters and version, naming both", async () => {
    const admin = await makeUser("admin");
    const filters = { clinic: ALL, period: ALL, ageBand: ALL, sex: "female" };
    const result = await getAggregates(admin, filters, "view");
    if (!result.ok) throw new Error(result.message);
    const entry = await raw.auditEvent.findFirst({ where: { actorId: admin.id } });
    expect(entry).toMatchObject({
      action: "aggregates.viewed",
      targetType: "aggregates",
      targetId: `all/all/all/female@${result.view.version}`,
    });
  });

  it("refuses clinicians and audits every admin view", async () => {
    const clinician = await makeUser("clinician");
    const refused = await getAggregates(
      clinician,
      { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL },
      "view",
    );
    expect(refused).toMatchObject({ ok: false, status: 403 });
    const admin = await makeUser("admin");
    await getAggregates(admin, { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL }, "export");
    expect(await auditCount(admin.id, "aggregates.exported")).toBe(1);
    expect(await auditCount(clinician.id, "aggregates.viewed")).toBe(0);
  });
});
