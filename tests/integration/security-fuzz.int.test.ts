// fast-check throws random, malformed, hostile and oversized payloads at every server action and
// route handler. Every answer must be an expected refusal (a 4xx-style result with a message, or
// a 4xx status), never an unexpected error (the 500 path) and never a stored row.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { asRequestFrom } from "./helpers/action-context";
import { makeUser } from "./helpers/users";
import { asVisitor, createWorld, ORIGIN, outcomeOf, rawDb, type World } from "./security-fixtures";

const { signInAction, signOutAction } = await import("@/lib/actions/auth-actions");
const { setPasswordAction } = await import("@/lib/actions/invitation-actions");
const { startAssessmentAction, saveDraftAction } = await import("@/lib/actions/draft-actions");
const { submitAssessmentAction } = await import("@/lib/actions/submit-assessment");
const userActions = await import("@/lib/actions/user-actions");
const fhirExport = await import("@/app/api/assessments/[id]/fhir/route");
const authRoute = await import("@/app/api/auth/[...all]/route");

const RUNS = 60;

/** Hostile shapes on top of fast-check's anything: huge strings, deep nesting, pollution keys. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true }),
  fc.string({ minLength: 70_000, maxLength: 80_000 }),
  fc.array(fc.string(), { minLength: 5_000, maxLength: 6_000 }),
  fc.constant(JSON.parse('{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}')),
  fc.constant(
    Array.from({ length: 200 }).reduce<unknown>((inner) => ({ answers: inner }), { deep: 1 }),
  ),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "'; DROP TABLE assessment; --",
    "\u0000\uFFFF\uD800",
    null,
    undefined,
    Number.NaN,
    -0,
    Symbol.for("x"),
  ),
);
/** Records whose keys are right but whose values are anything. */
const nearMiss = (keys: string[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, hostile])), { requiredKeys: [] });

/** Unexpected failures are the 500 path: their message must never appear. */
function expectExpectedRefusal(result: unknown) {
  expect(result).toMatchObject({ ok: false, formError: expect.any(String) });
  const { formError } = result as { formError: string };
  expect(formError).not.toMatch(/Something went wrong|database could not be reached/);
}

let world: World;
const pool: { clinicians: SessionUser[]; admins: SessionUser[] } = { clinicians: [], admins: [] };
let turn = 0;
/** Rotates callers so per-user rate limits do not hide the parsing under test. */
const next = (users: SessionUser[]) => users[turn++ % users.length];

beforeAll(async () => {
  world = await createWorld();
  for (let i = 0; i < 4; i++) {
    pool.clinicians.push(await makeUser("clinician", `Fuzz ${i}`));
    pool.admins.push(await makeUser("admin", "Fuzz admins"));
  }
});

const counts = async () => ({
  assessments: await rawDb.assessment.count(),
  users: await rawDb.user.count(),
  drafts: await rawDb.draft.count(),
  userAudit: await rawDb.auditEvent.count({ where: { action: { startsWith: "user." } } }),
});

