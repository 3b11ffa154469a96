// Seeds the demo clinic and accounts, only in demo mode (npm start sets DEMO_MODE=true;
// a real deployment creates its first admin with `npm run create-admin`). Idempotent.
import { ensureClinic, upsertAccount } from "./accounts";
import { scriptClient } from "./client";

export const DEMO_ACCOUNTS = [
  {
    email: "clinician@demo.test",
    name: "Dr Demo Clinician",
    role: "clinician",
    password: "demo-clinician-pass",
  },
  { email: "admin@demo.test", name: "Demo Admin", role: "admin", password: "demo-admin-password" },
] as const;

async function main() {
  if (process.env.DEMO_MODE !== "true") {
    console.log("DEMO_MODE is not true: no demo accounts seeded.");
    return;
  }
  const db = scriptClient();
  try {
    const clinicId = await ensureClinic(db, "Demo Clinic");
    for (const account of DEMO_ACCOUNTS) {
      const existing = await db.user.findUnique({
        where: { email: account.email },
        select: { id: true },
      });
      if (!existing) await upsertAccount(db, { ...account, clinicId });
    }
    console.log("Demo accounts (demo mode only):");
    for (const a of DEMO_ACCOUNTS)
      console.log(`  ${a.role.padEnd(9)} ${a.email}  password: ${a.password}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
