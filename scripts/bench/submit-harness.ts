/**
 * Submission throughput, run by `npm run bench` in its own process (with the react-server
 * condition, so the server-only modules load). `--mode app`: what the submit action does after its
 * session and rate-limit checks — zod validation, then the DAL's `submitAssessment` (assess,
 * encryption, one transaction with findings, classes and the audit entry). `--mode baseline`: the
 * same rows written with plain `pg`, values precomputed. Prints one JSON line of results.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import type { SessionUser } from "@/lib/auth/session";
import type { AssessmentInput } from "@/lib/checklist/schemas";
import { submitAssessmentSchema } from "@/lib/checklist/submit";
import { submitAssessment } from "@/lib/dal/assessments";
import { createDraft } from "@/lib/dal/drafts";
import { db } from "@/lib/db";
import { ensureClinic, upsertAccount } from "../../prisma/accounts";
import { baselineRows, insertBaseline } from "./baseline-submit";
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
  if (values.mode === "baseline") {
    const rows = baselineRows(jobs);
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: clients });
    result = await timed(rows, clients, (row) =>
      pool.connect().then((c) => insertBaseline(c, row).finally(() => c.release())),
    );
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
