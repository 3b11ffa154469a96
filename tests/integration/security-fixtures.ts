// Shared by the security integration tests: five identities in two clinics, clinician A's work,
// and one normalised shape for what an action or route answered. Import after the vi.mock calls.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { scriptClient } from "@/prisma/client";
import { asRequestFrom, requestState } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";

export const ORIGIN = "http://127.0.0.1:3100";
export const WHO = ["anonymous", "clinicianA", "clinicianB", "clinicianC", "admin"] as const;
export type Who = (typeof WHO)[number];

export interface World {
  users: Record<Who, SessionUser | null>;
  /** An admin of the other clinic (C's). */
  otherAdmin: SessionUser;
  clinicOne: string;
  clinicTwo: string;
  /** A's open draft and A's submitted assessment (and the draft it came from). */
  draftA: string;
  assessmentA: string;
}

export async function createWorld(): Promise<World> {
  const clinicOne = `Clinic one ${randomUUID()}`;
  const clinicTwo = `Clinic two ${randomUUID()}`;
  const clinicianA = await makeUser("clinician", clinicOne);
  const clinicianB = await makeUser("clinician", clinicOne);
  const admin = await makeUser("admin", clinicOne);
  const clinicianC = await makeUser("clinician", clinicTwo);
  const otherAdmin = await makeUser("admin", clinicTwo);
  const { createDraft } = await import("@/lib/dal/drafts");
  const { submitAssessment } = await import("@/lib/dal/assessments");
  const draftA = await createDraft(clinicianA);
  const submittedDraft = await createDraft(clinicianA);
  const stored = await submitAssessment(clinicianA, submittedDraft, validInput("AUTHZ-A-REF"));
  if (stored.status === "no-draft") throw new Error("fixture: no draft");
  return {
    users: { anonymous: null, clinicianA, clinicianB, clinicianC, admin },
    otherAdmin,
    clinicOne: clinicianA.clinicId,
    clinicTwo: clinicianC.clinicId,
    draftA,
    assessmentA: stored.assessmentId,
  };
}

export type Outcome =
  | { kind: "ok" }
  | { kind: "redirect"; to: string }
  | { kind: "refused"; message: string }
  | { kind: "status"; status: number };

/** What an action answered, reduced to what the table compares. */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await call()) as { ok: boolean; formError?: string } | Response;
    if (result instanceof Response) return { kind: "status", status: result.status };
    return result.ok ? { kind: "ok" } : { kind: "refused", message: result.formError ?? "" };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] };
    throw error;
  }
}

/** Reads the database directly, around the app's own client: what is really stored. */
export const rawDb = scriptClient();

/** A signed-out visitor at their own address, so per-address sign-in limits do not collide. */
export function asVisitor(address = `10.${rnd()}.${rnd()}.${rnd()}`) {
  asRequestFrom(ORIGIN, null);
  requestState.headers.set("x-forwarded-for", address);
}
const rnd = () => Math.floor(Math.random() * 250) + 1;
