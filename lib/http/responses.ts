/**
 * Expected route-handler failures as small JSON bodies with the status a client can act on.
 * Web-standard Response only, so pure modules (lib/fhir) can use it too. Never cached.
 */
export function jsonError(
  status: 400 | 401 | 403 | 404 | 409 | 429 | 503,
  error: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Response {
  return Response.json(
    { error, ...extra },
    { status, headers: { "Cache-Control": "private, no-store", ...headers } },
  );
}

/** When the session store or database cannot be reached: retryable, and says nothing more. */
export const unavailable = (
  message = "The service is temporarily unavailable. Try again in a moment.",
) => jsonError(503, message, { "Retry-After": "30" });
