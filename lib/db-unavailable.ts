import { Prisma } from "@prisma/client";

/** Thrown by the session read when the session store (PostgreSQL) did not answer. */
export class SessionUnavailableError extends Error {
  override name = "SessionUnavailableError";
  constructor(cause: unknown) {
    super("The session could not be read from the database.", { cause });
  }
}

/** SQLSTATEs that mean "the database is not answering", not "the request was wrong". */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "57P01", // admin shutdown
  "57P02", // crash shutdown
  "57P03", // cannot connect now (starting up, shutting down)
  "57014", // statement timeout / query cancelled
  "53300", // too many connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const e = current as {
      code?: unknown;
      cause?: unknown;
      meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
    };
    if (typeof e.code === "string") codes.push(e.code);
    // A raw statement's SQLSTATE (Prisma P2010).
    if (typeof e.meta?.code === "string") codes.push(e.meta.code);
    const original = e.meta?.driverAdapterError?.cause?.originalCode;
    if (typeof original === "string") codes.push(original);
    current = e.cause;
  }
  return codes;
}

/**
 * True when an error means the database could not be reached or did not answer in time (the
 * pool's connect and query timeouts, lib/db-options.ts): the caller shows "the database could
 * not be reached, your answers are still here" instead of the generic error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof SessionUnavailableError) return true;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (["P1001", "P1002", "P1008", "P1017", "P2024"].includes(error.code)) return true;
    // A raw statement (the rate limit, the submit) that could not reach the server is P2010.
    if (
      error.code === "P2010" &&
      /DatabaseNotReachable|ConnectionClosed|SocketTimeout/i.test(
        `${JSON.stringify(error.meta ?? {})} ${error.message}`,
      )
    )
      return true;
  }
  if (codesOf(error).some((c) => UNAVAILABLE_CODES.has(c))) return true;
  const message = String((error as Error)?.message ?? "");
  return /ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Connection terminated|Query read timeout|connect(ion)? timeout|canceling statement due to statement timeout/i.test(
    message,
  );
}

/** Codes of a server that answers, only not in time (or not with a free connection). */
const SLOW_CODES = new Set(["57014", "53300", "P1008", "P2024"]);
const SLOW_MESSAGE =
  /Query read timeout|timeout exceeded when trying to connect|connect(ion)? timeout|canceling statement due to statement timeout|SocketTimeout|Timed out fetching a new connection/i;

/**
 * "slow" when the database answered too late (a statement, query or connect timeout, a full
 * pool: a busy machine, issue 18 §1), "down" when it refused, reset or closed the connection,
 * undefined when the error is not about reaching the database at all. Users and logs are told
 * which: a slow database is not an unreachable one.
 */
export function databaseTrouble(error: unknown): "slow" | "down" | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  const codes = codesOf(error);
  if (error instanceof Prisma.PrismaClientKnownRequestError) codes.push(error.code);
  if (codes.some((c) => SLOW_CODES.has(c))) return "slow";
  let text = "";
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const e = current as { message?: unknown; meta?: unknown; cause?: unknown };
    text += ` ${String(e.message ?? "")} ${JSON.stringify(e.meta ?? {})}`;
    current = e.cause;
  }
  return SLOW_MESSAGE.test(text) ? "slow" : "down";
}

/**
 * What a failed database call may put in a log: its name, Prisma code, SQLSTATE and the
 * server's one-line message, never the query's arguments or a DETAIL line (which can quote row
 * values). Prisma's own message ("Raw query failed. Code: `57014`. Message: `…`") is reduced to
 * the server's message part.
 */
export function describeDatabaseError(error: unknown): Record<string, string | undefined> {
  const e = error as Error & { code?: unknown; meta?: { code?: unknown; message?: unknown } };
  const raw = String(e?.message ?? "");
  const serverMessage =
    typeof e?.meta?.message === "string"
      ? e.meta.message
      : (raw.match(/Message: `([^`]*)`/)?.[1] ?? raw.split("\n").filter(Boolean).at(-1));
  const sqlState = codesOf(error).find((c) => /^[0-9A-Z]{5}$/.test(c) && !c.startsWith("P"));
  return {
    name: e?.name,
    code: typeof e?.code === "string" ? e.code : undefined,
    sqlState: sqlState ?? (typeof e?.meta?.code === "string" ? e.meta.code : undefined),
    message: serverMessage?.replace(/\s*DETAIL:.*$/s, "").slice(0, 200),
    trouble: databaseTrouble(error),
  };
}
