import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { poolOptions } from "@/lib/db-options";
import { env } from "@/lib/env";

/** One Prisma client per process; dev hot reload would otherwise open a pool per reload. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** A client with the app's pool size and timeouts (lib/db-options.ts). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(poolOptions(url)) });
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

/**
 * Created on first use, not at import: `next build` imports route modules without any
 * configuration, and a missing DATABASE_URL must fail at server start, not at build.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
