import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { referenceById, references } from "./index";

// CI copies shared/ beside the repository: <repo>/../shared/evidence/clinical-evidence.md.
const evidenceFile = fileURLToPath(
  new URL("../../../shared/evidence/clinical-evidence.md", import.meta.url),
);
const haveEvidenceFile = existsSync(evidenceFile);

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The text of each "- **[Rn]** ..." entry of the file's References section, whitespace squashed. */
function referenceEntries(markdown: string): Map<string, string> {
  const start = markdown.indexOf("## References");
  // The entries end at the closing "Reference count" note (or, failing that, the next section).
  const ends = [markdown.indexOf("Reference count:"), markdown.indexOf("## Unverified claims")];
  const end = ends.find((i) => i > start);
  const body = markdown.slice(start, end);
  const entries = new Map<string, string>();
  const parts = body.split(/^- \*\*\[(R\d+)\]\*\*/m);
  for (let i = 1; i < parts.length; i += 2) {
    entries.set(parts[i], squash(parts[i + 1].split(/^#/m)[0]));
  }
  return entries;
}

describe("references", () => {
  it("use R-numbers, each once", () => {
    const ids = references.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^R\d+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("cover R1 to R130 of the evidence file", () => {
    expect(references).toHaveLength(130);
    for (let n = 1; n <= 130; n++) expect(referenceById(`R${n}`), `R${n}`).toBeDefined();
  });

  it("have a citation and an http(s) address", () => {
    for (const r of references) {
      expect(r.citation.length, r.id).toBeGreaterThan(10);
      expect(r.url, r.id).toMatch(/^https?:\/\/\S+$/);
    }
  });

  describe.skipIf(!haveEvidenceFile)("match ../shared/evidence/clinical-evidence.md", () => {
    const entries = haveEvidenceFile
      ? referenceEntries(readFileSync(evidenceFile, "utf8"))
      : new Map<string, string>();

    it("lists the same reference ids", () => {
      expect([...entries.keys()].sort()).toEqual(references.map((r) => r.id).sort());
    });

    it.each(references.map((r) => [r.id, r] as const))("%s", (id, r) => {
      const entry = entries.get(id) ?? "";
      // Citation text is copied from the entry (a trailing full stop may be added).
      expect(entry).toContain(r.citation.replace(/\.$/, ""));
      // The address is one the entry lists, or the doi.org address of a DOI it gives.
      const doi = r.url.match(/^https:\/\/doi\.org\/(.+)$/);
      expect(doi ? entry.includes(`doi:${doi[1]}`) : entry.includes(r.url)).toBe(true);
      // Anything the entry tags [sec] is marked secondary.
      if (entry.includes("[sec")) expect(r.secondary).toBe(true);
    });
  });
});
