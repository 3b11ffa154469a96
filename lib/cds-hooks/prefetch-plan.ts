/**
 * Which prefetch keys the service still needs and whether fhirAuthorization may fetch them: a
 * key the client did not send (absent, not null) is fetched only from the registered FHIR
 * server and only when the granted scope covers its resource type (SMART v1 `.read` / `.*` or
 * v2 `.rs`-style permissions).
 */
import { type PrefetchKey, prefetchTemplates } from "./services";

const SCOPE = /^(patient|user|system)\/(\*|[A-Za-z]+)\.(read|\*|[cruds]+)$/;

export function scopeAllows(scope: string, resourceType: string): boolean {
  return scope.split(/\s+/).some((token) => {
    const m = SCOPE.exec(token);
    if (!m || (m[2] !== "*" && m[2] !== resourceType)) return false;
    return m[3] === "read" || m[3] === "*" || (m[3].includes("r") && m[3].includes("s"));
  });
}

export const resourceTypeOf = (key: PrefetchKey) => prefetchTemplates[key].split(/[/?]/)[0];

/** The query for `key` relative to the FHIR base, with the patient id filled in. */
export function prefetchQuery(key: PrefetchKey, patientId: string): string {
  return prefetchTemplates[key].replaceAll("{{context.patientId}}", encodeURIComponent(patientId));
}

/** Same server: scheme, host, port and path, ignoring a trailing slash. */
export function sameFhirServer(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    const path = (u: URL) => u.pathname.replace(/\/+$/, "");
    return x.origin === y.origin && path(x) === path(y);
  } catch {
    return false;
  }
}

/**
 * Prefetch about another patient than the context's is not used at all: a Patient resource in
 * prefetch must be the context's patient.
 */
export function prefetchMatchesPatient(
  prefetch: Record<string, unknown>,
  patientId: string,
): boolean {
  const p = prefetch.patient as { resourceType?: unknown; id?: unknown } | null | undefined;
  return p?.resourceType !== "Patient" || p.id === patientId;
}
