import "server-only";
import { Prisma } from "@prisma/client";
import { headers } from "next/headers";
import type { z } from "zod";
import { hasRole } from "@/lib/auth/role-check";
import { getSessionUser, type Role, type SessionUser } from "@/lib/auth/session";
import { databaseTrouble, describeDatabaseError } from "@/lib/db-unavailable";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { toFieldErrors } from "./field-errors";
import { isPlainData } from "./plain-data";
import { consume, type RateLimitRule } from "./rate-limit";
import { type ActionResult, failure } from "./result";

export const DATABASE_DOWN =
  "The database could not be reached, so nothing was saved. Your answers are still on this page: try again in a moment.";
/** The database is up but did not answer in time (a busy server): not "unreachable". */
export const DATABASE_SLOW =
  "The database is answering slowly and did not confirm in time, so nothing was saved. Your answers are still on this page: try again in a moment.";
/** A payload that is not plain data (lib/actions/plain-data.ts): a crafted request, not a form. */
export const BAD_REQUEST = "This request could not be read. Reload the page and try again.";
const UNEXPECTED =
  "Something went wrong and nothing was saved. Your answers are still on this page: try again.";

interface ActionOptions<S extends z.ZodType> {
  /** Verb-noun name, used in logs, audit entries and rate-limit keys. */
  name: string;
  /** "public" for sign-in only: rate-limited by client address instead of by user. */
  role: Role | "any" | "public";
  schema: S;
  /** Per user; the default suits form submissions and draft saves. */
  rateLimit?: RateLimitRule;
}

type Handler<S extends z.ZodType, T, U> = (input: z.infer<S>, user: U) => Promise<ActionResult<T>>;

/**
 * Server actions must come from our own pages: the Origin must be the configured public URL
 * (scheme, host and port; lib/http/same-origin.ts). Host headers are the client's words.
 */
async function sameOrigin(): Promise<boolean> {
  return isSameOrigin((await headers()).get("origin"), env().BETTER_AUTH_URL);
}

/**
 * The client address for per-address limits. The request guard (lib/http/request-guard.ts)
 * has already replaced X-Forwarded-For with the one address it resolved from the socket and
 * TRUSTED_PROXIES, so a client cannot choose it.
 */
async function clientAddress(): Promise<string> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/**
 * What an unexpected error may put in the logs. Prisma's messages quote the query's arguments
 * (which can be answers), so for those only the name and code; others are our own messages.
 */
function describeError(error: unknown) {
  const name = (error as Error)?.name;
  const code = (error as { code?: string })?.code;
  const fromPrisma =
    error instanceof Prisma.PrismaClientKnownRequestError ||
    error instanceof Prisma.PrismaClientValidationError ||
    error instanceof Prisma.PrismaClientUnknownRequestError ||
    error instanceof Prisma.PrismaClientRustPanicError;
  if (fromPrisma) return { name, code };
  return { name, code, message: String((error as Error)?.message ?? "").slice(0, 300) };
}

/**
 * The one wrapper every server action goes through: origin, session, role, rate limit and
 * zod, then the handler, with expected failures returned as values and never a 500.
 * Ownership is checked by the data access layer the handler calls (it puts the user in every where).
 */
export function createAction<S extends z.ZodType, T>(
  options: ActionOptions<S> & { role: Role | "any" },
  handler: Handler<S, T, SessionUser>,
): (raw: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: ActionOptions<S> & { role: "public" },
  handler: Handler<S, T, null>,
): (raw: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  handler: Handler<S, T, never>,
) {
  const run = handler as unknown as Handler<S, T, SessionUser | null>;
  const rule = options.rateLimit ?? { points: 60, duration: 60 };
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      if (!(await sameOrigin()))
        return failure("This request did not come from the app's own pages.");
      // Before anything reads the payload: React's decoder can hand us throwing proxies.
      if (!isPlainData(raw)) return failure(BAD_REQUEST);
      if (options.role === "public") {
        if (!(await consume(`${options.name}:${await clientAddress()}`, rule)))
          return failure("Too many attempts in a short time. Wait a minute and try again.");
        const parsed = options.schema.safeParse(raw);
        if (!parsed.success)
          return failure("Check the highlighted fields.", toFieldErrors(parsed.error));
        return await run(parsed.data, null);
      }
      const user = await getSessionUser();
      if (!user) return failure("Your session has ended. Sign in again; your draft is saved.");
      if (!(await hasRole(user, options.role, { type: "action", name: options.name })))
        return failure("Your role does not allow this.");
      if (!(await consume(`${options.name}:${user.id}`, rule)))
        return failure("Too many requests in a short time. Wait a minute and try again.");
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success)
        return failure(
          "Some answers need attention: see the highlighted fields.",
          toFieldErrors(parsed.error),
        );
      return await run(parsed.data, user);
    } catch (error) {
      // Redirects and notFound from the handler are control flow, not failures.
      if (
        error &&
        typeof error === "object" &&
        "digest" in error &&
        String((error as { digest: unknown }).digest).startsWith("NEXT_")
      )
        throw error;
      const trouble = databaseTrouble(error);
      if (trouble) {
        logger.error(
          { action: options.name, error: describeDatabaseError(error) },
          trouble === "slow" ? "database too slow" : "database unreachable",
        );
        return failure(trouble === "slow" ? DATABASE_SLOW : DATABASE_DOWN);
      }
      logger.error({ action: options.name, err: describeError(error) }, "action failed");
      return failure(UNEXPECTED);
    }
  };
}
