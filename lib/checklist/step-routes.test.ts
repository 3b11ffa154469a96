import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REVIEW_SLUG, steps } from "./steps";

// Each step has its own route folder (so a step's first load carries only its own code): the
// folders must be exactly the steps' slugs plus the review, or a step would 404.
const draftDir = path.resolve(__dirname, "../../app/(clinician)/checklist/[draftId]");

describe("checklist step routes", () => {
  it("has one page per step slug and the review, and no other step folder", () => {
    const folders = readdirSync(draftDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(draftDir, d.name, "page.tsx")))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...steps.map((s) => s.slug), REVIEW_SLUG].sort());
  });
});
