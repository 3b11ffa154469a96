import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { guardedRoute } from "@/lib/http/guarded-route";

/**
 * Admin aggregate routes: the shared route guard with role admin and the query string as input.
 * `polled` routes (the version check an open dashboard repeats) skip the rate limit's write.
 */
export function adminRoute<S extends z.ZodType>(
  name: string,
  schema: S,
  handler: (input: z.infer<S>, user: SessionUser, request: Request) => Promise<Response>,
  { polled = false }: { polled?: boolean } = {},
) {
  return guardedRoute(
    {
      name,
      role: "admin",
      denied: "Only clinic admins can see aggregates.",
      rateLimit: polled ? undefined : { points: 240, duration: 60 },
      schema,
      input: (request) => Object.fromEntries(new URL(request.url).searchParams),
      unavailable: "The figures could not be loaded just now. Try again in a moment.",
    },
    handler,
  );
}
