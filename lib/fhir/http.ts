/**
 * Responses for the FHIR route handlers: web-standard Response objects only, so this stays
 * free of Next and testable in the unit project.
 */
export const FHIR_JSON = "application/fhir+json; charset=utf-8";

/** A FHIR resource as a download; never cached, as a response may hold clinical answers. */
export function fhirDownload(resource: object, filename: string): Response {
  return new Response(JSON.stringify(resource, null, 2), {
    status: 200,
    headers: {
      "Content-Type": FHIR_JSON,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Expected failures as small JSON bodies, with the status a client can act on. */
export function jsonError(
  status: 400 | 401 | 403 | 404 | 429 | 503,
  error: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error },
    { status, headers: { "Cache-Control": "private, no-store", ...headers } },
  );
}

/** When the session store or database cannot be reached: retryable, and says nothing more. */
export const unavailable = () =>
  jsonError(503, "The service is temporarily unavailable. Try again in a moment.", {
    "Retry-After": "30",
  });
