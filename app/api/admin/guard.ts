import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { consume } from "@/lib/actions/rate-limit";
import { audit } from "@/lib/audit";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/logger";

/**
 * The route-handler counterpart of the server-action wrapper: session, admin role, rate limit and
 * zod on the query string, then the handler. Every expected failure is a 4xx JSON message (a 503
 * when the database is down), never a 500 on bad input. Responses are never cached.
 */
const json = (status: number, error: string, extra: Record<string, unknown> = {}) =>
  NextResponse.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });

export function adminRoute<S extends z.ZodType>(
  name: string,
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser, request: Request) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const user = await getSessionUser();
      if (!user) return json(401, "Your session has ended. Sign in again.");
      if (user.role !== "admin") {
        await audit({
          action: "access.denied",
          actorId: user.id,
          actorRole: user.role,
          clinicId: user.clinicId,
          targetType: "route",
          targetId: name,
          outcome: "denied",
        });
        return json(403, "Only clinic admins can see aggregates.");
      }
      if (!(await consume(`${name}:${user.id}`, { points: 240, duration: 60 }))) {
        return NextResponse.json(
          { error: "Too many requests in a short time. Wait a minute and try again." },
          { status: 429, headers: { "Retry-After": "60", "Cache-Control": "no-store" } },
        );
      }
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = schema.safeParse(query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return json(400, issue?.message ?? "Invalid filters.", { field: issue?.path.join(".") });
      }
      const response = await handler(parsed.data, user, request);
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      logger.error(
        {
          route: name,
          err: { name: (error as Error)?.name, code: (error as { code?: string })?.code },
        },
        "admin route failed",
      );
      return json(503, "The figures could not be loaded just now. Try again in a moment.");
    }
  };
}
