/**
 * Bulk load for the publish series (scripts/bench/publish-stage.mjs): `--count N` synthetic
 * submitted assessments with their drafts, findings, medication classes and record keys, into
 * the database in MIGRATION_DATABASE_URL (a throwaway one of the bench). The answer sets are the
 * synthetic seeder's archetypes (the real rules' output, scripts/bench/synthetic-rows.ts); the
 * rows are made by PostgreSQL itself, set-based (INSERT … SELECT over generate_series joined to
 * the archetypes), so a million assessments cost a few statements rather than 200 round trips
 * of parameter arrays. Secondary indexes are dropped for the load and rebuilt after it (faster
 * than maintaining them row by row); the foreign keys are checked as usual.
 * Prints one JSON line: { seconds, assessments, findings, classes }.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { EVIDENCE_VERSION } from "@/lib/evidence";
import { RULESET_VERSION } from "@/lib/risk";
import { assertLocalDatabase } from "../../tests/assert-local-database";
import { findingStub, STUB } from "./insert-batch";
import { ensureSyntheticClinics } from "./synthetic-clinics";
import { archetypes } from "./synthetic-rows";

const { values } = parseArgs({
  options: {
    count: { type: "string" },
    clinics: { type: "string", default: "12" },
    months: { type: "string", default: "36" },
  },
});
const TABLES = ["draft", "assessment", "finding", "assessment_medication_class"];
const MONTH_SECONDS = 30.44 * 24 * 3600;

async function main() {
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count N is required");
  const url = assertLocalDatabase(process.env.MIGRATION_DATABASE_URL ?? "");
  const started = performance.now();
  const pool = new pg.Pool({ connectionString: url, max: 2, options: "-c synchronous_commit=off" });
  const db = await pool.connect();
  try {
    const clinics = await ensureSyntheticClinics(pool, Number(values.clinics));
    const pool3k = archetypes(3000, 1);
    // The archetypes and the clinics' cumulative weights as temporary tables.
    await db.query(`SELECT setseed(0.42)`);
    await db.query(
      `CREATE TEMP TABLE arch AS SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[],
         $5::text[], $6::text[]) AS t(i, age_band, sex, overall, dependence, skin)`,
      [
        pool3k.map((_, i) => i),
        pool3k.map((a) => a.ageBand),
        pool3k.map((a) => a.sex),
        pool3k.map((a) => a.overall),
        pool3k.map((a) => a.dependence),
        pool3k.map((a) => a.skin),
      ],
    );
    const f = pool3k.flatMap((a, i) => a.findings.map((x, p) => ({ i, p, ...x })));
    await db.query(
      `CREATE TEMP TABLE arch_finding AS SELECT * FROM unnest($1::int[], $2::int[], $3::text[],
         $4::text[], $5::text[]) AS t(i, position, rule_id, domain, severity)`,
      [
        f.map((x) => x.i),
        f.map((x) => x.p),
        f.map((x) => x.ruleId),
        f.map((x) => x.domain),
        f.map((x) => x.severity),
      ],
    );
    const c = pool3k.flatMap((a, i) => a.classes.map((classId) => ({ i, classId })));
    await db.query(
      `CREATE TEMP TABLE arch_class AS SELECT * FROM unnest($1::int[], $2::text[]) AS t(i, class_id)`,
      [c.map((x) => x.i), c.map((x) => x.classId)],
    );
    const total = clinics.reduce((s, k) => s + k.weight, 0);
    let below = 0;
    const bounds = clinics.map((k) => {
      const lo = below / total;
      below += k.weight;
      return { ...k, lo, hi: k === clinics.at(-1) ? 1.0000001 : below / total };
    });
    await db.query(
      `CREATE TEMP TABLE clinic_w AS SELECT * FROM unnest($1::uuid[], $2::text[], $3::float8[],
         $4::float8[]) AS t(id, clinician, lo, hi)`,
      [
        bounds.map((b) => b.id),
        bounds.map((b) => b.clinicianId),
        bounds.map((b) => b.lo),
        bounds.map((b) => b.hi),
      ],
    );
    // One row per new assessment: its ids, archetype, clinic and submission time (more recent
    // ones more likely, as in scripts/bench/synthetic-rows.ts).
    await db.query(
      `CREATE TEMP TABLE g AS
       SELECT gen_random_uuid() AS id, gen_random_uuid() AS draft, (floor(random() * 3000))::int AS arch,
         w.id AS clinic, w.clinician,
         (now() AT TIME ZONE 'UTC') - make_interval(secs => (1 - sqrt(random())) * $2 * ${MONTH_SECONDS}) AS at
       FROM (SELECT random() AS r FROM generate_series(1, $1)) s
       JOIN clinic_w w ON s.r >= w.lo AND s.r < w.hi`,
      [count, Number(values.months)],
    );
    const indexes = (
      await db.query<{ name: string; def: string }>(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
         WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
        [TABLES],
      )
    ).rows;
    await db.query("BEGIN");
    for (const i of indexes) await db.query(`DROP INDEX "${i.name}"`);
    await db.query(
      `INSERT INTO "draft" ("id", "clinicianId", "payload", "stepReached", "createdAt", "updatedAt", "submittedAt")
       SELECT draft, clinician, 'synthetic', 6, at, at, at FROM g`,
    );
    await db.query(
      `INSERT INTO "assessment" ("id", "draftId", "clinicianId", "clinicId", "patientRefHash", "patientRefCipher",
         "answersCipher", "ageBand", "sex", "overallLevel", "dependenceSeverity", "skinChange", "rulesetVersion",
         "evidenceVersion", "summary", "submittedAt")
       SELECT g.id, g.draft, g.clinician, g.clinic, md5(g.id::text) || md5(g.draft::text), 'synthetic',
         'synthetic', a.age_band, a.sex, a.overall, a.dependence, a.skin, $1, $2, $3::jsonb, g.at
       FROM g JOIN arch a ON a.i = g.arch`,
      [RULESET_VERSION, EVIDENCE_VERSION, STUB],
    );
    await db.query(
      `INSERT INTO "finding" ("id", "assessmentId", "ruleId", "domain", "severity", "position", "content")
       SELECT gen_random_uuid(), g.id, f.rule_id, f.domain, f.severity, f.position, $1::jsonb
       FROM g JOIN arch_finding f ON f.i = g.arch`,
      [findingStub()],
    );
    await db.query(
      `INSERT INTO "assessment_medication_class" ("assessmentId", "classId")
       SELECT g.id, c.class_id FROM g JOIN arch_class c ON c.i = g.arch`,
    );
    for (const i of indexes) await db.query(i.def);
    await db.query("COMMIT");
    await db.query(`VACUUM ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
    const [n] = (
      await db.query<{ a: number; f: number; c: number }>(
        `SELECT (SELECT count(*)::int FROM assessment) AS a, (SELECT count(*)::int FROM finding) AS f,
           (SELECT count(*)::int FROM assessment_medication_class) AS c`,
      )
    ).rows;
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ seconds, assessments: n.a, findings: n.f, classes: n.c }));
  } catch (error) {
    await db.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    db.release();
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
