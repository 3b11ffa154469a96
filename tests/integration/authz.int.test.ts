// Table-driven authorisation: every server action, DAL read and route handler, called as
// anonymous, clinician A, clinician B (A's clinic), clinician C (another clinic) and A's clinic
// admin, must answer exactly what the table says. Pages are walked over HTTP in
// e2e/security/authz.spec.ts. A row that differs is a leak or a lockout.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { asRequestFrom } from "./helpers/action-context";
import { validInput } from "./helpers/answers";
import { makeUser } from "./helpers/users";
import {
  createWorld,
  ORIGIN,
  type Outcome,
  outcomeOf,
  rawDb,
  WHO,
  type Who,
  type World,
} from "./security-fixtures";

const { startAssessmentAction, saveDraftAction } = await import("@/lib/actions/draft-actions");
const { submitAssessmentAction } = await import("@/lib/actions/submit-assessment");
const { signOutAction } = await import("@/lib/actions/auth-actions");
const users = await import("@/lib/actions/user-actions");
const cds = await import("@/lib/actions/cds-client-actions");
const { createDraft } = await import("@/lib/dal/drafts");
const dal = {
  assessments: await import("@/lib/dal/assessments"),
  drafts: await import("@/lib/dal/drafts"),
  users: await import("@/lib/dal/users"),
  audit: await import("@/lib/dal/audit-log"),
};
const fhirExport = await import("@/app/api/assessments/[id]/fhir/route");
const fhirQuestionnaire = await import("@/app/api/fhir/questionnaire/route");

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const SESSION = "Your session has ended. Sign in again; your draft is saved.";
const ROLE = "Your role does not allow this.";
const NOT_YOURS_DRAFT = "This draft cannot be changed: it was discarded or is not yours.";
const NOT_YOURS_SUBMIT = "This draft was not found among your assessments.";
const NOT_IN_CLINIC = "This account was not found among your clinic's clinicians.";
const EHR_NOT_IN_CLINIC = "This EHR was not found among your clinic's registrations.";

type Expect = Outcome | { kind: "redirect-prefix"; prefix: string };
const ok: Expect = { kind: "ok" };
const refused = (message: string): Expect => ({ kind: "refused", message });
const status = (code: number): Expect => ({ kind: "status", status: code });
const redirectTo = (prefix: string): Expect => ({ kind: "redirect-prefix", prefix });

interface Row {
  name: string;
  /** Runs the call as `who`; may set up fresh targets so each caller meets the same state. */
  run: (who: Who) => Promise<Outcome>;
  expected: Record<Who, Expect>;
}

function as(who: Who) {
  asRequestFrom(ORIGIN, world.users[who]);
}

