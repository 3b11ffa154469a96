// What the app's and the publisher's database roles can and cannot do (issue 18 §3,
// scripts/lib/app-role.mjs): an attacker with SQL as either role gets only what its code paths
// need. npm test runs this against the embedded database and against Debian's PostgreSQL.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clinicWithAssessments } from "./helpers/aggregates-fixtures";
import { makeUser } from "./helpers/users";

const REFUSED =
  /permission denied|must be owner|must be superuser|insufficient privilege|append-only|set by the database owner|created by the database owner/i;
const { DATABASE_URL, PUBLISHER_DATABASE_URL, MIGRATION_DATABASE_URL } = process.env;
// Needs the three roles apart (npm test); an external server given as one role runs as that.
const separated = Boolean(
  DATABASE_URL &&
    PUBLISHER_DATABASE_URL &&
    MIGRATION_DATABASE_URL &&
    DATABASE_URL !== MIGRATION_DATABASE_URL,
);

async function connect(url: string, database?: string) {
  const u = new URL(url);
  if (database) u.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  return client;
}

let app: pg.Client;
let publisher: pg.Client;
let owner: pg.Client;
let admin: Awaited<ReturnType<typeof makeUser>>;
let clinician: Awaited<ReturnType<typeof makeUser>>;
let assessmentId: string;

beforeAll(async () => {
  if (!separated) return;
  [app, publisher, owner] = await Promise.all(
    [DATABASE_URL, PUBLISHER_DATABASE_URL, MIGRATION_DATABASE_URL].map((u) => connect(u ?? "")),
  );
  const clinic = `Roles ${randomUUID()}`;
  admin = await makeUser("admin", clinic);
  clinician = await makeUser("clinician", clinic);
  const { clinicId } = await clinicWithAssessments([{ count: 1 }]);
  assessmentId = (
    await owner.query(`SELECT id FROM assessment WHERE "clinicId" = $1 LIMIT 1`, [clinicId])
  ).rows[0].id;
});
afterAll(async () => {
  await Promise.all([app, publisher, owner].map((c) => c?.end()));
});

const refused = (client: () => pg.Client, sql: string, params: unknown[] = []) =>
  expect(client().query(sql, params), sql).rejects.toThrow(REFUSED);

