// The app connects as a least-privilege role (scripts/lib/app-role.mjs): rows only, no DDL, no
// superuser, and no way to alter or delete audit rows, by any route. npm test runs this against
// the embedded database and against Debian's PostgreSQL, both through that role.
import { describe, expect, it } from "vitest";
import { rawDb } from "./security-fixtures";

const asApp = (sql: string) => rawDb.$executeRawUnsafe(sql);
const REFUSED =
  /permission denied|must be owner|must be superuser|insufficient privilege|append-only/i;
// An external server given through TEST_DATABASE_URL without a separate owner runs as the owner.
const leastPrivilege =
  !process.env.TEST_DATABASE_URL || Boolean(process.env.TEST_MIGRATION_DATABASE_URL);

describe.runIf(leastPrivilege)("the app's database role", () => {
  it("is not a superuser and cannot create databases or roles", async () => {
    const [role] = await rawDb.$queryRaw<
      { rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean; rolbypassrls: boolean }[]
    >`select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls from pg_roles where rolname = current_user`;
    expect(role).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
    });
  });

  it("cannot switch the audit trigger off: session_replication_role is refused", async () => {
    await expect(
      rawDb.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      }),
    ).rejects.toThrow(REFUSED);
    await expect(asApp("SET session_replication_role = replica")).rejects.toThrow(REFUSED);
  });

  it("cannot alter, delete or truncate audit rows by any route", async () => {
    const row = await rawDb.auditEvent.create({ data: { action: "auth.sign-out" } });
    const attempts = [
      `UPDATE audit_event SET action = 'x' WHERE id = ${row.id}`,
      `DELETE FROM audit_event WHERE id = ${row.id}`,
      "TRUNCATE audit_event",
      "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete",
      "DROP TRIGGER audit_event_no_update_delete ON audit_event",
      "DROP TABLE audit_event",
      "ALTER TABLE audit_event RENAME TO audit_event_old",
      "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
      "SET ROLE postgres",
      // A writable CTE is still an UPDATE/DELETE.
      `WITH gone AS (DELETE FROM audit_event WHERE id = ${row.id} RETURNING id) SELECT count(*) FROM gone`,
    ];
    for (const sql of attempts) await expect(asApp(sql), sql).rejects.toThrow(REFUSED);
    await expect(
      rawDb.auditEvent.update({ where: { id: row.id }, data: { outcome: "x" } }),
    ).rejects.toThrow();
    await expect(rawDb.auditEvent.deleteMany({ where: { id: row.id } })).rejects.toThrow();
    expect(await rawDb.auditEvent.findUnique({ where: { id: row.id } })).toMatchObject({
      action: "auth.sign-out",
      outcome: "ok",
    });
  });

  it("cannot change the schema, yet can still publish the dashboard's figures", async () => {
    for (const sql of [
      "CREATE TABLE role_probe (x int)",
      "CREATE TEMP TABLE role_probe (x int)",
      "ALTER TABLE assessment ADD COLUMN probe int",
      "DROP TABLE draft",
      "DELETE FROM _prisma_migrations",
      "CREATE SCHEMA probe",
    ])
      await expect(asApp(sql), sql).rejects.toThrow(REFUSED);
    // Publishing is plain rows (no owner-rights function any more: the old materialized view
    // and its refresh function are gone, migration 20261204201500_drop_aggregate_cell).
    await expect(asApp("SELECT refresh_aggregate_cell()")).rejects.toThrow(/does not exist/);
    await expect(asApp(`DELETE FROM aggregate_published_cell WHERE "version" = -1`)).resolves.toBe(
      0,
    );
  });
});
