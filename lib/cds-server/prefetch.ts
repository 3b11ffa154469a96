import "server-only";
import type { HookRequest, PrefetchKey } from "@/lib/cds-hooks";
import {
  prefetchQuery,
  resourceTypeOf,
  sameFhirServer,
  scopeAllows,
} from "@/lib/cds-hooks/prefetch-plan";
import { logger } from "@/lib/logger";
import type { CdsCaller } from "./caller";

/**
 * Prefetch as sent, completed through fhirAuthorization with only what it did not send: from the
 * caller's registered FHIR server, within the granted scope and the time left in the budget.
 * A failed fetch leaves the key missing (judged as "nothing recorded"), never blocks the hook.
 */
export async function completePrefetch(
  req: HookRequest,
  caller: CdsCaller,
  keys: readonly PrefetchKey[],
  remainingMs: () => number,
): Promise<Record<string, unknown>> {
  const prefetch: Record<string, unknown> = { ...(req.prefetch ?? {}) };
  const auth = req.fhirAuthorization;
  const missing = keys.filter((k) => !(k in prefetch));
  if (missing.length === 0 || !auth || !req.fhirServer) return prefetch;
  if (!caller.fhirServer || !sameFhirServer(req.fhirServer, caller.fhirServer)) {
    logger.warn(
      { cds: "prefetch", client: caller.id },
      "fhirServer is not the registered one: not used",
    );
    return prefetch;
  }
  const base = req.fhirServer.replace(/\/+$/, "");
  await Promise.all(
    missing
      .filter((k) => scopeAllows(auth.scope, resourceTypeOf(k)))
      .map(async (key) => {
        try {
          const res = await fetch(`${base}/${prefetchQuery(key, req.context.patientId)}`, {
            headers: {
              Authorization: `Bearer ${auth.access_token}`,
              Accept: "application/fhir+json",
            },
            signal: AbortSignal.timeout(Math.max(50, Math.floor(remainingMs() - 50))),
            redirect: "error",
          });
          if (res.ok) prefetch[key] = await res.json();
        } catch (error) {
          logger.warn({ cds: "prefetch", key, err: (error as Error)?.name }, "FHIR fetch failed");
        }
      }),
  );
  return prefetch;
}
