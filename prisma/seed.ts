// Seeds the demo clinic and accounts, only in demo mode (npm start sets DEMO_MODE=true;
// a real deployment creates its first admin with `npm run create-admin`). Idempotent.
import { ensureClinic, upsertAccount } from "./accounts";
import { scriptClient } from "./client";
import { registerTestEhr, registerTestIdentityProvider } from "./demo-ehr";

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
    // `npm start` runs the test EHR beside the app in demo mode (scripts/test-ehr).
    const issuer = process.env.DEMO_EHR_ISSUER;
    if (issuer)
      await registerTestEhr(db, {
        clinicId,
        name: "Demo EHR",
        issuer,
        clientId: process.env.DEMO_EHR_CLIENT_ID ?? "",
        clientSecret: process.env.DEMO_EHR_CLIENT_SECRET ?? "",
      });
    // The same server signs in @demo.test users ("Or sign in with your organisation's account").
    if (issuer && process.env.DEMO_EHR_URL)
      await registerTestIdentityProvider(db, {
        clinicId,
        issuer: process.env.DEMO_EHR_URL,
        clientId: process.env.DEMO_EHR_SSO_CLIENT_ID ?? "",
        clientSecret: process.env.DEMO_EHR_SSO_CLIENT_SECRET ?? "",
        emailDomain: "demo.test",
      });
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
