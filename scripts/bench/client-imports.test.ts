import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Static, non-type imports and re-exports of a module (dynamic import() is not first load). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const re =
    /^\s*(?:import|export)\s+(?!type\b)([^'";]*?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;
  for (const m of source.matchAll(re)) {
    const names = m[1]?.match(/^\{([^}]*)\}$/s)?.[1];
    // `import { type A, type B }` brings nothing at run time.
    if (names?.split(",").every((n) => !n.trim() || n.trim().startsWith("type "))) continue;
    found.push(m[2] ?? m[3]);
  }
  return found;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".") && !spec.startsWith("@/")) return null;
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(candidate) && !candidate.endsWith("/") && candidate.match(/\.tsx?$/))
      return candidate;
  return null;
}

/** Every module and package a client module loads; a 'use server' module is a reference only. */
function clientGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.join(root, e));
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (/^\s*["']use server["']/.test(source)) continue;
    for (const spec of importsOf(source)) {
      const target = resolve(file, spec);
      if (target) queue.push(target);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) seen.add(`package:${spec}`);
    }
  }
  return new Set([...seen].map((f) => f.replace(`${root}/`, "")));
}

const stepComponents = readdirSync(path.join(root, "components/checklist/steps"))
  .filter((f) => f.endsWith(".tsx"))
  .map((f) => `components/checklist/steps/${f}`);

describe("first-load JavaScript of the checklist steps (docs/scaling.md)", () => {
  // The client modules of the draft's layouts and step pages.
  const graph = clientGraph([
    "components/checklist/wizard-provider.tsx",
    "components/ui/time-zone-cookie.tsx",
    "components/auth/sign-out-button.tsx",
    "components/ehr/action-button.tsx",
    ...stepComponents,
  ]);

  it("follows the imports it should (the walker reaches the step check)", () => {
    expect(graph).toContain("lib/checklist/check-answers.ts");
    expect(graph).toContain("package:react-hook-form");
  });

  it.each([
    ["zod", "package:zod"],
    ["the zod resolver", "package:@hookform/resolvers/zod"],
    ["the step schemas", "lib/checklist/schemas.ts"],
    ["the medicine vocabulary", "lib/medications/vocabulary/index.ts"],
    ["the medicine ids", "lib/medications/ids.ts"],
    ["the note builder", "lib/report/plain-text.ts"],
  ])("ships without %s", (_what, module) => {
    expect(graph).not.toContain(module);
  });
});
