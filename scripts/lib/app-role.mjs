// The least-privilege roles the app and the publisher connect as (docs/security.md, "Database
// roles"). Migrations run as the database owner; each role gets, table by table and column by
// column, only what its code paths do (TABLE_GRANTS). Run as the owner after every migrate
// (idempotent): it revokes first, then grants, so a wider grant of an older version is undone.

export const APP_ROLE = "kratom_app";
export const PUBLISHER_ROLE = "kratom_publisher";

const READ = ["SELECT"];
const ROWS = ["SELECT", "INSERT", "UPDATE", "DELETE"];
const cols = (...names) => names.map((n) => `"${n}"`).join(", ");

/**
 * What each role may do per table. Absent: nothing. `except` grants SELECT on every column but
 * those (columns added later, e.g. a record key, are readable without a change here).
 * - The app inserts clinicians (a trigger refuses an inserted admin) and their accounts, but
 *   cannot change a role, a clinic or the active flag: status changes go through
 *   set_user_active() (SECURITY DEFINER, audited); an admin's password is the owner's business
 *   (a trigger on account).
 * - Submitted assessments, their findings and classes are insert-only (patient erasure is a
 *   function of its own, never a DELETE grant).
 * - Published figures are written by the publisher's role only; it never reads a ciphertext,
 *   a patient hash, a summary or a finding's content.
 */
export const TABLE_GRANTS = {
  clinic: { app: READ, publisher: READ },
  user: {
    app: [
      "SELECT",
      // role: an inserted admin is refused by a trigger (user_insert_admin_guard).
      `INSERT (${cols("id", "name", "email", "emailVerified", "image", "createdAt", "updatedAt", "role", "clinicId", "active")})`,
      `UPDATE (${cols("name", "email", "emailVerified", "image", "updatedAt")})`,
    ],
  },
  session: { app: ROWS },
  account: {
    app: [
      "SELECT",
      "INSERT",
      `UPDATE (${cols("password", "accessToken", "refreshToken", "idToken", "accessTokenExpiresAt", "refreshTokenExpiresAt", "scope", "updatedAt")})`,
    ],
  },
  verification: { app: ROWS },
  rate_limit: { app: ROWS },
  action_rate_limit: { app: ROWS },
  draft: { app: ROWS },
  assessment: {
    app: ["SELECT", "INSERT"],
    publisher: { except: ["patientRefHash", "patientRefCipher", "answersCipher", "summary"] },
  },
  finding: { app: ["SELECT", "INSERT"], publisher: { except: ["content"] } },
  assessment_medication_class: { app: ["SELECT", "INSERT"], publisher: READ },
  audit_event: { app: ["SELECT", "INSERT"] },
  aggregate_release: { app: READ, publisher: ROWS },
  aggregate_published_cell: { app: READ, publisher: ROWS },
  aggregate_release_clinic: { app: READ, publisher: ROWS },
  aggregate_publish_lease: { publisher: ["SELECT", "UPDATE"] },
  aggregate_source: { publisher: ROWS },
  // CDS Hooks (docs/cds-hooks.md): registrations are the admin's to change; cards and feedback
  // are a record (insert-only); seen JWT ids are pruned as they expire.
  cds_client: { app: ["SELECT", "INSERT", "UPDATE"] },
  cds_jwt_seen: { app: ["SELECT", "INSERT", "DELETE"] },
  cds_card: { app: ["SELECT", "INSERT"] },
  cds_feedback: { app: ["SELECT", "INSERT"] },
  // One-time invitation and reset links (hashed tokens): issued, used once, retired.
  account_invitation: { app: ["SELECT", "INSERT", "UPDATE"] },
  // SMART on FHIR (docs/ehr-integration.md): registrations and launches change as they go;
  // a user link is made once.
  ehr_connection: { app: ["SELECT", "INSERT", "UPDATE"] },
  ehr_user_link: { app: ["SELECT", "INSERT"] },
  ehr_launch: { app: ["SELECT", "INSERT", "UPDATE"] },
  clinic_identity_provider: { app: ["SELECT", "INSERT", "UPDATE"] },
  _prisma_migrations: {},
};

/**
 * Tables (and views) a later migration adds without a rule here: the figures' to the publisher,
 * others to the app, with a warning at every start until a rule is written.
 */
const defaultGrants = (table, view) =>
  table.startsWith("aggregate_")
    ? { app: READ, publisher: view ? READ : ROWS }
    : { app: view ? READ : ROWS };

/** Functions the app may call (SECURITY DEFINER, created by migrations). */
const APP_FUNCTIONS = [
  "set_user_active(text, text, boolean)",
  // Erasing a patient's assessments on request (migration 20261207232801_erase_patient): the app
  // itself may not delete assessments.
  "erase_patient_assessments(uuid, text[], text[], text, text)",
];

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Grants for the app's role and the publisher's on the owner's database. With a password, a
 * role is created (or its password reset) first: the embedded database of npm start / npm test.
 * Without one, the role must exist (an external database: the DBA creates it, docs/security.md).
 * `publisher: false` leaves the publisher's role out (a deployment that publishes as the app).
 */
