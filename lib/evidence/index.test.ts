import { describe, expect, it } from "vitest";
import {
  citationExists,
  citationHref,
  EVIDENCE_VERSION,
  referencesForSection,
  sectionById,
  sections,
  strengthLabel,
} from "./index";

describe("evidence lookups", () => {
  it("has a dated version", () => {
    expect(EVIDENCE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it("finds sections by id", () => {
    expect(sectionById("interactions-cyp")?.title).toMatch(/CYP3A/);
    expect(sectionById("no-such-section")).toBeUndefined();
  });

  it("checks citations against section anchors", () => {
    expect(citationExists({ section: "hyperpigmentation", anchor: "course" })).toBe(true);
    expect(citationExists({ section: "hyperpigmentation", anchor: "no-such-anchor" })).toBe(false);
    expect(citationExists({ section: "no-such-section", anchor: "course" })).toBe(false);
  });

  it("builds in-app links", () => {
    expect(citationHref({ section: "interactions-opioids", anchor: "antagonists" })).toBe(
      "/evidence/interactions-opioids#antagonists",
    );
  });

  it("lists a section's references in first-citation order without repeats", () => {
    for (const s of sections) {
      const expected = [
        ...new Set(s.parts.flatMap((p) => p.paragraphs.flatMap((para) => para.refs))),
      ];
      expect(referencesForSection(s).map((r) => r.id)).toEqual(expected);
      expect(referencesForSection(s.id)).toEqual(referencesForSection(s));
    }
    expect(referencesForSection("no-such-section")).toEqual([]);
  });

  it("labels evidence strength", () => {
    expect(strengthLabel("case-reports")).toBe("Case reports");
    expect(strengthLabel("clinical-study")).toBe("Clinical study");
  });
});

describe("purity", () => {
  it("imports nothing from React, Next, Prisma or server-only code", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const source = readFileSync(`${dir}/${f}`, "utf8");
      for (const m of source.matchAll(/from\s+"([^"]+)"/g)) {
        expect(m[1], f).toMatch(/^\.\.?\//);
      }
    }
  });
});
