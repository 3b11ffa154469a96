/**
 * Submission throughput in one process, run by `npm run bench` (with the react-server condition,
 * so the server-only modules load). Prints one JSON line of results.
 *   --mode app        component figure: what the submit action does after its session and
 *                     rate-limit checks (zod, then the DAL's submitAssessment), no HTTP, no Next;
 *   --mode statement  raw PostgreSQL: the submit's exact statement (insertAssessmentStatement)
 *                     through plain `pg`, its values computed before the clock starts;
 *   --mode save       raw PostgreSQL: the autosave's exact statement (saveDraftStatement).
 */
import { parseArgs } from "node:util";
import pg from "pg";
import type { SessionUser } from "@/lib/auth/session";
import type { AssessmentInput } from "@/lib/checklist/schemas";
import { submitAssessmentSchema } from "@/lib/checklist/submit";
import { assessmentRow, submitAssessment } from "@/lib/dal/assessments";
import { createDraft, saveDraftStatement } from "@/lib/dal/drafts";
import { insertAssessmentStatement } from "@/lib/dal/store-assessment";
import { db } from "@/lib/db";
import { encryptJson } from "@/lib/security/patient-reference";
import { ensureClinic, upsertAccount } from "../../prisma/accounts";
import { syntheticAnswers } from "./synthetic-answers";
import { percentile, timed } from "./timing";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "app" },
    clients: { type: "string", default: "16" },
    count: { type: "string", default: "2000" },
  },
});
const clients = Number(values.clients);
const count = Number(values.count);

async function users(): Promise<SessionUser[]> {
  const clinicId = await ensureClinic(db, "Bench submissions");
  return Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const email = `bench-clinician-${i}@bench.invalid`;
      const id = await upsertAccount(db, {
        email,
        name: `Bench ${i}`,
        role: "clinician",
        clinicId,
        password: "bench-password-not-used",
      });
      return { id, email, name: `Bench ${i}`, role: "clinician" as const, clinicId };
    }),
  );
}

async function main() {
  const people = await users();
  const answers = syntheticAnswers(Math.min(count, 500), 42);
  // Drafts exist before the clock starts: the wizard creates them long before "Submit".
  const jobs: { user: SessionUser; raw: { draftId: string; answers: AssessmentInput } }[] = [];
  await timed(
    Array.from({ length: count }, (_, i) => i),
    clients,
    async (i) => {
      const user = people[i % clients];
      const a = answers[i % answers.length];
      jobs[i] = {
        user,
        raw: {
          draftId: await createDraft(user),
          answers: { ...a, patient: { ...a.patient, patientReference: `BENCH-${i}` } },
        },
      };
    },
  );
  let result: { seconds: number; latencies: number[] };
  if (values.mode === "statement" || values.mode === "save") {
    const statements = jobs.map(({ user, raw }) =>
      values.mode === "save"
        ? saveDraftStatement(user, raw.draftId, encryptJson(raw.answers), 6)
        : insertAssessmentStatement(assessmentRow(user, raw.draftId, raw.answers)),
    );
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: clients });
    result = await timed(statements, clients, (s) => pool.query(s.text, s.values));
    await pool.end();
  } else {
    result = await timed(jobs, clients, async ({ user, raw }) => {
      const parsed = submitAssessmentSchema.safeParse(JSON.parse(JSON.stringify(raw)));
      if (!parsed.success) throw new Error("synthetic answers failed validation");
      const outcome = await submitAssessment(user, parsed.data.draftId, parsed.data.answers);
      if (outcome.status !== "stored") throw new Error(`submit returned ${outcome.status}`);
    });
  }
  const { seconds, latencies } = result;
  console.log(
    JSON.stringify({
      mode: values.mode,
      count,
      clients,
      throughput: count / seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
    }),
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