describe("fuzzing server actions", () => {
  it("sign-in refuses any payload with a message and creates no session", async () => {
    const sessions = await rawDb.session.count();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostile, nearMiss(["email", "password", "next"])), async (p) => {
        asVisitor();
        expectExpectedRefusal(await signInAction(p));
      }),
      { numRuns: RUNS },
    );
    expect(await rawDb.session.count()).toBe(sessions);
  });

  it("a successful sign-in never redirects off the site, whatever `next` holds", async () => {
    const user = await makeUser("clinician");
    const tricky = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.webUrl().map((u) => u.slice(0, 300)),
      fc
        .array(
          fc.constantFrom(
            "/",
            ".",
            "..",
            "\\",
            "%2e",
            "%2f",
            "%5c",
            "\t",
            "\n",
            "evil.example",
            "x",
          ),
          {
            maxLength: 8,
          },
        )
        .map((parts) => `/${parts.join("")}`),
      fc.constantFrom(
        "/.//evil.example/phish",
        "/..//evil.example",
        "/./\\evil.example",
        "/%2e%2e/%2e%2e//evil.example",
        "/x/..//evil.example",
        "/%2F%2Fevil.example",
      ),
    );
    await fc.assert(
      fc.asyncProperty(tricky, async (next) => {
        asVisitor();
        const outcome = await outcomeOf(() =>
          signInAction({ email: user.email, password: "integration-test-pass", next }),
        );
        expect(outcome.kind).toBe("redirect");
        const to = (outcome as { to: string }).to;
        expect(to).toMatch(/^\/(?![/\\])/);
        expect(new URL(to, "http://app.invalid").origin).toBe("http://app.invalid");
      }),
      { numRuns: 20 },
    );
  }, 120_000); // each run is a real sign-in (password hash)

  it("draft, submit and account actions refuse malformed payloads and store nothing", async () => {
    const before = await counts();
    const draftBefore = await rawDb.draft.findUniqueOrThrow({ where: { id: world.draftA } });
    const cases = [
      [saveDraftAction, ["draftId", "answers", "stepReached"], "clinicians"],
      [submitAssessmentAction, ["draftId", "answers"], "clinicians"],
      [userActions.createClinicianAction, ["name", "email"], "admins"],
      [userActions.deactivateClinicianAction, ["userId"], "admins"],
      [userActions.reactivateClinicianAction, ["userId"], "admins"],
      [userActions.resetClinicianPasswordAction, ["userId"], "admins"],
    ] as const;
    for (const [action, keys, role] of cases) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostile, nearMiss([...keys])), async (payload) => {
          asRequestFrom(ORIGIN, next(pool[role]));
          expectExpectedRefusal(await action(payload));
        }),
        { numRuns: RUNS },
      );
    }
    // A's draft id with hostile answers, sent by A: refused by shape or size, draft untouched.
    await fc.assert(
      fc.asyncProperty(hostile, fc.integer(), async (answers, stepReached) => {
        asRequestFrom(ORIGIN, world.users.clinicianA);
        const result = await saveDraftAction({ draftId: world.draftA, answers, stepReached });
        expectExpectedRefusal(result);
      }),
      { numRuns: RUNS },
    );
    expect(await counts()).toEqual(before);
    expect((await rawDb.draft.findUniqueOrThrow({ where: { id: world.draftA } })).payload).toBe(
      draftBefore.payload,
    );
  }, 120_000); // 420 runs: 7 s on a quiet machine, over 30 s on a loaded one

  it("payload-less actions either refuse or do only their own job, storing nothing sent", async () => {
    // start-assessment and sign-out take no input: z.object({}) drops unknown keys, so an
    // object payload still starts an (empty) draft or signs out; anything else is refused.
    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        asRequestFrom(ORIGIN, next(pool.clinicians));
        for (const action of [startAssessmentAction, signOutAction]) {
          const outcome = await outcomeOf(() => action(payload));
          if (outcome.kind === "redirect") expect(outcome.to).toMatch(/^\/(checklist|sign-in)/);
          else expect(outcome.kind).toBe("refused");
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("payloads React's decoder turns into references", () => {
  /** "$T…" decodes to a function Proxy that throws on any property read, as this one does. */
  const temporaryReference = () =>
    new Proxy(() => {}, {
      get(_t, name) {
        throw new Error(`Cannot access ${String(name)} on the server.`);
      },
    });
  const decoded = fc.oneof(
    fc.constant(null).map(() => temporaryReference()),
    fc.bigInt().map((n) => n), // "$n…"
    fc.date().map((d) => d), // "$D…"
    fc.constant(null).map(() => new Map([["a", 1]])), // "$Q…"
    fc.constant(null).map(() => new FormData()), // "$K…"
    fc.constant(null).map(() => new Blob(["x"])), // "$B…"
    fc.constant(null).map(() => async () => {}), // "$h…" (a server reference)
  );
  /** The decoded value at the top, or in any field, of an otherwise well-formed payload. */
  const carrying = (keys: string[]) =>
    fc.oneof(
      decoded,
      fc.tuple(fc.constantFrom(...keys), decoded).map(([k, v]) => ({ [k]: v })),
      decoded.map((v) => ({ draftId: world.draftA, answers: { patient: { sex: v } } })),
    );

  it("every action refuses them as bad input, not through the unexpected-error path", async () => {
    const before = await counts();
    const cases = [
      [signInAction, ["email", "password", "next"], null],
      [saveDraftAction, ["draftId", "answers", "stepReached"], "clinicians"],
      [submitAssessmentAction, ["draftId", "answers"], "clinicians"],
      [startAssessmentAction, ["x"], "clinicians"],
      [userActions.createClinicianAction, ["name", "email"], "admins"],
      [userActions.resetClinicianPasswordAction, ["userId"], "admins"],
      [setPasswordAction, ["token", "password", "confirm"], null],
    ] as const;
    for (const [action, keys, role] of cases) {
      await fc.assert(
        fc.asyncProperty(carrying([...keys]), async (payload) => {
          if (role) asRequestFrom(ORIGIN, next(pool[role]));
          else asVisitor();
          const result = await action(payload as never);
          expectExpectedRefusal(result);
          expect((result as { formError: string }).formError).toMatch(/could not be read/);
        }),
        { numRuns: 25 },
      );
    }
    expect(await counts()).toEqual(before);
  });
});

describe("fuzzing route handlers", () => {
  it("the FHIR export answers any id with 400/404 (or 401/403 by role), never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.uuid(), fc.string({ minLength: 5000, maxLength: 9000 })),
        fc.constantFrom("anonymous", "clinicianA", "clinicianB", "admin") as fc.Arbitrary<
          keyof World["users"]
        >,
        async (id, who) => {
          asRequestFrom(ORIGIN, who === "clinicianA" ? next(pool.clinicians) : world.users[who]);
          const response = await fhirExport.GET(new Request(`${ORIGIN}/api/assessments/x/fhir`), {
            params: Promise.resolve({ id }),
          });
          expect([400, 401, 403, 404, 429]).toContain(response.status);
          expect((await response.json()).error).toEqual(expect.any(String));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("better-auth's handler answers random paths and bodies without a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/get-session", "/sign-out", "/sign-in/email", "/update-user", "/x"),
        fc.oneof(fc.string(), fc.json(), fc.string({ minLength: 70_000, maxLength: 80_000 })),
        fc.constantFrom("GET", "POST") as fc.Arbitrary<"GET" | "POST">,
        async (path, body, method) => {
          const response = await authRoute[method](
            new Request(`${ORIGIN}/api/auth${path}`, {
              method,
              headers: { "content-type": "application/json", origin: ORIGIN },
              body: method === "POST" ? body : undefined,
            }),
          );
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
