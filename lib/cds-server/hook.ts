import "server-only";
import { randomUUID } from "node:crypto";
import {
  type BuiltCard,
  type CdsServiceDefinition,
  codeTable,
  currentMedicines,
  draftMedicines,
  type HookRequest,
  hookRequestSchema,
  isOrderHook,
  judgeOrders,
  orderCards,
  type PrefetchKey,
  patientViewCard,
  serviceById,
} from "@/lib/cds-hooks";
import { prefetchMatchesPatient } from "@/lib/cds-hooks/prefetch-plan";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { classesOf } from "@/lib/medications";
import { basisFor, consumeAndFind, patientKeyOf } from "./basis";
import { parseBody } from "./body";
import { firstUse, type VerifiedToken, verifyToken } from "./caller";
import { completePrefetch } from "./prefetch";
import { empty, json, publicBase, serviceUrl, unauthorized } from "./responses";
import { recordShown } from "./store";

/** Prefetch bundles can be sizeable; nothing an EHR sends for one patient comes near this. */
const HOOK_BODY_LIMIT = 2_000_000;

const CHART_KEYS: readonly PrefetchKey[] = ["statements", "conditions", "assessment"];
const ORDER_KEYS: readonly PrefetchKey[] = [...CHART_KEYS, "medications"];

/**
 * Consumes the token's jti once. Until it has, nothing but 401 may be answered; most hooks
 * consume it in the statement that reads the patient's checklist (basis.ts consumeAndFind).
 */
function jtiGuard(token: VerifiedToken) {
  let consumed = false;
  return {
    get consumed() {
      return consumed;
    },
    set: () => {
      consumed = true;
    },
    consume: async () => {
      if (!consumed) consumed = await firstUse(token);
      return consumed;
    },
  };
}

async function judge(
  service: CdsServiceDefinition,
  req: HookRequest,
  token: VerifiedToken,
  jti: ReturnType<typeof jtiGuard>,
  remaining: () => number,
): Promise<BuiltCard[] | "replayed"> {
  const { caller } = token;
  const ctx = { baseUrl: publicBase(), newId: randomUUID };
  const orders = isOrderHook(service.hook)
    ? draftMedicines(
        req.context.draftOrders,
        req.hook === "order-select" ? req.context.selections : undefined,
        codeTable,
      )
    : [];
  // Quiet early: no new order with an interaction class needs no lookup at all.
  const fresh = orders.flatMap((o) =>
    o.isNew && o.mapped.status === "matched" ? [o.mapped.medication.id] : [],
  );
  if (isOrderHook(service.hook) && classesOf(fresh).size === 0)
    return (await jti.consume()) ? [] : "replayed";

  let sent = req.prefetch ?? {};
  if (!prefetchMatchesPatient(sent, req.context.patientId)) {
    logger.warn({ cds: service.id, client: caller.id }, "prefetch about another patient: ignored");
    sent = {};
  }
  // No request leaves for the EHR's FHIR server on a token not yet known to be fresh.
  if (req.fhirAuthorization && !(await jti.consume())) return "replayed";
  const prefetch = await completePrefetch(
    { ...req, prefetch: sent },
    caller,
    isOrderHook(service.hook) ? ORDER_KEYS : CHART_KEYS,
    remaining,
  );
  const patientKey = patientKeyOf(caller, req.context.patientId);
  const found = await consumeAndFind(token, patientKey, jti.consumed);
  if (found === "replayed") return found;
  jti.set();
  const basis = basisFor(found.latest, prefetch);
  if (!basis) return [];
  if (!isOrderHook(service.hook)) return [patientViewCard(basis, ctx)];
  const chartMeds = currentMedicines(prefetch.medications, prefetch.statements, codeTable);
  return orderCards(judgeOrders(basis, orders, chartMeds), basis, ctx);
}

async function answer(
  service: CdsServiceDefinition,
  request: Request,
  remaining: () => number,
): Promise<Response> {
  const token = await verifyToken(request, [serviceUrl(service.id)]);
  if (!token) return unauthorized();
  const jti = jtiGuard(token);
  const { caller } = token;
  const parsed = await parseBody(request, HOOK_BODY_LIMIT, hookRequestSchema);
  if (!parsed.ok) return (await jti.consume()) ? parsed.response : unauthorized();
  if (parsed.data.hook !== service.hook)
    return (await jti.consume())
      ? json({ error: `This service answers the ${service.hook} hook.`, field: "hook" }, 400)
      : unauthorized();
  if (service.hook === "patient-view" && !caller.patientViewEnabled)
    return (await jti.consume()) ? empty() : unauthorized();

  const built = await judge(service, parsed.data, token, jti, remaining);
  if (built === "replayed") return unauthorized();
  if (built.length === 0) return empty();
  if (remaining() <= 0) throw new Error("budget spent before the cards were recorded");
  const patientKey = patientKeyOf(caller, parsed.data.context.patientId);
  // Drops what was already acknowledged for the same order, and records the rest as shown.
  const shown = await recordShown(caller, service.id, patientKey, built, remaining());
  return json({ cards: shown.map((b) => b.card) });
}

/**
 * POST /cds-services/{id}. Everything — the caller's token, the lookups, the rules and
 * recording the cards — runs within CDS_HOOK_BUDGET_MS (500 ms by default); a slow or failing step gives an empty card
 * list (logged without patient data), never an error the prescriber has to get past.
 */
export async function handleHook(serviceId: string, request: Request): Promise<Response> {
  const service = serviceById(serviceId);
  if (!service) return json({ error: "Unknown CDS service." }, 404);
  // A hook never holds up the prescriber: past the budget, the answer is an empty card list.
  const budget = env().CDS_HOOK_BUDGET_MS;
  const started = performance.now();
  const remaining = () => budget - (performance.now() - started);
  const work = answer(service, request, remaining);
  work.catch(() => {}); // a late failure after the budget has been answered is logged below
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), budget);
  });
  try {
    const outcome = await Promise.race([work, timeout]);
    if (outcome !== "timeout") return outcome;
    logger.warn(
      { cds: service.id, budgetMs: budget },
      "CDS hook over its time budget: empty card list",
    );
    return empty();
  } catch (error) {
    logger.error(
      {
        cds: service.id,
        err: { name: (error as Error)?.name, code: (error as { code?: string })?.code },
      },
      "CDS hook failed: empty card list",
    );
    return empty();
  } finally {
    clearTimeout(timer);
  }
}
