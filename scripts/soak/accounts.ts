// Soak accounts: CLINICIANS clinicians and ADMINS admins in one clinic, with known passwords,
// in the throwaway database of `npm run soak`, and SOAK_ANSWERS_OUT: synthetic complete answers
// for its submissions. Prints nothing secret (the database is deleted).
import { writeFileSync } from "node:fs";
import { ensureClinic, upsertAccount } from "@/prisma/accounts";
import { scriptClient } from "@/prisma/client";
import { syntheticAnswers } from "../bench/synthetic-answers";

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
    if (process.env.SOAK_ANSWERS_OUT)
      writeFileSync(
        process.env.SOAK_ANSWERS_OUT,
        JSON.stringify(
          syntheticAnswers(50, 11).map((a, i) => ({
            ...a,
            patient: { ...a.patient, patientReference: `SOAK-${i}` },
          })),
        ),
      );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
