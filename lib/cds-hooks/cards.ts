/**
 * Cards, as CDS Hooks 2.0 defines them: one per ordered medicine that a finding names. The
 * indicator follows the highest finding (high → critical, moderate → warning, otherwise info);
 * the source links to the evidence the top finding cites; a SMART link opens the patient's
 * summary (or a new checklist when there is none). No suggestions and no system actions: the
 * service never changes an order.
 */
import { citationHref } from "@/lib/evidence";
import type { FindingSeverity } from "@/lib/risk/types";
import { appContextString } from "./app-context";
import { cardDetail, cardSummary } from "./card-text";
import type { Basis, JudgedOrder } from "./judge";
import { OVERRIDE_REASONS_SYSTEM } from "./services";
import type { Card, CardLink, CdsCoding, Indicator } from "./types";

export const indicatorOf: Record<FindingSeverity, Indicator> = {
  high: "critical",
  moderate: "warning",
  low: "info",
  info: "info",
};

const reason = (code: string, display: string): CdsCoding => ({
  system: OVERRIDE_REASONS_SYSTEM,
  code,
  display,
});

/** Offered with every card; feedback stores the code of these only (never a comment). */
export const overrideReasons: readonly CdsCoding[] = [
  reason("benefit-outweighs-risk", "Benefit judged to outweigh the risk for this patient"),
  reason("already-managed", "Already known and being monitored"),
  reason("no-current-kratom-use", "Patient no longer uses kratom"),
  reason("not-applicable", "Not applicable to this patient"),
];
export const overrideReasonCodes: ReadonlySet<string> = new Set(overrideReasons.map((r) => r.code));

export interface CardContext {
  /** The app's public URL, without a trailing slash. */
  baseUrl: string;
  newId: () => string;
}

/** What the server stores beside each card: which order, medicine and findings it was about. */
export interface BuiltCard {
  card: Card;
  medicationId: string;
  findingIds: string[];
  orderRef?: string;
}

export const SOURCE_LABEL = "Kratom risk checklist: evidence";

/** The SMART launch the EHR opens; appContext says what to show once launched. */
export function smartLink(basis: Basis, baseUrl: string): CardLink {
  return basis.kind === "assessment"
    ? {
        label: "Open the kratom summary",
        url: `${baseUrl}/launch`,
        type: "smart",
        appContext: appContextString({ open: "summary", assessmentId: basis.assessmentId }),
      }
    : {
        label: "Start a kratom checklist",
        url: `${baseUrl}/launch`,
        type: "smart",
        appContext: appContextString({ open: "new-checklist" }),
      };
}

export function orderCards(
  judged: readonly JudgedOrder[],
  basis: Basis,
  ctx: CardContext,
): BuiltCard[] {
  return judged.map((order) => {
    const top = order.findings[0].finding;
    const card: Card = {
      uuid: ctx.newId(),
      summary: cardSummary(order, basis),
      detail: cardDetail(order, basis, ctx.baseUrl),
      indicator: indicatorOf[top.severity],
      source: { label: SOURCE_LABEL, url: `${ctx.baseUrl}${citationHref(top.citations[0])}` },
      overrideReasons: overrideReasons.map((r) => ({ ...r })),
      links: [smartLink(basis, ctx.baseUrl)],
    };
    return {
      card,
      medicationId: order.medication.id,
      findingIds: order.findings.map((f) => f.finding.id).sort(),
      orderRef: order.ref,
    };
  });
}

/** patient-view (when a clinic turned it on): a reminder, never a risk judgement. */
export function patientViewCard(basis: Basis, ctx: CardContext): BuiltCard {
  const day = basis.kind === "assessment" ? basis.submittedAt.toISOString().slice(0, 10) : "";
  const card: Card = {
    uuid: ctx.newId(),
    summary:
      basis.kind === "assessment"
        ? `Kratom checklist of ${day} on record in this clinic: open the summary before prescribing.`
        : "Kratom use is recorded in the chart and no kratom checklist exists in this clinic yet.",
    detail:
      "The kratom risk checklist looks at use pattern, interacting medicines, dependence, skin changes and other harms. Its findings are considerations to weigh, not orders.",
    indicator: "info",
    source: { label: SOURCE_LABEL, url: `${ctx.baseUrl}/evidence` },
    links: [smartLink(basis, ctx.baseUrl)],
  };
  return { card, medicationId: "", findingIds: [] };
}
