import { describe, expect, it } from "vitest";
import { appContextString, summaryAskedFor } from "./app-context";

const ID = "3f2b8c1e-9a4d-4e7f-8b2a-1c3d5e7f9a0b";

describe("a card link's appContext, as the launch reads it back", () => {
  it("reads the summary a card asks for, as the card wrote it", () => {
    expect(summaryAskedFor(appContextString({ open: "summary", assessmentId: ID }))).toBe(ID);
    expect(
      summaryAskedFor(appContextString({ open: "summary", assessmentId: ID.toUpperCase() })),
    ).toBe(ID);
  });

  it("asks for nothing on a new checklist, no context, or anything not of this shape", () => {
    for (const context of [
      appContextString({ open: "new-checklist" }),
      undefined,
      42,
      "",
      "not json",
      "null",
      JSON.stringify({ open: "summary" }),
      JSON.stringify({ open: "summary", assessmentId: "../admin" }),
      JSON.stringify({ open: "report", assessmentId: ID }),
      JSON.stringify({ open: "summary", assessmentId: ID, pad: "x".repeat(600) }),
    ])
      expect(summaryAskedFor(context)).toBeUndefined();
  });
});