describe.runIf(separated)("the app's database role", () => {
  it("is no superuser and cannot create databases or roles", async () => {
    const { rows } = await app.query(
      "select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls from pg_roles where rolname = current_user",
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
    });
  });

  it("cannot promote a user, move one to another clinic or change an account's status by hand", async () => {
    await refused(() => app, `UPDATE "user" SET role = 'admin' WHERE id = $1`, [clinician.id]);
    await refused(() => app, `UPDATE "user" SET "clinicId" = NULL WHERE id = $1`, [clinician.id]);
    await refused(() => app, `UPDATE "user" SET active = false WHERE id = $1`, [clinician.id]);
    await refused(
      () => app,
      `INSERT INTO "user" (id, name, email, role, "updatedAt") VALUES ($1, 'x', $2, 'admin', now())`,
      [randomUUID(), `${randomUUID()}@test.local`],
    );
    const { rows } = await owner.query(`SELECT role, active FROM "user" WHERE id = $1`, [
      clinician.id,
    ]);
    expect(rows[0]).toEqual({ role: "clinician", active: true });
  });

  it("cannot set an admin's password, yet resets a clinician's", async () => {
    await refused(() => app, `UPDATE account SET password = 'x' WHERE "userId" = $1`, [admin.id]);
    await refused(
      () => app,
      `INSERT INTO account (id, "accountId", "providerId", "userId", password, "updatedAt")
       VALUES ($1, $2, 'credential', $2, 'x', now())`,
      [randomUUID(), admin.id],
    );
    const reset = await app.query(`UPDATE account SET password = password WHERE "userId" = $1`, [
      clinician.id,
    ]);
    expect(reset.rowCount).toBe(1);
  });

  it("changes an account's status only through set_user_active, which checks and audits", async () => {
    const call = (actor: string, active: boolean) =>
      app.query("SELECT set_user_active($1, $2, $3) AS ok", [actor, clinician.id, active]);
    expect((await call(clinician.id, false)).rows[0].ok).toBe(false); // not an admin
    const other = await makeUser("admin");
    expect((await call(other.id, false)).rows[0].ok).toBe(false); // another clinic
    expect((await call(admin.id, false)).rows[0].ok).toBe(true);
    const audit = await owner.query(
      `SELECT action, "actorId" FROM audit_event WHERE "targetId" = $1 ORDER BY id DESC LIMIT 1`,
      [clinician.id],
    );
    expect(audit.rows[0]).toEqual({ action: "user.deactivated", actorId: admin.id });
    expect((await call(admin.id, true)).rows[0].ok).toBe(true);
  });

  it("cannot change or delete a submitted assessment, its findings or classes", async () => {
    for (const sql of [
      `UPDATE assessment SET "overallLevel" = 'low' WHERE id = $1`,
      "DELETE FROM assessment WHERE id = $1",
      `UPDATE finding SET severity = 'low' WHERE "assessmentId" = $1`,
      `DELETE FROM finding WHERE "assessmentId" = $1`,
      `DELETE FROM assessment_medication_class WHERE "assessmentId" = $1`,
    ])
      await refused(() => app, sql, [assessmentId]);
    await refused(() => app, "TRUNCATE assessment CASCADE");
    expect(
      (await app.query("SELECT 1 FROM assessment WHERE id = $1", [assessmentId])).rowCount,
    ).toBe(1);
  });

  it("cannot forge or remove published figures, nor take the publishing lease", async () => {
    await refused(
      () => app,
      `INSERT INTO aggregate_published_cell (version, clinic, "ageBand", sex, period, measure, n, status)
       VALUES (999999, 'all', 'all', 'all', 'all', 'total', 1, 0)`,
    );
    await refused(() => app, "UPDATE aggregate_published_cell SET n = n + 1");
    await refused(() => app, "DELETE FROM aggregate_release");
    await refused(() => app, "UPDATE aggregate_release_clinic SET released = 0");
    await refused(() => app, `UPDATE aggregate_publish_lease SET "until" = now()`);
    await expect(app.query("SELECT count(*) FROM aggregate_published_cell")).resolves.toBeTruthy();
  });

  it("keeps the audit log append-only, by privilege as well as by trigger", async () => {
    const { rows } = await app.query(
      `INSERT INTO audit_event (action) VALUES ('auth.sign-out') RETURNING id`,
    );
    for (const sql of [
      `UPDATE audit_event SET action = 'x' WHERE id = ${rows[0].id}`,
      `DELETE FROM audit_event WHERE id = ${rows[0].id}`,
      "TRUNCATE audit_event",
      "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete",
      "SET session_replication_role = replica",
      "SET ROLE postgres",
    ])
      await refused(() => app, sql);
  });

  it("has no DDL, no temporary tables and no other database", async () => {
    for (const sql of [
      "CREATE TABLE role_probe (x int)",
      "CREATE TEMP TABLE role_probe (x int)",
      "ALTER TABLE assessment ADD COLUMN probe int",
      "DROP TABLE draft",
      "CREATE SCHEMA probe",
      "DELETE FROM _prisma_migrations",
      "CREATE FUNCTION probe() RETURNS int LANGUAGE sql AS 'select 1'",
    ])
      await refused(() => app, sql);
    for (const database of ["postgres", "template1"])
      await expect(connect(DATABASE_URL ?? "", database), database).rejects.toThrow(
        /permission denied for database/,
      );
  });

  it("can change its own password (PostgreSQL allows every role that), and the next start resets it", async () => {
    // No privilege takes this away; ensureAppRole sets the configured password again at every
    // start, so a password an attacker chose does not outlive a restart (docs/security.md).
    const { ensureAppRole, APP_ROLE, PUBLISHER_ROLE } = await import(
      "../../scripts/lib/app-role.mjs"
    );
    const probe = `kratom_probe_${randomUUID().slice(0, 8)}`;
    await owner.query(`CREATE ROLE ${probe} LOGIN PASSWORD 'original-pass'`);
    try {
      const u = new URL(MIGRATION_DATABASE_URL ?? "");
      // CONNECT by name, as ensureAppRole gives its roles: PUBLIC's CONNECT on this database is
      // gone once any ensureAppRole ran against another database of the server (the restore test's).
      await owner.query(`GRANT CONNECT ON DATABASE "${u.pathname.slice(1)}" TO ${probe}`);
      const as = (password: string) => {
        const v = new URL(u);
        v.username = probe;
        v.password = password;
        return connect(v.toString());
      };
      const c = await as("original-pass");
      await c.query("ALTER ROLE current_user PASSWORD 'attacker-pass'");
      await c.end();
      await ensureAppRole(u.toString(), {
        role: probe,
        password: "original-pass",
        publisher: false,
      });
      await expect(as("attacker-pass")).rejects.toThrow(/password authentication failed/);
      await (await as("original-pass")).end();
      expect([APP_ROLE, PUBLISHER_ROLE]).toEqual(["kratom_app", "kratom_publisher"]);
    } finally {
      await owner.query(
        `REASSIGN OWNED BY ${probe} TO current_user; DROP OWNED BY ${probe}; DROP ROLE ${probe}`,
      );
    }
  });
});

