/**
 * Synthetic clinics, each with one synthetic clinician who owns its assessments. The clinicians
 * are inactive and have no password, so nobody can sign in as them or open those assessments.
 * Clinic sizes follow a long tail (a few large clinics, many small ones), as networks do.
 */
import type pg from "pg";
import type { Clinic } from "./synthetic-rows";

export async function ensureSyntheticClinics(db: pg.Pool, count: number): Promise<Clinic[]> {
  const clinics: Clinic[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `Synthetic clinic ${String(i).padStart(2, "0")}`;
    const found = await db.query<{ id: string }>(
      `SELECT "id" FROM "clinic" WHERE "name" = $1 LIMIT 1`,
      [name],
    );
    const id =
      found.rows[0]?.id ??
      (
        await db.query<{ id: string }>(
          `INSERT INTO "clinic" ("id", "name") VALUES (gen_random_uuid(), $1) RETURNING "id"`,
          [name],
        )
      ).rows[0].id;
    const clinicianId = `synthetic-clinician-${String(i).padStart(2, "0")}`;
    await db.query(
      `INSERT INTO "user" ("id", "name", "email", "emailVerified", "role", "clinicId", "active", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, false, 'clinician', $4, false, now(), now()) ON CONFLICT ("id") DO NOTHING`,
      [clinicianId, `Synthetic clinician ${i}`, `${clinicianId}@synthetic.invalid`, id],
    );
    clinics.push({ id, clinicianId, weight: 1 / i });
  }
  return clinics;
}
