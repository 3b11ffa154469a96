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

export { jsonError, unavailable } from "@/lib/http/responses";