function matches(actual: Outcome, expected: Expect): boolean {
  if (expected.kind === "redirect-prefix")
    return actual.kind === "redirect" && actual.to.startsWith(expected.prefix);
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** A fresh clinician of clinic one, so each caller's attempt starts from the same account. */
const freshTarget = async () => (await makeUser("clinician", await clinicName("one"))).id;
async function clinicName(which: "one" | "two") {
  const id = which === "one" ? world.clinicOne : world.clinicTwo;
  return (await rawDb.clinic.findUniqueOrThrow({ where: { id } })).name;
}

const clinicianOnly = (self: Expect, other: Expect): Record<Who, Expect> => ({
  anonymous: refused(SESSION),
  clinicianA: self,
  clinicianB: other,
  clinicianC: other,
  admin: refused(ROLE),
});
const adminOnly = (admin: Expect): Record<Who, Expect> => ({
  anonymous: refused(SESSION),
  clinicianA: refused(ROLE),
  clinicianB: refused(ROLE),
  clinicianC: refused(ROLE),
  admin,
});

/** An EHR registered for clinic one or two, straight in the database, for each caller afresh. */
async function freshEhr(which: "one" | "two") {
  const clinicId = which === "one" ? world.clinicOne : world.clinicTwo;
  const issuer = `https://ehr-${crypto.randomUUID()}.test`;
  return (
    await rawDb.cdsClient.create({
      data: { clinicId, name: "EHR", issuer, jwksUrl: `${issuer}/jwks.json` },
      select: { id: true },
    })
  ).id;
}

const cdsRows: Row[] = [
  {
    name: "registerCdsClientAction",
    run: async (who) => {
      as(who);
      const issuer = `https://ehr-${crypto.randomUUID()}.test`;
      return outcomeOf(() =>
        cds.registerCdsClientAction({
          name: "EHR",
          issuer,
          jwksUrl: `${issuer}/jwks.json`,
          fhirServer: "",
          patientViewEnabled: false,
        }),
      );
    },
    expected: adminOnly(ok),
  },
  {
    name: "changeCdsClientAction on an EHR of clinic one",
    run: async (who) => {
      const clientId = await freshEhr("one");
      as(who);
      return outcomeOf(() => cds.changeCdsClientAction({ clientId, patientViewEnabled: true }));
    },
    expected: adminOnly(ok),
  },
  {
    name: "changeCdsClientAction on an EHR of another clinic",
    run: async (who) => {
      const clientId = await freshEhr("two");
      as(who);
      return outcomeOf(() => cds.changeCdsClientAction({ clientId, active: false }));
    },
    expected: adminOnly(refused(EHR_NOT_IN_CLINIC)),
  },
];

const actionRows: Row[] = [
  {
    name: "startAssessmentAction",
    run: async (who) => {
      as(who);
      return outcomeOf(() => startAssessmentAction({}));
    },
    expected: clinicianOnly(redirectTo("/checklist/"), redirectTo("/checklist/")),
  },
  {
    name: "saveDraftAction on A's draft",
    run: async (who) => {
      as(who);
      return outcomeOf(() =>
        saveDraftAction({ draftId: world.draftA, answers: {}, stepReached: 0 }),
      );
    },
    expected: clinicianOnly(ok, refused(NOT_YOURS_DRAFT)),
  },
  {
    name: "submitAssessmentAction on a fresh draft of A",
    run: async (who) => {
      const draftId = await createDraft(world.users.clinicianA!);
      as(who);
      return outcomeOf(() => submitAssessmentAction({ draftId, answers: validInput() }));
    },
    expected: clinicianOnly(ok, refused(NOT_YOURS_SUBMIT)),
  },
  {
    name: "signOutAction",
    run: async (who) => {
      as(who);
      return outcomeOf(() => signOutAction({}));
    },
    expected: {
      anonymous: refused(SESSION),
      clinicianA: redirectTo("/sign-in"),
      clinicianB: redirectTo("/sign-in"),
      clinicianC: redirectTo("/sign-in"),
      admin: redirectTo("/sign-in"),
    },
  },
  {
    name: "createClinicianAction",
    run: async (who) => {
      as(who);
      return outcomeOf(() =>
        users.createClinicianAction({
          name: "Dr New",
          email: `new-${crypto.randomUUID()}@test.local`,
        }),
      );
    },
    expected: adminOnly(ok),
  },
  ...(
    [
      ["deactivateClinicianAction", users.deactivateClinicianAction, {}],
      ["reactivateClinicianAction", users.reactivateClinicianAction, {}],
      ["resetClinicianPasswordAction", users.resetClinicianPasswordAction, {}],
    ] as const
  ).flatMap(([name, action, extra]): Row[] => [
    {
      name: `${name} on a clinician of clinic one`,
      run: async (who) => {
        const userId = await freshTarget();
        as(who);
        return outcomeOf(() => action({ userId, ...extra }));
      },
      expected: adminOnly(ok),
    },
    {
      name: `${name} on clinician C (other clinic)`,
      run: async (who) => {
        as(who);
        return outcomeOf(() => action({ userId: world.users.clinicianC!.id, ...extra }));
      },
      expected: adminOnly(refused(NOT_IN_CLINIC)),
    },
    {
      name: `${name} on another admin of clinic one`,
      run: async (who) => {
        const userId = (await makeUser("admin", await clinicName("one"))).id;
        as(who);
        return outcomeOf(() => action({ userId, ...extra }));
      },
      expected: adminOnly(refused(NOT_IN_CLINIC)),
    },
  ]),
];

const routeRows: Row[] = [
  {
    name: "GET /api/assessments/[A's id]/fhir",
    run: async (who) => {
      as(who);
      return outcomeOf(() =>
        fhirExport.GET(new Request(`${ORIGIN}/api/assessments/x/fhir`), {
          params: Promise.resolve({ id: world.assessmentA }),
        }),
      );
    },
    expected: {
      anonymous: status(401),
      clinicianA: status(200),
      clinicianB: status(404),
      clinicianC: status(404),
      admin: status(403),
    },
  },
  {
    name: "GET /api/fhir/questionnaire",
    run: async (who) => {
      as(who);
      return outcomeOf(() =>
        fhirQuestionnaire.GET(new Request("http://127.0.0.1/api/fhir/questionnaire"), undefined),
      );
    },
    expected: {
      anonymous: status(401),
      clinicianA: status(200),
      clinicianB: status(200),
      clinicianC: status(200),
      admin: status(200),
    },
  },
];

const adminRouteOnly: Record<Who, Expect> = {
  anonymous: status(401),
  clinicianA: status(403),
  clinicianB: status(403),
  clinicianC: status(403),
  admin: status(200),
};

// The aggregates route belongs to the admin dashboard; it joins the table once it exists.
const aggregatesRoute = path.resolve(__dirname, "../../app/api/admin/aggregates/route.ts");
const aggregateRows: Row[] = existsSync(aggregatesRoute)
  ? [
      {
        name: "GET /api/admin/aggregates",
        run: async (who) => {
          const route = (await import(/* @vite-ignore */ aggregatesRoute)) as {
            GET: (request: Request) => Promise<Response>;
          };
          // A release must exist for the figures to be read (the publisher writes one).
          await (await import("@/lib/dal/aggregates")).refreshAggregates();
          as(who);
          return outcomeOf(() => route.GET(new Request(`${ORIGIN}/api/admin/aggregates`)));
        },
        expected: adminRouteOnly,
      },
      {
        name: "GET /api/admin/aggregates/version",
        run: async (who) => {
          const route = await import("@/app/api/admin/aggregates/version/route");
          as(who);
          return outcomeOf(() =>
            route.GET(new Request(`${ORIGIN}/api/admin/aggregates/version`), undefined),
          );
        },
        expected: adminRouteOnly,
      },
    ]
  : [];

describe("authorisation table: actions and route handlers", () => {
  for (const row of [...actionRows, ...cdsRows, ...routeRows, ...aggregateRows]) {
    it(row.name, async () => {
      const actual: Partial<Record<Who, Outcome>> = {};
      for (const who of WHO) actual[who] = await row.run(who);
      const mismatches = WHO.filter((who) => !matches(actual[who]!, row.expected[who])).map(
        (who) => ({ who, expected: row.expected[who], actual: actual[who] }),
      );
      expect(mismatches).toEqual([]);
    });
  }
});

describe("a refused role is audited", () => {
  it.each([
    {
      target: "action",
      name: "start-assessment",
      call: () => startAssessmentAction({}),
    },
    {
      target: "route",
      name: "assessment.export",
      call: () =>
        fhirExport.GET(new Request(`${ORIGIN}/api/assessments/x/fhir`), {
          params: Promise.resolve({ id: world.assessmentA }),
        }),
    },
  ])("an admin calling the clinicians' $target $name leaves access.denied", async (row) => {
    const admin = world.users.admin!;
    const denied = { action: "access.denied", actorId: admin.id, targetId: row.name } as const;
    const before = await rawDb.auditEvent.count({ where: denied });
    as("admin");
    await outcomeOf(row.call);
    const entries = await rawDb.auditEvent.findMany({ where: denied, orderBy: { id: "desc" } });
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({
      actorRole: "admin",
      clinicId: admin.clinicId,
      targetType: row.target,
      outcome: "denied",
    });
  });
});

describe("authorisation table: the data access layer", () => {
  const signedIn = WHO.filter((w) => w !== "anonymous");
  const user = (who: Who) => world.users[who]!;

  it("getAssessment and getDraft return A's rows to A only", async () => {
    for (const who of signedIn) {
      const assessment = await dal.assessments.getAssessment(user(who), world.assessmentA);
      const draft = await dal.drafts.getDraft(user(who), world.draftA);
      expect(assessment !== null, `assessment as ${who}`).toBe(who === "clinicianA");
      expect(draft !== null, `draft as ${who}`).toBe(who === "clinicianA");
    }
  });

  it("lists hold only the caller's own assessments and drafts", async () => {
    for (const who of signedIn) {
      const list = await dal.assessments.listAssessments(user(who), 500);
      const drafts = await dal.drafts.listOpenDrafts(user(who), 500);
      expect(
        list.some((a) => a.id === world.assessmentA),
        who,
      ).toBe(who === "clinicianA");
      expect(
        drafts.some((d) => d.id === world.draftA),
        who,
      ).toBe(who === "clinicianA");
    }
  });

  it("account lists and lookups stay inside the admin's clinic and never reach admins", async () => {
    const { clinicianA, clinicianB, clinicianC, admin } = world.users;
    const one = await dal.users.listClinicians(admin!);
    expect(one.map((u) => u.id)).toEqual(expect.arrayContaining([clinicianA!.id, clinicianB!.id]));
    expect(one.map((u) => u.id)).not.toContain(clinicianC!.id);
    expect(one.map((u) => u.id)).not.toContain(admin!.id);
    const two = await dal.users.listClinicians(world.otherAdmin);
    expect(two.map((u) => u.id)).toEqual([clinicianC!.id]);
    expect(await dal.users.getClinician(admin!, clinicianC!.id)).toBeNull();
    expect(await dal.users.getClinician(admin!, world.otherAdmin.id)).toBeNull();
    expect(await dal.users.getClinician(admin!, admin!.id)).toBeNull();
    expect(await dal.users.getClinician(admin!, clinicianA!.id)).toMatchObject({
      id: clinicianA!.id,
    });
    for (const who of ["clinicianA", "clinicianB", "clinicianC"] as const) {
      await expect(dal.users.listClinicians(user(who))).rejects.toThrow();
      await expect(dal.users.getClinician(user(who), clinicianB!.id)).rejects.toThrow();
      await expect(dal.audit.listAuditEvents(user(who), 1)).rejects.toThrow();
    }
  });

  it("the audit log shows an admin their own clinic's events and nobody else's", async () => {
    const mine = await dal.audit.listAuditEvents(world.users.admin!, 1);
    const theirs = await dal.audit.listAuditEvents(world.otherAdmin, 1);
    expect(mine.total).toBeGreaterThan(0);
    const clinicOf = async (ids: string[]) =>
      rawDb.auditEvent.findMany({
        where: { id: { in: ids.map(BigInt) } },
        select: { clinicId: true },
      });
    expect(new Set((await clinicOf(mine.rows.map((r) => r.id))).map((r) => r.clinicId))).toEqual(
      new Set([world.clinicOne]),
    );
    expect(new Set((await clinicOf(theirs.rows.map((r) => r.id))).map((r) => r.clinicId))).toEqual(
      new Set([world.clinicTwo]),
    );
    // Actors are named only when they belong to the reader's clinic.
    const names = mine.rows.flatMap((r) => (r.actor ? [r.actor.email] : []));
    expect(names).not.toContain(world.users.clinicianC!.email);
  });

  it("shows clinical activity as counts per clinician per day, never one line per assessment", async () => {
    const admin = world.users.admin!;
    const log = await dal.audit.listAuditEvents(admin, 1);
    const clinical: readonly string[] = dal.audit.CLINICAL_ACTIVITY;
    expect(log.rows.filter((r) => clinical.includes(r.action))).toEqual([]);
    const assessmentIds = (
      await rawDb.assessment.findMany({
        where: { clinicId: world.clinicOne },
        select: { id: true },
      })
    ).map((a) => a.id);
    expect(assessmentIds.length).toBeGreaterThan(0);
    expect(log.rows.filter((r) => assessmentIds.includes(r.targetId ?? ""))).toEqual([]);
    // The daily counts add up to the itemised events they replace, per clinician.
    const today = new Date().toISOString().slice(0, 10);
    const since = new Date(`${today}T00:00:00Z`);
    const events = await rawDb.auditEvent.groupBy({
      by: ["actorId", "action"],
      where: { clinicId: world.clinicOne, action: { in: [...clinical] }, at: { gte: since } },
      _count: true,
    });
    expect(events.length).toBeGreaterThan(0);
    const emailOf = new Map(
      Object.values(world.users).flatMap((u) => (u ? [[u.id, u.email] as const] : [])),
    );
    for (const e of events) {
      const row = log.activity.find(
        (a) => a.day === today && a.actor?.email === emailOf.get(e.actorId ?? ""),
      );
      expect(row?.counts[e.action as (typeof dal.audit.CLINICAL_ACTIVITY)[number]]).toBe(e._count);
    }
    const theirs = await dal.audit.listAuditEvents(world.otherAdmin, 1);
    expect(theirs.activity.map((a) => a.actor?.email)).not.toContain(world.users.clinicianA!.email);
  });
});
