/**
 * Admin accounts for the benchmark (one per measured size, so the route's per-user rate limit
 * never throttles a measurement). Passwords are bench-only; local databases only.
 */
import { ensureClinic, upsertAccount } from "../../prisma/accounts";
import { scriptClient } from "../../prisma/client";
import { assertLocalDatabase } from "../../tests/assert-local-database";

const BENCH_PASSWORD = "bench-admin-password-local"; // keep in step with scripts/bench.mjs

async function main() {
  assertLocalDatabase();
  const db = scriptClient();
  try {
    const clinicId = await ensureClinic(db, "Bench network office");
    for (let i = 0; i < Number(process.argv[2] ?? 3); i++) {
      await upsertAccount(db, {
        email: `bench-admin-${i}@bench.invalid`,
        name: `Bench admin ${i}`,
        role: "admin",
        clinicId,
        password: BENCH_PASSWORD,
      });
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