export async function ensureAppRole(
  ownerUrl,
  { role = APP_ROLE, password, publisher = { role: PUBLISHER_ROLE } } = {},
) {
  const roles = { app: { role, password }, ...(publisher ? { publisher } : {}) };
  for (const r of Object.values(roles))
    if (!NAME.test(r.role)) throw new Error(`Unusable role name "${r.role}".`);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const q = (sql, params) => client.query(sql, params);
    const id = (name) => client.escapeIdentifier(name);
    const owner = (await q("select current_user as u")).rows[0].u;
    const database = (await q("select current_database() as d")).rows[0].d;
    for (const r of Object.values(roles)) await ensureLoginRole(client, r, owner);

    // No DDL, no temporary tables, no other database: nobody but the owner creates objects.
    await q("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    await q(`REVOKE TEMPORARY ON DATABASE ${id(database)} FROM PUBLIC`);
    await revokeOtherDatabases(client, database);
    // Tables, views and materialized views (a partition is reached through its parent).
    const relations = (
      await q(
        `select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and not c.relispartition
         order by 1`,
      )
    ).rows;
    const tables = relations.map((r) => r.relname);
    const isView = new Set(relations.filter((r) => "vm".includes(r.relkind)).map((r) => r.relname));
    const unlisted = tables.filter((t) => !(t in TABLE_GRANTS));
    for (const [kind, r] of Object.entries(roles)) {
      const who = id(r.role);
      await q(`REVOKE ALL ON DATABASE ${id(database)} FROM ${who}`);
      await q(`GRANT CONNECT ON DATABASE ${id(database)} TO ${who}`);
      await q(`GRANT USAGE ON SCHEMA public TO ${who}`);
      await q(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`);
      await q(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${who}`);
      // Earlier versions granted rows on every future table by default.
      await q(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA public REVOKE ALL ON TABLES FROM ${who}`,
      );
      await q(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${who}`,
      );
      // Without a publisher's role, the app publishes and needs the publisher's grants too.
      const kinds = kind === "app" && !publisher ? ["app", "publisher"] : [kind];
      for (const table of tables)
        for (const k of kinds) {
          const grant = (TABLE_GRANTS[table] ?? defaultGrants(table, isView.has(table)))[k];
          for (const privilege of await privilegesOf(client, table, grant))
            await q(`GRANT ${privilege} ON ${id(table)} TO ${who}`);
        }
    }
    // Sequences of tables the app inserts into (the audit log's id).
    await q(`GRANT USAGE ON SEQUENCE audit_event_id_seq TO ${id(role)}`);
    for (const fn of APP_FUNCTIONS) {
      await q(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${fn} TO ${id(role)}`);
    }
    if (unlisted.length > 0)
      console.warn(
        `Database roles: no rule in scripts/lib/app-role.mjs for ${unlisted.join(", ")}; the default applies.`,
      );
  } finally {
    await client.end();
  }
}

/** The GRANT lines for one table and one role's rule. */
async function privilegesOf(client, table, grant) {
  if (!grant) return [];
  if (Array.isArray(grant)) return grant;
  const { rows } = await client.query(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
    [table],
  );
  const readable = rows.map((r) => r.column_name).filter((c) => !grant.except.includes(c));
  return [`SELECT (${cols(...readable)})`];
}

async function ensureLoginRole(client, { role, password }, owner) {
  if (owner === role) throw new Error("The app's roles must not be the migration owner.");
  if (password !== undefined) {
    const exists = await client.query("select 1 from pg_roles where rolname = $1", [role]);
    if (exists.rowCount === 0) await client.query(`CREATE ROLE ${client.escapeIdentifier(role)}`);
    await client.query(
      `ALTER ROLE ${client.escapeIdentifier(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${client.escapeLiteral(password)}`,
    );
  }
  const attrs = await client.query(
    "select rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls from pg_roles where rolname = $1",
    [role],
  );
  if (attrs.rowCount === 0)
    throw new Error(`The role ${role} does not exist: create it first (docs/security.md).`);
  if (Object.values(attrs.rows[0]).some(Boolean))
    throw new Error(
      `The role ${role} has SUPERUSER, CREATEDB, CREATEROLE, REPLICATION or BYPASSRLS: remove them (docs/security.md).`,
    );
}

/**
 * Every role may CONNECT to every database through PUBLIC by default (`postgres`, `template1`):
 * take that away where the owner may. Not permitted (a managed server's own databases): a
 * warning, and docs/security.md says what to run.
 */
async function revokeOtherDatabases(client, database) {
  const { rows } = await client.query(
    "select datname from pg_database where datallowconn and datname <> $1",
    [database],
  );
  for (const { datname } of rows) {
    try {
      await client.query(
        `REVOKE CONNECT ON DATABASE ${client.escapeIdentifier(datname)} FROM PUBLIC`,
      );
    } catch (error) {
      console.warn(`Database roles: could not revoke CONNECT on ${datname}: ${error.message}`);
    }
  }
}

/** The same server and database as `ownerUrl`, as `role` with `password`. */
export function appUrlFrom(ownerUrl, password, role = APP_ROLE) {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}
