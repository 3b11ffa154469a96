// The least-privilege role the app connects as (docs/security.md, "Database roles").
// Migrations run as the database owner; the app gets only what it needs: read and write rows,
// no DDL, no superuser, no way around the append-only audit log. Run as the owner after every
// migrate (idempotent), so tables added by later migrations are covered as well.

export const APP_ROLE = "kratom_app";

/**
 * Grants for `role` on the owner's database. With `password`, the role is created (or reset)
 * first: the embedded database of npm start / npm test. Without it, the role must exist (an
 * external database: the DBA creates it, see docs/security.md).
 */
export async function ensureAppRole(ownerUrl, { role = APP_ROLE, password } = {}) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`Unusable role name "${role}".`);
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = (await client.query("select current_user as u")).rows[0].u;
    if (owner === role) throw new Error("The app role must not be the migration owner.");
    const database = (await client.query("select current_database() as d")).rows[0].d;
    const q = (sql) => client.query(sql);
    const id = (name) => client.escapeIdentifier(name);
    if (password !== undefined) {
      const exists = await client.query("select 1 from pg_roles where rolname = $1", [role]);
      if (exists.rowCount === 0) await q(`CREATE ROLE ${id(role)} LOGIN`);
      await q(
        `ALTER ROLE ${id(role)} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${client.escapeLiteral(password)}`,
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

    // No DDL: nobody but the owner creates objects in the schema.
    await q("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    await q(`REVOKE ALL ON DATABASE ${id(database)} FROM ${id(role)}`);
    await q(`REVOKE TEMPORARY ON DATABASE ${id(database)} FROM PUBLIC`);
    await q(`GRANT CONNECT ON DATABASE ${id(database)} TO ${id(role)}`);
    await q(`GRANT USAGE ON SCHEMA public TO ${id(role)}`);
    // Rows only, on every table and view.
    await q(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${id(role)}`);
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${id(role)}`);
    await q(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${id(role)}`);
    // The audit log is append-only for the app, by privilege as well as by trigger (a
    // superuser could skip the trigger with session_replication_role; this role cannot).
    await q(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM ${id(role)}`);
    // Prisma's migration history is the owner's business.
    await q(`REVOKE ALL ON _prisma_migrations FROM ${id(role)}`);
    // Tables and sequences that later migrations add (created by the owner).
    await q(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${id(role)}`,
    );
    await q(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${id(owner)} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${id(role)}`,
    );
    // Erasing a patient's assessments on request: the one narrow SECURITY DEFINER function
    // (migration 20261207232801_erase_patient), since the app itself may not delete assessments.
    await q(
      `GRANT EXECUTE ON FUNCTION erase_patient_assessments(uuid, text[], text[], text, text) TO ${id(role)}`,
    );
    // No other SECURITY DEFINER function: the aggregates' materialized view and its refresh
    // function were dropped (migration 20261204201500_drop_aggregate_cell); the publisher
    // writes plain rows. Nothing here depends on whether that migration ran before or after.
  } finally {
    await client.end();
  }
}

/** The same server and database as `ownerUrl`, as `role` with `password`. */
export function appUrlFrom(ownerUrl, password, role = APP_ROLE) {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}
