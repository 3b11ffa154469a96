/**
 * Defensive reading of FHIR JSON from a CDS client: prefetch values, bundles and resources are
 * the client's words, so every field is checked for its type before use and nothing throws.
 */
import type { FhirResource } from "./types";

export const isResource = (v: unknown): v is FhirResource =>
  typeof v === "object" && v !== null && typeof (v as FhirResource).resourceType === "string";

/** The resources of `type` in a Bundle (any bundle type) or a single resource; [] otherwise. */
export function resourcesOf(value: unknown, type: string): FhirResource[] {
  if (!isResource(value)) return [];
  if (value.resourceType === type) return [value];
  if (value.resourceType !== "Bundle" || !Array.isArray(value.entry)) return [];
  return value.entry.flatMap((e: unknown) => {
    const r = (e as { resource?: unknown })?.resource;
    return isResource(r) && r.resourceType === type ? [r] : [];
  });
}

export const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : undefined;

/** The codes of a CodeableConcept's codings (e.g. a status), lower case. */
export function codesOf(concept: unknown): string[] {
  const coding = (concept as { coding?: unknown })?.coding;
  return (Array.isArray(coding) ? coding : []).flatMap((c: unknown) => {
    const code = text((c as { code?: unknown })?.code);
    return code ? [code.toLowerCase()] : [];
  });
}

/** Every human-readable name of a CodeableConcept: its text and each coding's display and code. */
export function namesOf(concept: unknown): string[] {
  const c = (concept ?? {}) as { text?: unknown; coding?: unknown };
  const codings = Array.isArray(c.coding) ? c.coding : [];
  return [
    text(c.text),
    ...codings.flatMap((x: unknown) => {
      const k = (x ?? {}) as { display?: unknown; code?: unknown };
      return [text(k.display), text(k.code)];
    }),
  ].filter((n): n is string => n !== undefined);
}
