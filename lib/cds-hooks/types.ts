/**
 * The structures of HL7 CDS Hooks 2.0 this service reads and writes, typed by hand (discovery,
 * hook request, response, card, link, feedback). Field names and optionality follow the
 * specification; schemas.ts checks what comes in and contract tests check what goes out.
 */

/** A FHIR Coding as CDS Hooks uses it (override reasons, feedback reasons). */
export interface CdsCoding {
  system: string;
  code: string;
  display?: string;
}

export type HookName = "order-select" | "order-sign" | "patient-view";

/** One entry of the discovery response. */
export interface CdsServiceDefinition {
  hook: HookName;
  id: string;
  title?: string;
  description: string;
  /** Prefetch templates: key → FHIR query with {{context.*}} tokens. */
  prefetch?: Record<string, string>;
  usageRequirements?: string;
}

export interface DiscoveryResponse {
  services: CdsServiceDefinition[];
}

export type Indicator = "info" | "warning" | "critical";

export interface CardSource {
  label: string;
  url?: string;
  topic?: CdsCoding;
}

export interface CardLink {
  label: string;
  url: string;
  type: "absolute" | "smart";
  /** Passed to a SMART app at launch, opaque to the CDS client. */
  appContext?: string;
}

export interface Card {
  uuid?: string;
  /** Under 140 characters. */
  summary: string;
  /** GitHub-flavoured Markdown. */
  detail?: string;
  indicator: Indicator;
  source: CardSource;
  overrideReasons?: CdsCoding[];
  links?: CardLink[];
}

export interface HookResponse {
  cards: Card[];
}

export interface FeedbackEntry {
  card: string;
  outcome: "accepted" | "overridden";
  acceptedSuggestions?: { id: string }[];
  overrideReason?: { reason?: CdsCoding; userComment?: string };
  outcomeTimestamp: string;
}

/** A FHIR resource as read from a bundle or prefetch: only what this service looks at is typed. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}
