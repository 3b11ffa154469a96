import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { BACKGROUND_TIMEOUTS, poolOptions } from "@/lib/db-options";
import { env } from "@/lib/env";

/** One Prisma client per process; dev hot reload would otherwise open a pool per reload. */
const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  pool?: pg.Pool;
  background?: PrismaClient;
  publisher?: { db: PrismaClient; background: PrismaClient };
};

/**
 * Work run through `asPublisher` (the publisher process, tests and scripts that publish) uses
 * the publisher's own database role (PUBLISHER_DATABASE_URL): only that role may write the
 * published figures, and the app's role only reads them (docs/security.md, "Database roles").
 */
const publisherScope = new AsyncLocalStorage<{ db: PrismaClient; background: PrismaClient }>();

/** A client with the app's pool size and timeouts (lib/db-options.ts). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolOptions(url)) });
}

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    // The app's pool is made here and handed to Prisma (which closes it on $disconnect), so the
    // few statements that skip Prisma's query engine (sqlPool) share its connections and limits.
    const pool = new pg.Pool(poolOptions(env().DATABASE_URL));
    globalForPrisma.pool = pool;
    globalForPrisma.prisma = new PrismaClient({
      adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    });
  }
  return globalForPrisma.prisma;
}

/**
 * The pg pool under `db`, for a hot path's plain statements: Prisma's engine costs about as
 * much CPU per statement as the rest of a CDS hook call (docs/scaling.md). Same role, limits and
 * connections as `db`; not for work that must run as the publisher.
 */
export function sqlPool(): pg.Pool {
  client();
  return globalForPrisma.pool as pg.Pool;
}

/** Lazily created, so importing this module needs no configuration (see `db` below). */
function lazy(get: () => PrismaClient, which: "db" | "background"): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const real = publisherScope.getStore()?.[which] ?? get();
      const value = Reflect.get(real, property);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

/**
 * Created on first use, not at import: `next build` imports route modules without any
 * configuration, and a missing DATABASE_URL must fail at server start, not at build.
 */
export const db: PrismaClient = lazy(client, "db");

/**
 * A small second pool with long query limits, for slow background work only (the aggregates'
 * view refresh); requests use `db`, whose short limits turn a hung database into a message.
 */
export const backgroundDb: PrismaClient = lazy(() => {
  globalForPrisma.background ??= new PrismaClient({
    adapter: new PrismaPg(poolOptions(env().DATABASE_URL, 2, BACKGROUND_TIMEOUTS)),
  });
  return globalForPrisma.background;
}, "background");

/**
 * Runs `work` with `db` and `backgroundDb` connected as the publisher's role. Without
 * PUBLISHER_DATABASE_URL (a deployment that has not created that role) it runs as the app's.
 */
export function asPublisher<T>(work: () => Promise<T>): Promise<T> {
  const url = env().PUBLISHER_DATABASE_URL;
  if (!url) return work();
  globalForPrisma.publisher ??= {
    db: new PrismaClient({ adapter: new PrismaPg(poolOptions(url, 2)) }),
    background: new PrismaClient({
      adapter: new PrismaPg(poolOptions(url, 2, BACKGROUND_TIMEOUTS)),
    }),
  };
  return publisherScope.run(globalForPrisma.publisher, work);
}

/** Closes every pool this process opened (a draining worker, the publisher at exit). */
export async function disconnectAll(): Promise<void> {
  const clients = [
    globalForPrisma.prisma,
    globalForPrisma.background,
    globalForPrisma.publisher?.db,
    globalForPrisma.publisher?.background,
  ];
  await Promise.all(clients.map((c) => c?.$disconnect().catch(() => {})));
}
