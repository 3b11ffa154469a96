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
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
    };
    if (typeof e.code === "string") codes.push(e.code);
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
