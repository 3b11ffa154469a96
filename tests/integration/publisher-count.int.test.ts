import { describe, expect, it } from "vitest";
import { countQuery, INDEX_COUNT_LIMIT } from "@/lib/dal/aggregate-publisher";
import { scriptClient } from "@/prisma/client";
import { clinicWithAssessments } from "./helpers/aggregates-fixtures";

const raw = scriptClient();

const daily = { id: "use.daily", domain: "use-pattern" };
const withdrawal = { id: "dependence.withdrawal-when-missed", domain: "dependence" };

interface SourceRow {
  period: string;
  ageBand: string;
  sex: string;
  measure: string;
  count: number;
  int4: number;
}

describe("the publisher's count (issue 18 §1)", () => {
  it("gives the same source rows by per-assessment index lookups as by whole-table hash joins", async () => {
    // A finding listed twice for one assessment (same rule, same domain) must count once.
    const { clinicId } = await clinicWithAssessments([
      {
        count: 14,
        overall: "high",
        rules: [daily, withdrawal, daily],
        classes: ["serotonergic", "cns-depressant"],
      },
      {
        count: 9,
        sex: "male",
        rules: [withdrawal],
        submittedAt: new Date("2025-11-02T09:00:00Z"),
      },
      { count: 5, ageBand: "55-64" },
    ]);
    const plan = [{ clinicId, from: "", cutoff: "2100-01-01 00:00:00.000" }];
    const rows = async (toCount: number) =>
      (await raw.$queryRaw<SourceRow[]>(countQuery(plan, toCount)))
        .map((r) => JSON.stringify({ ...r, clinicId: undefined }))
        .sort();

    const byIndex = await rows(11); // a batch: the LATERAL form
    const byHash = await rows(INDEX_COUNT_LIMIT + 1); // the first publication's form
    expect(byIndex).toEqual(byHash);
    const find = (measure: string, period: string) =>
      byIndex
        .map((r) => JSON.parse(r) as SourceRow)
        .find(
          (r) =>
            r.measure === measure &&
            r.period === period &&
            r.sex === "female" &&
            r.ageBand === "35-44",
        );
    expect(find("rule:use.daily", "2026")?.count).toBe(14);
    expect(find("domain:use-pattern", "2026")?.count).toBe(14);
    expect(find("class:serotonergic", "2026")?.count).toBe(14);
    expect(find("total", "2026-03")?.count).toBe(14);
  });
});
