// A Prisma client for command-line scripts (seed, CLI, benchmarks). The app uses lib/db.ts,
// which is server-only; scripts cannot import it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export function scriptClient(url = process.env.DATABASE_URL): PrismaClient {
  if (!url)
    throw new Error("DATABASE_URL is not set: run through `npm start` / `npm test`, or export it.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
