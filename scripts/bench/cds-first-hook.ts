/**
 * The first CDS hook after a fresh start (issue 20: it had come back empty): registers an EHR,
 * then starts the server `npm start` runs (scripts/serve.mjs) on `--port`, and as soon as it
 * reports ready sends one order-select for a patient whose chart records kratom (a card), then a
 * second. Prints one JSON line: how long the start took, and each call's time and card count.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import { type CdsClient, createCdsClient, orderRequest, serve } from "../test-ehr/cds-client";

const { values } = parseArgs({ options: { port: { type: "string" } } });
const base = `http://127.0.0.1:${values.port}`;
const SERVICE = "kratom-order-select";

async function call(ehr: CdsClient) {
  const patientId = `first-${randomUUID()}`;
  const body = orderRequest({
    patientId,
    orders: [{ id: randomUUID(), text: "oxycodone 10 mg" }],
    prefetch: {
      statements: searchset([kratomStatement(patientId)]),
      conditions: searchset([]),
      medications: searchset([]),
      assessment: searchset([]),
    },
  });
  const token = await ehr.token(`${base}/cds-services/${SERVICE}`);
  const started = performance.now();
  const res = await ehr.hook(base, SERVICE, body, token);
  const cards = ((await res.json()) as { cards: unknown[] }).cards.length;
  return { ms: Math.round(performance.now() - started), cards };
}

async function main() {
  const ehr = await createCdsClient({ issuer: `https://first-hook-${randomUUID()}.test/fhir` });
  const keys = await serve([ehr.jwksHandler("/jwks.json")]);
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const [clinic] = (await db.query("SELECT id FROM clinic LIMIT 1")).rows;
  await db.query(
    'INSERT INTO cds_client (id, "clinicId", name, issuer, "jwksUrl") VALUES ($1, $2, $3, $4, $5)',
    [randomUUID(), clinic.id, "First-hook EHR", ehr.issuer, `${keys.url}/jwks.json`],
  );
  await db.end();

  const started = performance.now();
  const server = spawn(
    process.execPath,
    ["scripts/serve.mjs", "--port", String(values.port), "--hostname", "127.0.0.1"],
    // One publisher (the bench server's) is enough.
    {
      env: { ...process.env, BETTER_AUTH_URL: base, PUBLISHER: "off" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const exited = new Promise((resolve) => server.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    server.stdout.on("data", (d) => String(d).includes("Serving on") && resolve());
    exited.then(() => reject(new Error("the server exited before it was ready")));
  });
  const readyMs = Math.round(performance.now() - started);
  const first = await call(ehr);
  const second = await call(ehr);
  server.kill("SIGTERM");
  await exited;
  await keys.close();
  process.stdout.write(`${JSON.stringify({ readyMs, first, second })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
