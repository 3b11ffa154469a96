import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The pure part must run in a unit test, the bench and a CLI: no React, Next or database. */
describe("lib/cds-hooks stays pure", () => {
  const dir = __dirname;
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

  it.each(files)("%s imports no React, Next, Prisma, database or server-only module", (file) => {
    const source = readFileSync(path.join(dir, file), "utf8");
    const imports = [...source.matchAll(/from "([^"]+)"|import "([^"]+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const target of imports)
      expect(target).not.toMatch(
        /^(react|next|@prisma|server-only|pg)(\/|$)|^@\/lib\/(db|dal|env|cds-server|audit|logger)/,
      );
  });
});
