// Scripts beside a running `npm start` (issue 17 §7): with nothing set they find the embedded
// database's owner from the checkout's .env and .data/port (prisma/client.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { embeddedOwnerUrl, loadLocalSetup, scriptDatabaseUrl } from "../../prisma/client";

const KEYS = [
  "DATABASE_URL",
  "MIGRATION_DATABASE_URL",
  "PG_OWNER_PASSWORD",
  "PGPORT",
  "BETTER_AUTH_URL",
  "ENCRYPTION_KEYS",
];
let saved: Record<string, string | undefined>;
let root: string;

beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const k of KEYS) delete process.env[k];
  root = mkdtempSync(path.join(tmpdir(), "kratom-local-"));
  writeFileSync(path.join(root, ".env"), "PG_OWNER_PASSWORD=s3cret/pw\nENCRYPTION_KEYS=k1:abc\n");
  mkdirSync(path.join(root, ".data"));
  writeFileSync(path.join(root, ".data", "port"), "54987\n");
});
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe("a script run beside npm start", () => {
  it("connects to the embedded database as its owner, on the port npm start recorded", () => {
    expect(embeddedOwnerUrl(root)).toBe("postgresql://postgres:s3cret%2Fpw@127.0.0.1:54987/kratom");
  });

  it("fills only what the environment lacks from .env", () => {
    process.env.ENCRYPTION_KEYS = "k1:from-env";
    loadLocalSetup(root);
    expect(process.env.ENCRYPTION_KEYS).toBe("k1:from-env");
    expect(process.env.DATABASE_URL).toContain("@127.0.0.1:54987/kratom");
    expect(process.env.BETTER_AUTH_URL).toMatch(/^http:\/\/localhost:/);
  });

  it("prefers the owner's URL when set, and says what to do when nothing is known", () => {
    process.env.DATABASE_URL = "postgresql://kratom_app:x@127.0.0.1:1/kratom";
    expect(scriptDatabaseUrl()).toBe(process.env.DATABASE_URL);
    process.env.MIGRATION_DATABASE_URL = "postgresql://postgres:y@127.0.0.1:1/kratom";
    expect(scriptDatabaseUrl()).toBe(process.env.MIGRATION_DATABASE_URL);
    delete process.env.DATABASE_URL;
    delete process.env.MIGRATION_DATABASE_URL;
    // A folder with no .env and no .data/port (the unit project runs in worker threads, where
    // process.chdir is refused: the folder is passed instead).
    expect(() => scriptDatabaseUrl(mkdtempSync(path.join(tmpdir(), "no-start-")))).toThrow(
      /start `npm start` first/,
    );
  });
});
