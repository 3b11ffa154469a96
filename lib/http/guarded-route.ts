import "server-only";
import type { z } from "zod";
import { consume, type RateLimitRule } from "@/lib/actions/rate-limit";
import { hasRole } from "@/lib/auth/role-check";
import { getSessionUser, type Role, type SessionUser } from "@/lib/auth/session";
import { databaseTrouble, describeDatabaseError } from "@/lib/db-unavailable";
import { logger } from "@/lib/logger";
import { jsonError, unavailable } from "./responses";

interface RouteOptions<S extends z.ZodType, C> {
  /** Used in audit entries, logs and rate-limit keys. */
  name: string;
  role: Role | "any";
  /** The 403 message for a signed-in user with another role. */
  denied: string;
  /** Absent for reads polled by an open page (e.g. a version check): no write per poll. */
  rateLimit?: RateLimitRule;
  schema: S;
  /** What the schema validates: the query string, the route params, … */
  input: (request: Request, context: C) => unknown;
  /** A fixed 400 message; by default the first zod issue's message and its field. */
  invalid?: string;
  unavailable?: string;
}

type Handler<S extends z.ZodType> = (
  input: z.infer<S>,
  user: SessionUser,
  request: Request,
) => Promise<Response>;

const SLOW = "The database is answering slowly just now. Try again in a moment.";

/**
 * The route-handler counterpart of the server-action wrapper: session, role, rate limit (before
 * input checks, so probing with malformed input spends the same budget) and zod, then the
 * handler. Expected failures are 4xx JSON; an outage is a 503; never a 500 on bad input.
 * Ownership stays in the DAL the handler calls.
 */
export function guardedRoute<S extends z.ZodType, C = unknown>(
  options: RouteOptions<S, C>,
  handler: Handler<S>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const user = await getSessionUser();
      if (!user) return jsonError(401, "Your session has ended. Sign in again.");
      if (!(await hasRole(user, options.role, { type: "route", name: options.name })))
        return jsonError(403, options.denied);
      if (options.rateLimit && !(await consume(`${options.name}:${user.id}`, options.rateLimit)))
        return jsonError(429, "Too many requests in a short time. Wait a minute and try again.", {
          "Retry-After": "60",
        });
      const parsed = options.schema.safeParse(await options.input(request, context));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return options.invalid
          ? jsonError(400, options.invalid)
          : jsonError(
              400,
              issue?.message ?? "Invalid request.",
              {},
              { field: issue?.path.join(".") },
            );
      }
      const response = await handler(parsed.data, user, request);
      if (!response.headers.has("Cache-Control"))
        response.headers.set("Cache-Control", "private, no-store");
      return response;
    } catch (error) {
      const trouble = databaseTrouble(error);
      // Only an outage's message is logged: others (a raw statement's) can quote a value.
      const described = trouble
        ? describeDatabaseError(error)
        : { name: (error as Error)?.name, code: (error as { code?: string })?.code };
      logger.error(
        { route: options.name, error: described },
        trouble === "slow"
          ? "database too slow"
          : trouble
            ? "database unreachable"
            : "route failed",
      );
      // A slow database is not an unreachable one (issue 18 §1): say which.
      return unavailable(trouble === "slow" ? SLOW : options.unavailable);
    }
  };
}
