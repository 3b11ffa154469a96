/**
 * The CDS hook over HTTP, as an EHR calls it: order-select with prefetch, signed JWTs (one per
 * request, signed before the clock starts). Two ways of being "`--clients` concurrent":
 * - `--mode sustained` (closed loop): `--clients` calls always in flight, a new one as soon as one
 *   is answered, `--count` calls in all. With the client on the same cores, its p95 measures the
 *   machine's saturated throughput (the queue behind every call), not one call's wait.
 * - `--mode burst`: `--clients` calls sent at once (16 clinicians signing in the same moment), all
 *   answered, then a pause of `--pause` ms, `--bursts` times; percentiles over every call.
 * A third of the calls are for
 * a patient with a checklist in the clinic (a card), a third for one whose chart records kratom
 * (a card), a third for one with no kratom signal (no card). Prints one JSON line.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import { seal } from "@/lib/security/crypto-format";
import { fhirPatientKey } from "@/lib/security/fhir-patient-ref";
import { createCdsClient, orderRequest, serve } from "../test-ehr/cds-client";
import { syntheticAnswers } from "./synthetic-answers";
import { inBursts, percentile, timed } from "./timing";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    clients: { type: "string", default: "16" },
    count: { type: "string", default: "300" },
    mode: { type: "string", default: "sustained" },
    bursts: { type: "string", default: "30" },
    pause: { type: "string", default: "200" },
    // The two algorithms CDS Hooks names for the EHR's JWT; their verification costs differ.
    alg: { type: "string", default: "ES384" },
  },
});
const base = values.url as string;
const clients = Number(values.clients);
const burst = values.mode === "burst";
const bursts = Number(values.bursts);
const pauseMs = Number(values.pause);
const count = burst ? clients * bursts : Number(values.count);
const SERVICE = "kratom-order-select";

async function main() {
  const issuer = `https://bench-ehr-${randomUUID()}.test/fhir`;
  const ehr = await createCdsClient({ issuer, alg: values.alg === "RS384" ? "RS384" : "ES384" });
  const jwks = await serve([ehr.jwksHandler("/jwks.json")]);
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // The seeded rows' answers are placeholders no one can read ('synthetic'), so one of them gets
  // a daily kratom user's answers sealed under the app's key: the "checklist" third of the calls
  // then reads and decrypts a real checklist, as in use, and gets its card.
  const [latest] = (
    await db.query('SELECT id, "clinicId" FROM assessment ORDER BY "submittedAt" DESC LIMIT 1')
  ).rows;
  if (!latest) throw new Error("no stored assessment to link: seed first");
  const answers = syntheticAnswers(50, 7).find((a) => a.usePattern.frequency === "daily");
  const [current] = (process.env.ENCRYPTION_KEYS ?? "").split(",").map((pair) => {
    const [id, k] = pair.trim().split(":");
    return { id, key: Buffer.from(k ?? "", "base64") };
  });
  await db.query('UPDATE assessment SET "answersCipher" = $1 WHERE id = $2', [
    seal(JSON.stringify(answers), current),
    latest.id,
  ]);
  const key = fhirPatientKey(
    issuer,
    "bench-assessed",
    Buffer.from(process.env.PATIENT_REF_HMAC_KEY ?? "", "base64"),
  );
  await db.query('UPDATE assessment SET "fhirPatientKey" = $1 WHERE id = $2', [key, latest.id]);
  await db.query(
    'INSERT INTO cds_client (id, "clinicId", name, issuer, "jwksUrl") VALUES ($1, $2, $3, $4, $5)',
    [randomUUID(), latest.clinicId, "Bench EHR", issuer, `${jwks.url}/jwks.json`],
  );

  const kinds = [
    {
      patientId: "bench-assessed",
      text: "oxycodone 10 mg",
      prefetch: { statements: searchset([]) },
      card: true,
    },
    {
      patientId: "bench-chart",
      text: "naltrexone 50 mg",
      prefetch: { statements: searchset([kratomStatement("bench-chart")]) },
      card: true,
    },
    {
      patientId: "bench-quiet",
      text: "sertraline 50 mg",
      prefetch: { statements: searchset([]) },
      card: false,
    },
  ];
  const common = {
    conditions: searchset([]),
    medications: searchset([]),
    assessment: searchset([]),
  };

  async function prepared(n: number) {
    return Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const k = kinds[i % kinds.length];
        const body = orderRequest({
          patientId: k.patientId,
          orders: [{ id: randomUUID(), text: k.text }],
          prefetch: { ...common, ...k.prefetch },
        });
        return { body, token: await ehr.token(`${base}/cds-services/${SERVICE}`), card: k.card };
      }),
    );
  }

  let cards = 0;
  let missing = 0;
  const call = async (r: Awaited<ReturnType<typeof prepared>>[number]) => {
    const res = await ehr.hook(base, SERVICE, r.body, r.token);
    if (res.status !== 200) throw new Error(`hook answered ${res.status}`);
    const n = ((await res.json()) as { cards: unknown[] }).cards.length;
    cards += n;
    if (r.card && n === 0) missing++;
  };

  // Unmeasured warm-up: the key set, the database pool and Next's route modules.
  await timed(await prepared(2 * clients), clients, call);
  cards = 0;
  missing = 0;
  const items = await prepared(count);
  // The client's own CPU while measured (sending, reading, checking; the signing is done above):
  // it shares the two cores with the app here, as an EHR's would not.
  const cpuBefore = process.cpuUsage();
  const run = burst
    ? await inBursts(items, clients, pauseMs, call)
    : await timed(items, clients, call);
  const cpuUsed = process.cpuUsage(cpuBefore);
  await db.end();
  await jwks.close();
  process.stdout.write(
    `${JSON.stringify({
      p50: percentile(run.latencies, 50),
      p95: percentile(run.latencies, 95),
      max: Math.max(...run.latencies),
      calls: count,
      clientCpuMs: (cpuUsed.user + cpuUsed.system) / 1000 / count,
      throughput: count / run.seconds,
      cards,
      missing,
    })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
