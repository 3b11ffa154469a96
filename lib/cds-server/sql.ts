import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { QueryResult } from "pg";
import { sqlPool } from "@/lib/db";
import { inlined } from "./literal";

/**
 * The hook's statements, written with Prisma.sql (parameters, never string building) and sent
 * through the app's pg pool directly: one round trip each, no query engine in between. (The one
 * exception, rowsWithin below, writes the values in through the driver's escaping.)
 */
export async function rows<T>(statement: Prisma.Sql): Promise<T[]> {
  // A named statement, named after its text: each connection parses and plans it once, then
  // only binds and runs it (PostgreSQL shares the app's two cores). The hook has a handful of
  // texts (with or without the jti purge or insert), so a handful of names per connection.
  const name = `cds_${createHash("sha1").update(statement.text).digest("hex").slice(0, 24)}`;
  return (await sqlPool().query({ name, text: statement.text, values: statement.values }))
    .rows as T[];
}

/**
 * One statement in its own transaction whose statement_timeout is `timeoutMs`: if it cannot
 * finish in time it is cancelled and rolled back, so nothing it writes outlives the caller's
 * budget. BEGIN, the setting, the statement and COMMIT go in one simple-protocol message (one
 * round trip instead of three: the socket writes were a sixth of a card call's CPU), so the
 * statement's values are written into it as escaped literals (`inlined`); the answer is known
 * only once COMMIT has run, so a card is never answered unless it was recorded.
 */
export async function rowsWithin<T>(statement: Prisma.Sql, timeoutMs: number): Promise<T[]> {
  const conn = await sqlPool().connect();
  try {
    // The timeout is a number the code computed, never input.
    const results = (await conn.query(
      `BEGIN; SET LOCAL statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}; ${inlined(statement)}; COMMIT`,
    )) as unknown as QueryResult[];
    conn.release();
    return results[2].rows as T[];
  } catch (error) {
    // A failed or cancelled statement leaves the transaction aborted (the rest of the message is
    // skipped): roll back, or drop the connection when even that fails.
    await conn.query("ROLLBACK").then(
      () => conn.release(),
      (e: Error) => conn.release(e),
    );
    throw error;
  }
}
