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
  connectMs: 3_000,
  statementMs: 5_000,
  queryMs: 6_000,
  idleInTransactionMs: 10_000,
} as const;

/** pg Pool options for the app's connection string. */
export function poolOptions(connectionString: string, max = 10): PoolConfig {
  return {
    connectionString,
    max,
    connectionTimeoutMillis: DB_TIMEOUTS.connectMs,
    statement_timeout: DB_TIMEOUTS.statementMs,
    query_timeout: DB_TIMEOUTS.queryMs,
    idle_in_transaction_session_timeout: DB_TIMEOUTS.idleInTransactionMs,
    // Drop a connection the server has not acknowledged for a while (half-open TCP).
    keepAlive: true,
  };
}
