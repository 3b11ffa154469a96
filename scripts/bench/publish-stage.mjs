// Publish time (issue 18 §1): the real publisher (`publish()`, scripts/bench/publish-run.ts, a
// process of its own) against PostgreSQL at each size, in a database of its own in the bench's
// cluster (so the served app's publisher neither competes for the lease nor sees these rows):
// a set-based bulk load (scripts/bench/publish-load.ts), then three publications, each timed
// with the publisher's peak RSS — the first full one (every clinic), an incremental batch (the
// biggest clinic gets 11 new assessments, the release threshold), and the recount of that clinic
// after one of its assessments is erased. The database is dropped afterwards.
import { spawn } from "node:child_process";
import pg from "pg";
import { migrate } from "../lib/prepare.mjs";
import { log, root } from "../lib/run.mjs";
import { sql, tsx } from "./steps.mjs";

/** A publication that takes longer than the publisher's interval (REFRESH_MS) falls behind. */
const INTERVAL_S = 15;
const NEW_IN_BATCH = 11;

/** One `publish()` in its own process: the result line and the publisher's own log line. */
function publishOnce(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/bench/publish-run.ts"],
      { cwd: root, env: { ...env, LOG_LEVEL: "info" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGTERM"), 15 * 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const lines = out
        .trim()
        .split("\n")
        .flatMap((l) => (l.startsWith("{") ? [JSON.parse(l)] : []));
      const result = lines.find((l) => "peakRssMb" in l);
      const published = lines.find((l) => l.msg === "aggregates published") ?? {};
      if (code === 0 && result?.outcome === "published") resolve({ ...published, ...result });
      else reject(new Error(`the publisher run exited with ${code}: ${result?.outcome}`));
    });
  });
}

/** The biggest clinic gets `count` copies of its own assessments, submitted after its cut-off. */
const ADD_BATCH = (clinic, count) => `
  CREATE TEMP TABLE src AS
    SELECT a."id" AS old, gen_random_uuid() AS id, gen_random_uuid() AS draft,
      r."cutoff" + make_interval(secs => (row_number() OVER ()) / 1000.0) AS at
    FROM (SELECT * FROM "assessment" WHERE "clinicId" = '${clinic}' LIMIT ${count}) a
    JOIN "aggregate_release_clinic" r ON r."clinicId" = a."clinicId";
  INSERT INTO "draft" ("id", "clinicianId", "payload", "stepReached", "createdAt", "updatedAt", "submittedAt")
    SELECT s.draft, a."clinicianId", 'synthetic', 6, s.at, s.at, s.at FROM src s JOIN "assessment" a ON a."id" = s.old;
  INSERT INTO "assessment" ("id", "draftId", "clinicianId", "clinicId", "patientRefHash", "patientRefCipher",
      "answersCipher", "ageBand", "sex", "overallLevel", "dependenceSeverity", "skinChange", "rulesetVersion",
      "evidenceVersion", "summary", "submittedAt")
    SELECT s.id, s.draft, a."clinicianId", a."clinicId", md5(s.id::text) || md5(s.draft::text), 'synthetic',
      'synthetic', a."ageBand", a."sex", a."overallLevel", a."dependenceSeverity", a."skinChange",
      a."rulesetVersion", a."evidenceVersion", a."summary", s.at
    FROM src s JOIN "assessment" a ON a."id" = s.old;
  INSERT INTO "finding" ("id", "assessmentId", "ruleId", "domain", "severity", "position", "content")
    SELECT gen_random_uuid(), s.id, f."ruleId", f."domain", f."severity", f."position", f."content"
    FROM src s JOIN "finding" f ON f."assessmentId" = s.old;
  INSERT INTO "assessment_medication_class" ("assessmentId", "classId")
    SELECT s.id, c."classId" FROM src s JOIN "assessment_medication_class" c ON c."assessmentId" = s.old;`;

