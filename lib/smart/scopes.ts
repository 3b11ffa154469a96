/**
 * The narrowest SMART scopes that do the job (docs/ehr-integration.md): read the patient and
 * their medicines, create the QuestionnaireResponse and DocumentReference. SMART v2 syntax
 * (`.rs` read+search, `.cu` create+update) where the server advertises v2, v1 (`.read`, `.write`)
 * where it advertises only v1. Pure.
 */
export const READS = ["Patient", "Medication", "MedicationRequest", "MedicationStatement"] as const;
export const WRITES = ["QuestionnaireResponse", "DocumentReference"] as const;

export interface SmartCapabilities {
  capabilities?: readonly string[];
  scopes_supported?: readonly string[];
}

export function usesV2(config: SmartCapabilities): boolean {
  if (config.capabilities?.includes("permission-v2")) return true;
  if (config.capabilities?.includes("permission-v1")) return false;
  return (config.scopes_supported ?? []).some((s) => /\.[cruds]+$/.test(s));
}

/** The scope string for an EHR launch ("launch") or a standalone one ("launch/patient"). */
export function requestedScopes(config: SmartCapabilities, mode: "ehr" | "standalone"): string {
  const v2 = usesV2(config);
  const scopes = [mode === "ehr" ? "launch" : "launch/patient", "openid", "fhirUser"];
  for (const type of READS) scopes.push(`patient/${type}.${v2 ? "rs" : "read"}`);
  for (const type of WRITES) scopes.push(`patient/${type}.${v2 ? "cu" : "write"}`);
  // A refresh token lets an "on click" write-back later in the consultation work after the
  // access token's hour; asked for only where the server says it can grant one.
  if (config.capabilities?.includes("permission-offline")) scopes.push("offline_access");
  return scopes.join(" ");
}

/** Whether the granted scope string lets the app `action` the resource `type` (v1 or v2). */
export function grants(granted: string, type: string, action: "read" | "create"): boolean {
  return granted.split(/\s+/).some((scope) => {
    const m = /^(patient|user)\/([A-Za-z*]+)\.([a-z*]+)(\?.*)?$/.exec(scope);
    if (!m || (m[2] !== type && m[2] !== "*") || m[4]) return false;
    const perm = m[3];
    if (perm === "*" || perm === (action === "read" ? "read" : "write")) return true;
    return /^c?r?u?d?s?$/.test(perm) && perm.includes(action === "read" ? "r" : "c");
  });
}

/** The resource types the app asked to read or create and the grant does not allow. */
export function missingGrants(granted: string): { reads: string[]; writes: string[] } {
  return {
    reads: READS.filter((t) => !grants(granted, t, "read")),
    writes: WRITES.filter((t) => !grants(granted, t, "create")),
  };
}
