// The filter combinations the figures offer (docs/aggregates.md): one filter at a time, or a
// clinic with a year; anything else is refused with a reason that names the filters chosen.
import { describe, expect, it } from "vitest";
import { ALL, notOfferedReason, offered } from "./filter-values";
import { aggregateQuerySchema } from "./filters";

const none = { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL };
const clinic = "6f1c2a5e-8a43-4c1e-9d0b-3f2a1b4c5d6e";

describe("offered filter combinations", () => {
  it("offers every single filter and clinic with year, nothing else", () => {
    for (const f of [
      {},
      { clinic },
      { period: "2026" },
      { ageBand: "25-34" },
      { sex: "female" },
      { clinic, period: "2026" },
    ])
      expect(offered({ ...none, ...f }), JSON.stringify(f)).toBe(true);
    for (const f of [
      { clinic, ageBand: "25-34" },
      { clinic, sex: "male" },
      { period: "2026", sex: "male" },
      { ageBand: "25-34", sex: "female" },
      { clinic, period: "2026", sex: "male" },
    ])
      expect(offered({ ...none, ...f }), JSON.stringify(f)).toBe(false);
  });

  it("refuses the rest at the filters, naming what was chosen", () => {
    const parsed = aggregateQuerySchema.safeParse({ clinic, ageBand: "25-34" });
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(["filters"]);
    expect(issue?.message).toMatch(
      /^The figures are not offered for clinic and age band together\./,
    );
    expect(notOfferedReason({ ...none, clinic, period: "2026", sex: "male" })).toContain(
      "clinic, year and sex",
    );
    expect(aggregateQuerySchema.safeParse({ clinic, period: "2026" }).success).toBe(true);
  });
});
