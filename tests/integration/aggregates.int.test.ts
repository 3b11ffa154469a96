import { describe, expect, it } from "vitest";
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

const n = (c: Cell) => (isHidden(c) ? null : c.n);
const level = (v: AggregateView, key: string) => v.levels.find((l) => l.key === key)?.cell as Cell;

describe("admin aggregates against PostgreSQL", () => {
  it("counts submitted assessments only, in SQL, per clinic", async () => {
    const { clinicId, clinicianId } = await clinicWithAssessments([
      { count: 30, overall: "high", rules: [daily, withdrawal], classes: ["serotonergic"] },
      { count: 25, overall: "moderate", rules: [daily] },
    ]);
    await openDraft(clinicianId);
    await refreshAggregates();
    const v = await view({ clinic: clinicId });
    // The total is the clinic's submitted assessments (the open draft does not count). Other
    // cells are the true count, or hidden to protect a small count elsewhere in the database
    // (other tests' clinics): never a wrong number, and never "<11" for a count of 11 or more.
    expect(n(v.total)).toBe(55);
    const truth: [Cell, number][] = [
      [level(v, "high"), 30],
      [level(v, "moderate"), 25],
      [level(v, "low"), 0],
      [v.rules.find((r) => r.key === "use.daily")?.cell as Cell, 55],
      [v.domains.find((d) => d.key === "dependence")?.cell as Cell, 30],
      [v.classes.find((c) => c.key === "serotonergic")?.cell as Cell, 30],
    ];
    for (const [cell, count] of truth) {
      if (isHidden(cell)) expect(cell.hidden).toBe(count === 0 ? "small" : "suppressed");
      else expect(cell.n).toBe(count);
    }
    expect(truth.filter(([cell]) => !isHidden(cell)).length).toBeGreaterThanOrEqual(4);
  });

  it("shows small counts as <11 and hides another cell so the total cannot give them away", async () => {
    const { clinicId } = await clinicWithAssessments([
      { count: 40, overall: "moderate" },
      { count: 3, overall: "high" },
      { count: 20, overall: "low" },
    ]);
    await refreshAggregates();
    const v = await view({ clinic: clinicId });
    expect(level(v, "high")).toEqual({ hidden: "small" });
    const hidden = v.levels.filter((l) => isHidden(l.cell)).length;
    expect(hidden).toBeGreaterThanOrEqual(2);
  });

  it("shows a filter that narrows below the threshold as suppressed cells, not numbers", async () => {
    const { clinicId } = await clinicWithAssessments([
      { count: 30, sex: "female" },
      { count: 4, sex: "other", overall: "high", rules: [daily] },
    ]);
    await refreshAggregates();
    const v = await view({ clinic: clinicId, sex: "other" });
    expect(v.total).toEqual({ hidden: "small" });
    expect(level(v, "high")).toEqual({ hidden: "small" });
    // A 0 among these 4 shows only when a group of at least the threshold that holds them (the
    // clinic's, or the network's "other") shows 0 too: it says nothing new (docs/aggregates.md).
    const wider = [await view({ clinic: clinicId }), await view({ clinic: ALL, sex: "other" })];
    const rowsOf = (x: AggregateView) => [...x.levels, ...x.rules, ...x.dependence, ...x.skin];
    for (const row of rowsOf(v)) {
      if (isHidden(row.cell)) continue;
      expect(row.cell, row.key).toEqual({ n: 0 });
      const zeroAbove = wider.some((w) =>
        rowsOf(w).some((r) => r.key === row.key && !isHidden(r.cell) && r.cell.n === 0),
      );
      expect(zeroAbove, row.key).toBe(true);
    }
  });

  it("cannot be differenced: the views by sex and their total never isolate a hidden count", async () => {
    const { clinicId } = await clinicWithAssessments([
      { count: 35, sex: "female", overall: "high", rules: [daily] },
      { count: 28, sex: "male", overall: "moderate", rules: [daily] },
      { count: 2, sex: "male", overall: "high", rules: [withdrawal] },
      { count: 12, sex: "not-stated", overall: "moderate" },
    ]);
    await refreshAggregates();
    const all = await view({ clinic: clinicId });
    const bySex = await Promise.all(
      ["female", "male", "other", "not-stated"].map((sex) => view({ clinic: clinicId, sex })),
    );
    expect(level(bySex[1], "high")).toEqual({ hidden: "small" });
    // For every category: a number for "all sexes" minus the numbers of the other sexes must not
    // leave exactly one unknown sex (it would be the hidden count).
    const categories = (v: AggregateView) =>
      [
        ["total", v.total],
        ...[...v.levels, ...v.rules, ...v.domains].map((r) => [r.key, r.cell]),
      ] as [string, Cell][];
    const whole = new Map(categories(all));
    for (const [key, cell] of whole) {
      if (isHidden(cell)) continue;
      const parts = bySex.map((v) => new Map(categories(v)).get(key) as Cell);
      expect(parts.filter(isHidden).length, `category ${key}`).not.toBe(1);
    }
  });

  it("moves a clinic's figures only in batches of at least the threshold (issue 10 §0)", async () => {
    const { clinicId, clinicianId } = await clinicWithAssessments([{ count: 15, overall: "high" }]);
    await refreshAggregates();
    const before = await view({ clinic: clinicId });
    expect(n(before.total)).toBe(15);
    // Up to ten more: nothing anyone can see changes, not even the version.
    for (const k of [1, 2, 5, 2]) {
      await addAssessments(clinicId, clinicianId, k, { overall: "low" });
      await refreshAggregates();
      const again = await view({ clinic: clinicId });
      expect(again.version).toBe(before.version);
      expect(again).toEqual({ ...before });
    }
    // The eleventh arrives: the whole batch is released at once, in a new version.
    await addAssessments(clinicId, clinicianId, 1, { overall: "low" });
    expect(await refreshAggregates()).toBe(true);
    const after = await view({ clinic: clinicId });
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    expect(n(after.total)).toBe(26);
    expect(n(level(after, "low"))).toBe(11);
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
