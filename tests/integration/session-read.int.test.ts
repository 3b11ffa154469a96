/**
 * What every page and action pays before its own work (issue 12): the session read and the
 * draft read are one statement each (Prisma's relationJoins: the related row comes back in the
 * same query), and the read stays authoritative: a deleted session or a deactivated user is
 * signed out at the next request, with no cookie cache in between.
 */
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { asRequestFrom, requestState } from "./helpers/action-context";
import { makeUser } from "./helpers/users";

const { getSessionUser } =
  await vi.importActual<typeof import("@/lib/auth/session")>("@/lib/auth/session");
const { auth } = await import("@/lib/auth/auth");
const { createDraft } = await import("@/lib/dal/drafts");
const { getOwnDraft } = await import("@/lib/dal/draft-access");
const { db } = await import("@/lib/db");

const ORIGIN = "http://127.0.0.1:3100";
let clinician: Awaited<ReturnType<typeof makeUser>>;

async function signIn(email: string): Promise<string> {
  const { headers } = await auth().api.signInEmail({
    body: { email, password: "integration-test-pass" },
    headers: new Headers({ origin: ORIGIN }),
    returnHeaders: true,
  });
  return (headers.get("set-cookie") ?? "").split(";")[0];
}

function withCookie(cookie: string) {
  asRequestFrom(ORIGIN, null);
  requestState.headers.set("cookie", cookie);
}

/** Statements sent to PostgreSQL while `run` runs (every pool client is a pg.Client). */
async function statements<T>(run: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await run();
    const sent = spy.mock.calls.map((call) => {
      const q = (call as unknown[])[0] as string | { text?: string } | undefined;
      return String(typeof q === "string" ? q : q?.text);
    });
    return { result, sent };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  clinician = await makeUser("clinician");
  await db.$queryRaw`SELECT 1`; // a live pool, so connecting is not counted below
});
afterEach(() => vi.restoreAllMocks());

describe("the session read", () => {
  it("is one statement that reads the session and its user together", async () => {
    withCookie(await signIn(clinician.email));
    const { result, sent } = await statements(() => getSessionUser());
    expect(result).toMatchObject({ id: clinician.id, role: "clinician" });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/FROM "public"\."session"/);
    expect(sent[0]).toMatch(/"public"\."user"/);
  });

  it("a tampered cookie is signed out without reading the database", async () => {
    const cookie = await signIn(clinician.email);
    withCookie(cookie.replace(/=([A-Za-z0-9])/, (_, c) => `=${c === "a" ? "b" : "a"}`));
    const { result, sent } = await statements(() => getSessionUser());
    expect(result).toBeNull();
    expect(sent).toHaveLength(0);
  });

  it("a deleted session (sign-out, deactivation) is signed out at the next request", async () => {
    const cookie = await signIn(clinician.email);
    withCookie(cookie);
    expect(await getSessionUser()).not.toBeNull();
    await db.session.deleteMany({ where: { userId: clinician.id } });
    expect(await getSessionUser()).toBeNull();
  });

  it("an inactive user is signed out even while the session row exists", async () => {
    const other = await makeUser("clinician");
    withCookie(await signIn(other.email));
    expect(await getSessionUser()).not.toBeNull();
    await db.user.update({ where: { id: other.id }, data: { active: false } });
    expect(await getSessionUser()).toBeNull();
  });
});

describe("the draft read", () => {
  it("is one statement with the submitted-assessment check, and only the owner's", async () => {
    const draftId = await createDraft(clinician);
    const { result, sent } = await statements(() => getOwnDraft(clinician, draftId));
    expect(result).toMatchObject({ id: draftId, assessmentId: null });
    expect(sent).toHaveLength(1);
    const someoneElse = await makeUser("clinician");
    expect(await getOwnDraft(someoneElse, draftId)).toBeNull();
  });
});
