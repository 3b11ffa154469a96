import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

const FALLBACK = "/assessments";
const go = (next: string) => safeNextPath(next, FALLBACK);

describe("safeNextPath", () => {
  it("keeps same-site paths, normalised", () => {
    expect(go("/assessments/abc?x=1#f")).toBe("/assessments/abc?x=1#f");
    expect(go("/checklist/./x/../y")).toBe("/checklist/y");
    expect(go("/admin")).toBe("/admin");
  });

  it.each([
    "/.//evil.example/phish",
    decodeURIComponent("%2F.%2F%2Fevil.example%2Fphish"),
    "/..//evil.example",
    "/../..//evil.example",
    "/./\\evil.example",
    "/%2e%2e/%2e%2e//evil.example",
    "/%2E%2E//evil.example",
    "/x/..//evil.example",
    "/x/../..//evil.example",
    "/%2F%2Fevil.example",
    "/%5C%5Cevil.example",
    "/%5Cevil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/x\u0000/",
    "https://evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    " /assessments",
    "assessments",
    "",
    "/é",
  ])("refuses %j", (next) => {
    expect(go(next)).toBe(FALLBACK);
  });

  it("refuses non-strings and very long values", () => {
    expect(safeNextPath(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath(null, FALLBACK)).toBe(FALLBACK);
    expect(go(`/${"a".repeat(2000)}`)).toBe(FALLBACK);
  });
});
