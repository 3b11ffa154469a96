import "server-only";
import type { Prisma } from "@prisma/client";
import { sqlPool } from "@/lib/db";

/**
 * The hook's statements, written with Prisma.sql (parameters, never string building) and sent
 * through the app's pg pool directly: one round trip each, no query engine in between.
 */
export async function rows<T>(statement: Prisma.Sql): Promise<T[]> {
  return (await sqlPool().query(statement.text, statement.values)).rows as T[];
}

/**
 * One statement in its own transaction whose statement_timeout is `timeoutMs`: if it cannot
 * finish in time it is cancelled and rolled back, so nothing it writes outlives the caller's
 * budget. Two round trips besides the statement (BEGIN with the setting, COMMIT).
 */
export async function rowsWithin<T>(statement: Prisma.Sql, timeoutMs: number): Promise<T[]> {
  const conn = await sqlPool().connect();
  try {
    // A number the code computed, never input: safe in the text, which lets BEGIN and the
    // setting go in one simple-protocol message.
    await conn.query(`BEGIN; SET LOCAL statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
    const result = await conn.query(statement.text, statement.values);
    await conn.query("COMMIT");
    conn.release();
    return result.rows as T[];
  } catch (error) {
    // A failed or cancelled statement leaves the transaction aborted: roll back, or drop the
    // connection when even that fails.
    await conn.query("ROLLBACK").then(
      () => conn.release(),
      (e: Error) => conn.release(e),
    );
    throw error;
  }
}
