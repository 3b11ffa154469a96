// Soak accounts: CLINICIANS clinicians and ADMINS admins in one clinic, with known passwords,
// in the throwaway database of `npm run soak`. Prints nothing secret (the database is deleted).
import { ensureClinic, upsertAccount } from "@/prisma/accounts";
import { scriptClient } from "@/prisma/client";

const clinicians = Number(process.env.SOAK_CLINICIANS ?? 20);
const admins = Number(process.env.SOAK_ADMINS ?? 4);
const password = process.env.SOAK_PASSWORD ?? "";

async function main() {
  if (password.length < 12) throw new Error("SOAK_PASSWORD is missing");
  const db = scriptClient();
  try {
    const clinicId = await ensureClinic(db, "Soak Clinic");
    for (const [role, count] of [
      ["clinician", clinicians],
      ["admin", admins],
    ] as const)
      for (let i = 0; i < count; i++)
        await upsertAccount(db, {
          email: `soak-${role}-${i}@soak.test`,
          name: `Soak ${role} ${i}`,
          role,
          clinicId,
          password,
        });
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