async function run(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Waits until the publisher's settle time (5 s) has passed the newest assessment. */
async function settle(url) {
  const [{ s }] = await sql(
    url,
    `SELECT greatest(0, extract(epoch FROM max("submittedAt") + interval '6 s'
       - (now() AT TIME ZONE 'UTC')))::float8 AS s FROM "assessment"`,
  );
  await new Promise((resolve) => setTimeout(resolve, s * 1000));
}

const seconds = (r) =>
  `${r.seconds.toFixed(1)} s, publisher peak RSS ${r.peakRssMb} MB (${r.rssBeforeMb} MB before)`;
const ms = (v) => (v < 1000 ? `${v} ms` : `${(v / 1000).toFixed(1)} s`);
const phases = (r) =>
  `${r.counted.toLocaleString("en-GB")} counted in ${ms(r.count)}, perturbation ${ms(r.perturb)}, ${r.cells} cells`;

export async function measurePublish({ sizes, databaseUrl, env }) {
  const rows = [];
  for (const size of sizes) {
    const n = size.toLocaleString("en-GB");
    const name = `kratom_publish_${size}`;
    const admin = new URL(databaseUrl);
    admin.pathname = "/postgres";
    // One statement each: neither may run inside the implicit transaction of a multi-statement query.
    await run(admin.toString(), `DROP DATABASE IF EXISTS ${name}`);
    await run(admin.toString(), `CREATE DATABASE ${name}`);
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const at = url.toString();
    const own = { ...env, DATABASE_URL: at, MIGRATION_DATABASE_URL: at };
    delete own.PUBLISHER_DATABASE_URL;
    try {
      await migrate(at);
      log(`Publish series: loading ${n} assessments…`);
      const load = JSON.parse(
        await tsx(["scripts/bench/publish-load.ts", "--count", String(size)], own, true),
      );
      rows.push([
        `Publish ${n}: bulk load (set-based SQL, indexes rebuilt, vacuumed)`,
        `${load.assessments.toLocaleString("en-GB")} assessments, ${load.findings.toLocaleString("en-GB")} findings, ${load.classes.toLocaleString("en-GB")} classes in ${load.seconds.toFixed(1)} s`,
        "",
        null,
      ]);
      log(`Publish series: first full publication at ${n}…`);
      const first = await publishOnce(own);
      rows.push([
        `  first full publication (every clinic), ${n}`,
        `${seconds(first)}; ${phases(first)}`,
        "",
        null,
      ]);
      const [big] = await sql(
        at,
        `SELECT "clinicId"::text AS id, count(*)::int AS n FROM "assessment" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      );
      await run(at, ADD_BATCH(big.id, NEW_IN_BATCH));
      await settle(at);
      log(`Publish series: incremental batch at ${n}…`);
      const batch = await publishOnce(own);
      if (batch.advanced !== 1)
        throw new Error(`the batch advanced ${batch.advanced} clinics, not 1`);
      rows.push([
        `  incremental batch (one clinic, ${NEW_IN_BATCH} new), ${n}`,
        `${seconds(batch)}; ${phases(batch)}`,
        `≤ ${INTERVAL_S} s (the interval)`,
        batch.seconds <= INTERVAL_S,
      ]);
      await run(
        at,
        `DELETE FROM "assessment" WHERE "id" = (SELECT "id" FROM "assessment"
           WHERE "clinicId" = '${big.id}' ORDER BY "submittedAt" LIMIT 1)`,
      );
      log(`Publish series: erasure recount at ${n}…`);
      const erased = await publishOnce(own);
      if (erased.erased !== 1)
        throw new Error(`the erasure recounted ${erased.erased} clinics, not 1`);
      rows.push([
        `  erasure recount of one clinic (${big.n.toLocaleString("en-GB")} assessments), ${n}`,
        `${seconds(erased)}; ${phases(erased)}`,
        `≤ ${INTERVAL_S} s (the interval)`,
        erased.seconds <= INTERVAL_S,
      ]);
    } finally {
      await run(admin.toString(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    }
  }
  return rows;
}