describe.runIf(separated)("the publisher's database role", () => {
  it("reads what it counts, never a ciphertext, a patient hash, a summary or a finding's text", async () => {
    await expect(
      publisher.query(
        `SELECT "clinicId", "ageBand", sex, "overallLevel", "submittedAt" FROM assessment LIMIT 1`,
      ),
    ).resolves.toBeTruthy();
    await expect(
      publisher.query(`SELECT "ruleId", domain FROM finding LIMIT 1`),
    ).resolves.toBeTruthy();
    for (const column of ['"patientRefCipher"', '"answersCipher"', '"patientRefHash"', "summary"])
      await refused(() => publisher, `SELECT ${column} FROM assessment LIMIT 1`);
    await refused(() => publisher, "SELECT content FROM finding LIMIT 1");
  });

  it("touches no account, session, draft or audit row and writes no assessment", async () => {
    for (const sql of [
      `SELECT * FROM "user" LIMIT 1`,
      "SELECT * FROM session LIMIT 1",
      "SELECT * FROM account LIMIT 1",
      "SELECT * FROM draft LIMIT 1",
      "SELECT * FROM audit_event LIMIT 1",
      `UPDATE assessment SET "overallLevel" = 'low' WHERE id = '${assessmentId}'`,
      "CREATE TEMP TABLE probe (x int)",
    ])
      await refused(() => publisher, sql);
    await expect(connect(PUBLISHER_DATABASE_URL ?? "", "postgres")).rejects.toThrow(
      /permission denied for database/,
    );
  });

  it("writes the published figures and takes the lease", async () => {
    // Privileges only, in a transaction rolled back (a whole publication as this role is
    // tests/integration/publisher-process.int.test.ts and the aggregates tests).
    await publisher.query("BEGIN");
    try {
      const lease = await publisher.query(
        `UPDATE aggregate_publish_lease SET holder = holder WHERE id = 1`,
      );
      expect(lease.rowCount).toBe(1);
      await publisher.query(
        `INSERT INTO aggregate_published_cell (version, clinic, "ageBand", sex, period, measure, n, status)
         VALUES (-7, 'all', 'all', 'all', 'all', 'total', 1, 0)`,
      );
      const gone = await publisher.query("DELETE FROM aggregate_published_cell WHERE version = -7");
      expect(gone.rowCount).toBe(1);
    } finally {
      await publisher.query("ROLLBACK");
    }
  });
});
