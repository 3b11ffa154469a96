import type { PoolConfig } from "pg";

/**
 * Time limits for every database call, so a stopped or frozen PostgreSQL gives the clinician
 * "the database could not be reached" within seconds instead of a request hanging for a
 * minute (docs/security.md, "Database timeouts"):
 * - connect: a new connection that gets no answer (a frozen server still accepts TCP);
 * - query: client-side, for a connection already open when the server froze (the server
 *   cannot cancel what it never reads, so statement_timeout alone does not help then);
 * - statement: server-side, a runaway query is cancelled and its locks released;
 * - idle in transaction: a transaction left open by a crashed request does not hold locks.
 */
export const DB_TIMEOUTS = {
  connectMs: 4_000,
  statementMs: 7_000,
  queryMs: 8_000,
  idleInTransactionMs: 15_000,
} as const;

/**
 * Background work that is slow by nature (the aggregates' materialized view refresh takes
 * ~20 s at a million assessments, docs/scaling.md): same connect timeout, longer query limits.
 * Never used for a clinician's request.
 */
export const BACKGROUND_TIMEOUTS = {
  ...DB_TIMEOUTS,
  statementMs: 300_000,
  queryMs: 310_000,
} as const;

/** pg Pool options for the app's connection string. */
export function poolOptions(
  connectionString: string,
  max = 10,
  timeouts: typeof DB_TIMEOUTS | typeof BACKGROUND_TIMEOUTS = DB_TIMEOUTS,
): PoolConfig {
  return {
    connectionString,
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    // Drop a connection the server has not acknowledged for a while (half-open TCP).
    keepAlive: true,
  };
}
