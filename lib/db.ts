import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { BACKGROUND_TIMEOUTS, poolOptions } from "@/lib/db-options";
import { env } from "@/lib/env";

/** One Prisma client per process; dev hot reload would otherwise open a pool per reload. */
const globalForPrisma = globalThis as unknown as {
  prisma?: PrismaClient;
  background?: PrismaClient;
};

/** A client with the app's pool size and timeouts (lib/db-options.ts). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolOptions(url)) });
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

/** Lazily created, so importing this module needs no configuration (see `db` below). */
function lazy(get: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const real = get();
      const value = Reflect.get(real, property);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

/**
 * Created on first use, not at import: `next build` imports route modules without any
 * configuration, and a missing DATABASE_URL must fail at server start, not at build.
 */
export const db: PrismaClient = lazy(client);

/**
 * A small second pool with long query limits, for slow background work only (the aggregates'
 * view refresh); requests use `db`, whose short limits turn a hung database into a message.
 */
export const backgroundDb: PrismaClient = lazy(() => {
  globalForPrisma.background ??= new PrismaClient({
    adapter: new PrismaPg(poolOptions(env().DATABASE_URL, 2, BACKGROUND_TIMEOUTS)),
  });
  return globalForPrisma.background;
});
