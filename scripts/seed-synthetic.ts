#!/usr/bin/env tsx
/**
 * `npm run seed:synthetic -- --count N [--clinics 12] [--months 36] [--seed S]`: adds N realistic
 * synthetic submitted assessments (with their findings and medication classes) to the database
 * of a running `npm start` (found by itself, as its owner: nothing to set) or in
 * MIGRATION_DATABASE_URL / DATABASE_URL. Local databases only. About a million in a few minutes on
 * two cores: batches of unnest() inserts over two connections. The publisher process of the
 * running app publishes the new figures on its next run.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { loadLocalSetup, scriptDatabaseUrl } from "../prisma/client";
import { assertLocalDatabase } from "../tests/assert-local-database";
import { insertBatch } from "./bench/insert-batch";
import { ensureSyntheticClinics } from "./bench/synthetic-clinics";
import { archetypes, makeBatch, seeded } from "./bench/synthetic-rows";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    clinics: { type: "string", default: "12" },
    months: { type: "string", default: "36" },
    seed: { type: "string" },
  },
});
const count = Number(values.count);
const BATCH = 5_000;
const CONNECTIONS = 2;

async function main() {
  if (!Number.isInteger(count) || count < 1)
    throw new Error("--count must be a positive whole number.");
  loadLocalSetup();
  const url = assertLocalDatabase(scriptDatabaseUrl());
  // A given seed repeats a data set; by default each run adds different rows.
  const seed = values.seed ? Number(values.seed) : Date.now() % 1_000_000;
  const started = Date.now();
  // Bulk load: no need to wait for each batch's WAL flush (a crash loses synthetic rows only).
  const pool = new pg.Pool({
    connectionString: url,
    max: CONNECTIONS,
    options: "-c synchronous_commit=off",
  });
  try {
    const clinics = await ensureSyntheticClinics(pool, Number(values.clinics));
    const archetypePool = archetypes(3000, seed);
    const random = seeded(seed);
    let done = 0;
    let written = 0;
    let reported = 0;
    const next = async (): Promise<void> => {
      while (done < count) {
        const size = Math.min(BATCH, count - done);
        done += size;
        const batch = makeBatch(size, archetypePool, clinics, random, Number(values.months));
        const client = await pool.connect();
        try {
          await insertBatch(client, batch);
        } finally {
          client.release();
        }
        // One line per 100,000 written (the two connections finish batches in any order).
        for (written += size; written >= reported + 100_000; reported += 100_000) {
          process.stdout.write(`  ${(reported + 100_000).toLocaleString("en-GB")} assessments…\n`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, next));
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    // The app's publisher process (scripts/publisher.ts) publishes them on its next run, under
    // the release policy: nothing to refresh here.
    console.log(
      `Added ${count.toLocaleString("en-GB")} synthetic assessments in ${s(Date.now() - started)}; the running app publishes the figures within a minute.`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
