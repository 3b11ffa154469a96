/**
 * Accounts, sessions and drafts for the HTTP benchmark (run with the react-server condition, as
 * submit-harness.ts is). Many clinicians, so no per-user rate limit is what gets measured; each
 * has a real session row and the signed cookie a browser would hold after signing in (the
 * sign-in action itself is rate-limited per address, and a thousand sign-ins would only measure
 * password hashing). Writes one JSON file the HTTP stage reads. Local databases only.
 *
 *   --users N --drafts D (per user, for submits) --answers A --out FILE
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { SessionUser } from "@/lib/auth/session";
import { submitAssessment } from "@/lib/dal/assessments";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { encryptJson } from "@/lib/security/patient-reference";
import { ensureClinic } from "../../prisma/accounts";
import { assertLocalDatabase } from "../../tests/assert-local-database";
import { syntheticAnswers } from "./synthetic-answers";

const { values } = parseArgs({
  options: {
    users: { type: "string", default: "400" },
    admins: { type: "string", default: "20" },
    drafts: { type: "string", default: "8" },
    answers: { type: "string", default: "200" },
    out: { type: "string" },
    tag: { type: "string", default: "0" },
  },
});

/** better-auth's signed session cookie: `token.base64(HMAC-SHA256(secret, token))`, URL-encoded. */
function sessionCookie(token: string): string {
  const signature = createHmac("sha256", env().BETTER_AUTH_SECRET).update(token).digest("base64");
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

async function people(role: "clinician" | "admin", count: number, clinicId: string) {
  const tag = `${values.tag}-${Date.now()}`;
  const ids = Array.from({ length: count }, () => randomUUID());
  const tokens = ids.map(() => randomBytes(24).toString("base64url"));
  await db.$executeRaw`
    INSERT INTO "user" ("id", "name", "email", "emailVerified", "createdAt", "updatedAt", "role", "clinicId", "active")
    SELECT id, 'Bench ' || n, 'bench-' || ${role} || '-' || ${tag} || '-' || n || '@bench.invalid', true,
      now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', ${role}::"Role", ${clinicId}::uuid, true
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS x(id, n)`;
  await db.$executeRaw`
    INSERT INTO "session" ("id", "expiresAt", "token", "createdAt", "updatedAt", "userId")
    SELECT gen_random_uuid()::text, now() AT TIME ZONE 'UTC' + interval '12 hours', t,
      now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', u
    FROM unnest(${ids}::text[], ${tokens}::text[]) AS x(u, t)`;
  // Expiring in 12 h, as a fresh sign-in's does: better-auth then does not refresh it (and set a
  // cookie, which makes Next re-render the page into an action's response) for an hour.
  return ids.map((id, i) => ({ id, cookie: sessionCookie(tokens[i]) }));
}

async function drafts(clinicianIds: string[], perUser: number): Promise<string[][]> {
  const owners = clinicianIds.flatMap((id) => Array.from({ length: perUser }, () => id));
  const ids = owners.map(() => randomUUID());
  // One sealed `{}` for all: drafts are opened (step pages) and overwritten (autosave).
  const payload = encryptJson({});
  await db.$executeRaw`
    INSERT INTO "draft" ("id", "clinicianId", "payload", "stepReached", "createdAt", "updatedAt")
    SELECT id, c, ${payload}, 0, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM unnest(${ids}::uuid[], ${owners}::text[]) AS x(id, c)`;
  return clinicianIds.map((_, u) => ids.slice(u * perUser, (u + 1) * perUser));
}

async function main() {
  assertLocalDatabase();
  const clinicId = await ensureClinic(db, "Bench HTTP clinic");
  const clinicians = await people("clinician", Number(values.users), clinicId);
  const admins = await people("admin", Number(values.admins), clinicId);
  const perUser = Number(values.drafts);
  // Per clinician: drafts to submit, one draft to autosave and to open, one stored assessment.
  const submitDrafts = await drafts(
    clinicians.map((c) => c.id),
    perUser,
  );
  const openDrafts = await drafts(
    clinicians.map((c) => c.id),
    1,
  );
  const answers = syntheticAnswers(Number(values.answers), 7);
  const assessments: string[] = [];
  for (const [i, c] of clinicians.entries()) {
    const user: SessionUser = {
      id: c.id,
      name: "Bench",
      email: "bench@bench.invalid",
      role: "clinician",
      clinicId,
    };
    const [draftId] = await drafts([c.id], 1).then((d) => d[0]);
    const a = answers[i % answers.length];
    const input = { ...a, patient: { ...a.patient, patientReference: `BENCH-HTTP-${i}` } };
    const outcome = await submitAssessment(user, draftId, input);
    if (outcome.status === "no-draft") throw new Error("bench fixture submit failed");
    assessments.push(outcome.assessmentId);
  }
  const out = {
    clinicians: clinicians.map((c, i) => ({
      cookie: c.cookie,
      submitDrafts: submitDrafts[i],
      openDraft: openDrafts[i][0],
      assessmentId: assessments[i],
    })),
    admins: admins.map((a) => a.cookie),
    answers: answers.map((a, i) => ({
      ...a,
      patient: { ...a.patient, patientReference: `BENCH-HTTP-A${i}` },
    })),
  };
  writeFileSync(String(values.out), JSON.stringify(out));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
