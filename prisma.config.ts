import { defineConfig } from "prisma/config";
import { PrismaPgMigrate, pgConfig } from "./prisma/pg-compat";

// JS schema engine over adapter-pg: no native engine is ever downloaded (STACK.md §4).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPgMigrate(pgConfig()),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
