import "server-only";
import { audit } from "@/lib/audit";

/**
 * Reads and creates on the EHR's FHIR API with the launch's access token, each with a timeout
 * and an audit entry naming the resource type and the launch, never the patient or the data.
 */
export const FHIR_TIMEOUT_MS = 4000;
const FHIR_JSON = "application/fhir+json";

export interface FhirContext {
  base: string;
  accessToken: string;
  launchId: string;
  actorId?: string;
  clinicId: string;
}

export class FhirCallError extends Error {
  constructor(
    readonly kind: "timeout" | "unreachable" | "status" | "invalid",
    readonly status?: number,
  ) {
    super(kind === "status" ? `FHIR ${status}` : `FHIR ${kind}`);
  }
}

/** Why a call failed, in words for the clinician's page. */
export function failureText(error: unknown): string {
  if (!(error instanceof FhirCallError)) return "an unexpected error";
  if (error.kind === "timeout") return "the EHR did not answer in time";
  if (error.kind === "unreachable") return "the EHR could not be reached";
  if (error.kind === "invalid") return "the EHR's answer was not usable";
  if (error.status === 401) return "the EHR session has ended (401)";
  if (error.status === 403) return "the EHR refused access (403)";
  return `the EHR answered ${error.status}`;
}

async function call(
  ctx: FhirContext,
  type: string,
  action: "ehr.read" | "ehr.write",
  url: string,
  init: RequestInit,
) {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      redirect: "error",
      headers: { accept: FHIR_JSON, authorization: `Bearer ${ctx.accessToken}`, ...init.headers },
      signal: AbortSignal.timeout(FHIR_TIMEOUT_MS),
    });
  } catch (error) {
    await auditCall(ctx, type, action, "failed");
    const name = (error as Error).name;
    throw new FhirCallError(
      name === "TimeoutError" || name === "AbortError" ? "timeout" : "unreachable",
    );
  }
  await auditCall(
    ctx,
    type,
    action,
    res.ok ? "ok" : res.status === 401 || res.status === 403 ? "denied" : "failed",
  );
  if (!res.ok) throw new FhirCallError("status", res.status);
  const body = await res.json().catch(() => undefined);
  if (!body || typeof body !== "object") throw new FhirCallError("invalid");
  return { res, body: body as Record<string, unknown> };
}

function auditCall(
  ctx: FhirContext,
  type: string,
  action: "ehr.read" | "ehr.write",
  outcome: "ok" | "denied" | "failed",
) {
  return audit({
    action,
    actorId: ctx.actorId,
    actorRole: ctx.actorId ? "clinician" : null,
    clinicId: ctx.clinicId,
    targetType: type.slice(0, 32),
    targetId: ctx.launchId,
    outcome,
  });
}

const typeOf = (path: string) => /^\/?([A-Za-z]+)/.exec(path)?.[1] ?? "unknown";

/** GET `<base>/<path>` (a read or a search); `path` is relative to the FHIR base or absolute. */
export async function fhirGet(ctx: FhirContext, path: string): Promise<Record<string, unknown>> {
  const url = /^https?:\/\//.test(path)
    ? path
    : `${ctx.base.replace(/\/$/, "")}/${path.replace(/^\//, "")}`;
  // The resource type is the path's first segment after the base ("Patient/123", "MedicationRequest?…").
  const base = ctx.base.replace(/\/$/, "");
  const type = typeOf(
    url.startsWith(base) ? url.slice(base.length) : (new URL(url).pathname.split("/").at(-2) ?? ""),
  );
  return (await call(ctx, type, "ehr.read", url, { method: "GET" })).body;
}

/** The resources of a search Bundle's entries. */
export function bundleResources(bundle: Record<string, unknown>): Record<string, unknown>[] {
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  return entries
    .map((e) => (e as { resource?: Record<string, unknown> }).resource)
    .filter((r) => r !== undefined);
}

/**
 * A conditional create (`If-None-Exist` on the resource's identifier): a retry after a lost
 * answer finds the first copy instead of making a second one.
 */
export async function fhirCreate(
  ctx: FhirContext,
  resource: { resourceType: string },
  ifNoneExist: string,
): Promise<{ id: string }> {
  const { res, body } = await call(
    ctx,
    resource.resourceType,
    "ehr.write",
    `${ctx.base.replace(/\/$/, "")}/${resource.resourceType}`,
    {
      method: "POST",
      headers: { "content-type": FHIR_JSON, "if-none-exist": ifNoneExist },
      body: JSON.stringify(resource),
    },
  );
  const id =
    typeof body.id === "string"
      ? body.id
      : /\/([^/]+)(\/_history\/[^/]+)?$/.exec(res.headers.get("location") ?? "")?.[1];
  if (!id) throw new FhirCallError("invalid");
  return { id };
}
