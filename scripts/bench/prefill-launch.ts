/**
 * The 30-medicine prefill (issue 19: under 1 s against the local test EHR), in its own process
 * (run with `tsx --conditions=react-server`, so the server-only modules load). It starts the
 * test EHR (scripts/test-ehr) with its seeded 30-entry patient `pt-long-list`, registers it for
 * a clinic whose clinician is the EHR user, and measures `--runs` times:
 *   - the launch end to end over HTTP, as a browser takes it: the EHR's launch link, the app's
 *     /launch, the EHR's authorization, the app's /launch/callback (token, discovery, the user,
 *     the record read, the prefill, the draft stored), then the first checklist page;
 *   - the prefill alone, in this process with the app's own modules and the last launch's own
 *     (patient-scoped) access token: the record's searches and Medication reads (readRecord),
 *     matching, and storing the draft and launch (completeLaunch).
 * Prints one JSON line: medians and p95s in ms.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import type { SessionUser } from "@/lib/auth/session";
import { connectionById } from "@/lib/dal/ehr-connections";
import type { EhrSession } from "@/lib/dal/ehr-launches";
import { beginLaunch, completeLaunch } from "@/lib/dal/ehr-launches";
import { matchRecordMedicines, recordMedicines } from "@/lib/fhir/prefill";
import { type PrefillRecord, prefillAnswers } from "@/lib/fhir/prefill-answers";
import { decryptJson } from "@/lib/security/patient-reference";
import { launchedPatient } from "@/lib/smart/patient-reference";
import { readRecord } from "@/lib/smart/read-record";
import { ensureClinic, upsertAccount } from "@/prisma/accounts";
import { scriptClient } from "@/prisma/client";
import { linkEhrUser, registerTestEhr } from "@/prisma/demo-ehr";
import { startTestEhr } from "../test-ehr/index.mjs";
import { PRACTITIONER } from "../test-ehr/seed.mjs";
import { percentile } from "./timing";

const { values } = parseArgs({
  options: { url: { type: "string" }, runs: { type: "string", default: "8" } },
});
const app = values.url as string;
const runs = Number(values.runs);
const PATIENT = "pt-long-list";
const SCOPE =
  "launch openid fhirUser patient/Patient.rs patient/Medication.rs patient/MedicationRequest.rs patient/MedicationStatement.rs patient/QuestionnaireResponse.cu patient/DocumentReference.cu";

/** Follows redirects by hand with a cookie jar per origin, as a browser would. */
async function browse(start: string): Promise<URL> {
  const jar = new Map<string, Map<string, string>>();
  let url = new URL(start);
  for (let hop = 0; hop < 20; hop++) {
    const cookies = [...(jar.get(url.origin) ?? [])].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(url, {
      redirect: "manual",
      headers: cookies ? { cookie: cookies } : {},
    });
    const own = jar.get(url.origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      own.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    jar.set(url.origin, own);
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    await res.arrayBuffer();
    if (res.status !== 200 || !/^\/checklist\/[0-9a-f-]{36}\/patient$/.test(url.pathname))
      throw new Error(`launch ended on ${url.pathname} (${res.status})`);
    return url;
  }
  throw new Error("too many redirects");
}

const summary = (ms: number[]) => ({
  p50: percentile(ms, 50),
  p95: percentile(ms, 95),
  min: Math.min(...ms),
  max: Math.max(...ms),
});

async function main() {
  const ehr = await startTestEhr({ appUrls: [app] });
  const db = scriptClient(process.env.DATABASE_URL);
  try {
    const clinicId = await ensureClinic(db, "Bench EHR clinic");
    const email = `bench-ehr-${randomBytes(4).toString("hex")}@bench.local`;
    const userId = await upsertAccount(db, {
      email,
      name: "Dr Bench",
      role: "clinician",
      clinicId,
      password: randomBytes(16).toString("hex"),
    });
    const connectionId = await registerTestEhr(db, {
      clinicId,
      name: "Bench test EHR",
      issuer: ehr.fhirBase,
      clientId: ehr.clientId,
      clientSecret: ehr.clientSecret,
    });
    const fhirUser = `${ehr.fhirBase}/Practitioner/${PRACTITIONER.id}`;
    await linkEhrUser(db, connectionId, fhirUser, email);
    const link = `${ehr.baseUrl}/ehr/launch?patient=${PATIENT}&app=${encodeURIComponent(app)}`;

    // Two unmeasured launches load the launch routes and the first step page in the app.
    for (let i = 0; i < 2; i++) await browse(link);
    const launch: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await browse(link);
      launch.push(performance.now() - t);
    }

    // What the last launch stored: its prefill (so the figure is of a real 30-entry read) and
    // its access token, patient-scoped as the app holds it, for the prefill-alone runs.
    const [last] = await db.$queryRaw<{ sessionCipher: string; prefillCipher: string }[]>`
      SELECT "sessionCipher", "prefillCipher" FROM ehr_launch
      WHERE "connectionId" = ${connectionId}::uuid AND "sessionCipher" IS NOT NULL
      ORDER BY "createdAt" DESC LIMIT 1`;
    const launched = decryptJson<PrefillRecord>(last.prefillCipher);
    const { accessToken } = decryptJson<EhrSession>(last.sessionCipher);
    const connection = await connectionById(connectionId);
    if (!connection) throw new Error("connection not found");
    const user: SessionUser = { id: userId, name: "Dr Bench", email, role: "clinician", clinicId };
    const patient = launchedPatient(ehr.fhirBase, PATIENT);
    const prefill: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const { launchId } = await beginLaunch(connection, {
        verifier: "bench",
        mode: "ehr",
        scope: SCOPE,
      });
      const t = performance.now();
      const ctx = {
        base: ehr.fhirBase,
        accessToken,
        launchId,
        clinicId,
        actorId: userId,
      };
      const record = await readRecord(ctx, PATIENT, SCOPE);
      const medicines = matchRecordMedicines(recordMedicines(record.entries, record.medications));
      const { answers, record: given } = prefillAnswers({
        patientReference: patient.patientReference,
        patient: record.patient,
        medicines,
        today: new Date(),
      });
      await completeLaunch(
        launchId,
        user,
        { accessToken, scope: SCOPE, patient: PATIENT, fhirUser },
        answers,
        {
          prefill: { ...given, problems: record.problems },
          fhirPatientKey: patient.fhirPatientKey,
        },
      );
      if (i > 0) prefill.push(performance.now() - t); // the first run warms the modules up
      if (record.problems.length > 0 || given.recognised.length !== launched.recognised.length)
        throw new Error(`the prefill read differs from the launch's: ${record.problems.join(" ")}`);
    }
    const counts = {
      recognised: launched.recognised.length,
      unrecognised: launched.unrecognised.length,
    };
    // A launch that read nothing would time an empty record: not the figure asked for.
    if (counts.recognised + counts.unrecognised < 30)
      throw new Error(`the launch prefilled only ${JSON.stringify(counts)}`);
    console.log(
      JSON.stringify({ runs, launch: summary(launch), prefill: summary(prefill), ...counts }),
    );
  } finally {
    await db.$disconnect();
    await ehr.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
