// A Prisma client for command-line scripts (seed, CLI, test fixtures, benchmarks). The app uses
// lib/db.ts, which is server-only; scripts cannot import it. Scripts are the operator's tools
// and connect as the database owner when it is known: creating clinics and admins, fixture
// rows and key rotation are beyond what the app's least-privilege role may do.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

const EMBEDDED_DB = "kratom";
const EMBEDDED_OWNER = "postgres";

/**
 * The owner of the embedded database `npm start` runs (its password is in the checkout's .env,
 * its port in .data/port, written at each start), for scripts run beside it in another
 * terminal with nothing set.
 */
export function embeddedOwnerUrl(root = process.cwd()): string | undefined {
  const file = path.join(root, ".env");
  const fromFile = existsSync(file)
    ? readFileSync(file, "utf8")
        .match(/^PG_OWNER_PASSWORD=(.+)$/m)?.[1]
        ?.trim()
    : undefined;
  const password = process.env.PG_OWNER_PASSWORD ?? fromFile;
  if (!password) return undefined;
  const portFile = path.join(root, ".data", "port");
  const port =
    process.env.PGPORT ??
    (existsSync(portFile) ? readFileSync(portFile, "utf8").trim() : undefined) ??
    "54329";
  return `postgresql://${EMBEDDED_OWNER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DB}`;
}

/**
 * A script run beside `npm start` in another terminal, with nothing set: the checkout's .env
 * (the keys the data is sealed with) fills what the environment lacks, and the database is the
 * embedded one, as its owner. The real environment always wins.
 */
export function loadLocalSetup(root = process.cwd()): void {
  const file = path.join(root, ".env");
  if (existsSync(file))
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/);
      if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2];
    }
  process.env.DATABASE_URL ??= embeddedOwnerUrl(root);
  process.env.BETTER_AUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
}

/** The owner's URL when known (MIGRATION_DATABASE_URL, the embedded database), else DATABASE_URL. */
export function scriptDatabaseUrl(root = process.cwd()): string {
  const url =
    process.env.MIGRATION_DATABASE_URL ??
    (process.env.DATABASE_URL ? undefined : embeddedOwnerUrl(root)) ??
    process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "No database: start `npm start` first (its embedded database is found by itself), or set DATABASE_URL / MIGRATION_DATABASE_URL.",
    );
  return url;
}

export function scriptClient(url = scriptDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
