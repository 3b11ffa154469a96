import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { ensureClinic, upsertAccount } from "@/prisma/accounts";
import { scriptClient } from "@/prisma/client";

const db = scriptClient();

/** A fresh clinician or admin with a unique email, in a named clinic: tests never share users. */
export async function makeUser(
  role: "clinician" | "admin",
  clinicName = `Clinic ${randomUUID()}`,
): Promise<SessionUser> {
  const clinicId = await ensureClinic(db, clinicName);
  const email = `${role}-${randomUUID()}@test.local`;
  const id = await upsertAccount(db, {
    email,
    name: `Test ${role}`,
    role,
    clinicId,
    password: "integration-test-pass",
  });
  return { id, email, name: `Test ${role}`, role, clinicId };
}
