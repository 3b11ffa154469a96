import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import {
  chartSignal,
  codeTable,
  currentMedicines,
  draftMedicines,
  hookRequestSchema,
  judgeOrders,
  orderCards,
} from "@/lib/cds-hooks";
import { draftBundle, kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import { logger } from "@/lib/logger";
import { keySetFor, loadActiveRegistrations } from "./registrations";
import { rows, rowsWithin } from "./sql";

/** Connections opened ahead: a burst of concurrent hooks finds them ready. */
const CONNECTIONS = 4;
/** The warm-up never holds the server's start longer than this. */
const WARM_UP_LIMIT_MS = 3_000;

/** A hook's pure work once, on made-up data: the vocabulary, the rules and the card texts. */
function rulesOnce(): number {
  const patientId = "warm-up";
  const body = hookRequestSchema.parse({
    hook: "order-select",
    hookInstance: randomUUID(),
    context: {
      userId: "Practitioner/warm-up",
      patientId,
      draftOrders: draftBundle(
        ["oxycodone 10 mg", "naltrexone 50 mg", "sertraline 50 mg", "clarithromycin"].map(
          (text, i) => ({ id: `w${i}`, text }),
        ),
        patientId,
      ),
      selections: ["MedicationRequest/w0", "MedicationRequest/w1", "MedicationRequest/w3"],
    },
    prefetch: { statements: searchset([kratomStatement(patientId)]) },
  });
  if (body.hook !== "order-select") return 0;
  const orders = draftMedicines(body.context.draftOrders, body.context.selections, codeTable);
  const chart = { statements: body.prefetch?.statements };
  const signal = chartSignal(chart);
  if (!signal) return 0;
  const basis = { kind: "chart" as const, signal };
  const judged = judgeOrders(basis, orders, currentMedicines(undefined, chart.statements));
  return orderCards(judged, basis, { baseUrl: "http://warm-up.invalid", newId: randomUUID }).length;
}

/** Signature checks of both accepted algorithms once (key import and verify code paths). */
async function tokensOnce(): Promise<void> {
  for (const alg of ["ES384", "RS384"] as const) {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    const set = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), alg, kid: alg }] });
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg, kid: alg })
      .setIssuer("warm-up")
      .setAudience("warm-up")
      .setIssuedAt()
      .setExpirationTime("1m")
      .setJti(randomUUID())
      .sign(privateKey);
    await jwtVerify(jwt, set, { issuer: "warm-up", audience: "warm-up", algorithms: [alg] });
  }
}

/** The pool's first connections and the statements' first runs (nothing is written). */
async function databaseOnce(): Promise<number> {
  await Promise.all(Array.from({ length: CONNECTIONS }, () => rows(Prisma.sql`SELECT 1`)));
  await rowsWithin(
    Prisma.sql`SELECT id FROM assessment WHERE "fhirPatientKey" = ${randomUUID()} LIMIT 1`,
    1_000,
  );
  // Every registered EHR's key set, fetched now rather than during its first hook.
  const urls = [...new Set((await loadActiveRegistrations()).map((r) => r.jwksUrl))];
  const fetched = await Promise.allSettled(urls.map((url) => keySetFor(url).reload()));
  return fetched.filter((r) => r.status === "fulfilled").length;
}

/**
 * Run once when an app process starts (instrumentation.ts), so the first hook an EHR sends is
 * answered within its budget instead of paying for the first database connections, the first
 * fetch of the EHR's key set and the first run of the rules (issue 20: the first hook after
 * `npm start` had come back empty). Never throws and never takes longer than WARM_UP_LIMIT_MS:
 * a database or key set that is not there yet is simply left for the first hook.
 */
export async function warmUpCds(): Promise<void> {
  const started = performance.now();
  const work = Promise.all([databaseOnce(), tokensOnce().then(rulesOnce)]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), WARM_UP_LIMIT_MS);
  });
  try {
    const outcome = await Promise.race([work, limit]);
    const ms = Math.round(performance.now() - started);
    if (outcome === "late") logger.warn({ cds: "warm-up", ms }, "CDS warm-up still running");
    else logger.info({ cds: "warm-up", ms, keySets: outcome[0], cards: outcome[1] }, "CDS warm");
  } catch (error) {
    logger.warn({ cds: "warm-up", err: (error as Error)?.name }, "CDS warm-up failed");
  } finally {
    clearTimeout(timer);
  }
  work.catch(() => {});
}
