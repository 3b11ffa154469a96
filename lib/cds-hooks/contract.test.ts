/**
 * Contract tests against the CDS Hooks 2.0 structures: the discovery response, the hook
 * request this service accepts, the cards it returns (every required field, the summary under
 * 140 characters, indicator and link type values) and the feedback request.
 */
import { describe, expect, it } from "vitest";
import { baseAnswers } from "@/lib/risk/fixtures";
import { orderCards, overrideReasons, patientViewCard } from "./cards";
import { draftMedicines } from "./draft-orders";
import { type Basis, judgeOrders } from "./judge";
import { feedbackSchema, hookRequestSchema } from "./schemas";
import { discovery } from "./services";
import { draftBundle } from "./testing";
import type { Card } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let n = 0;
const ctx = {
  baseUrl: "https://app.example",
  newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
};

/** Every rule CDS Hooks 2.0 sets for a card, as one function. */
function expectSpecCard(card: Card) {
  expect(typeof card.summary).toBe("string");
  expect(card.summary.length).toBeGreaterThan(0);
  expect(card.summary.length).toBeLessThan(140);
  expect(["info", "warning", "critical"]).toContain(card.indicator);
  expect(typeof card.source.label).toBe("string");
  if (card.source.url) expect(() => new URL(card.source.url as string)).not.toThrow();
  if (card.uuid) expect(card.uuid).toMatch(UUID);
  for (const link of card.links ?? []) {
    expect(["absolute", "smart"]).toContain(link.type);
    expect(link.label.length).toBeGreaterThan(0);
    expect(() => new URL(link.url)).not.toThrow();
    if (link.appContext !== undefined) expect(typeof link.appContext).toBe("string");
  }
  for (const r of card.overrideReasons ?? []) {
    expect(r.system).toMatch(/^https:\/\//);
    expect(r.code).toMatch(/^[a-z-]+$/);
    expect(r.display?.length).toBeGreaterThan(0);
  }
  // No suggestions or actions: the service never changes an order.
  expect(card).not.toHaveProperty("suggestions");
  expect(card).not.toHaveProperty("selectionBehavior");
}

describe("discovery", () => {
  it("lists order-select, order-sign and patient-view with id, hook, description and prefetch", () => {
    const { services } = discovery();
    expect(services.map((s) => s.hook)).toEqual(["order-select", "order-sign", "patient-view"]);
    for (const s of services) {
      expect(s.id).toMatch(/^[a-z0-9-]+$/);
      expect(s.description.length).toBeGreaterThan(20);
      for (const template of Object.values(s.prefetch ?? {}))
        expect(template).toMatch(/\{\{context\.patientId\}\}/);
    }
    expect(Object.keys(services[0].prefetch ?? {})).toEqual(
      expect.arrayContaining(["patient", "medications", "assessment"]),
    );
  });
});

describe("hook request", () => {
  const request = {
    hook: "order-select",
    hookInstance: "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    fhirServer: "https://ehr.example/fhir",
    fhirAuthorization: {
      access_token: "some-opaque-fhir-access-token",
      token_type: "Bearer",
      expires_in: 300,
      scope: "user/Patient.read user/MedicationStatement.read",
      subject: "cds-service4",
    },
    context: {
      userId: "Practitioner/123",
      patientId: "1288992",
      encounterId: "89284",
      selections: ["MedicationRequest/smart-MedicationRequest-103"],
      draftOrders: draftBundle(
        [{ id: "smart-MedicationRequest-103", text: "oxycodone" }],
        "1288992",
      ),
    },
    prefetch: { patient: { resourceType: "Patient", id: "1288992" } },
  };

  it("accepts the specification's order-select shape", () => {
    expect(hookRequestSchema.safeParse(request).success).toBe(true);
  });

  it.each([
    ["no hookInstance", { ...request, hookInstance: undefined }],
    ["no patient", { ...request, context: { ...request.context, patientId: undefined } }],
    [
      "no draft orders on order-sign",
      { ...request, hook: "order-sign", context: { patientId: "1" } },
    ],
    ["fhirAuthorization without fhirServer", { ...request, fhirServer: undefined }],
    ["an unknown hook", { ...request, hook: "encounter-discharge" }],
  ])("refuses %s", (_what, body) => {
    expect(hookRequestSchema.safeParse(body).success).toBe(false);
  });
});

describe("cards", () => {
  const basis: Basis = {
    kind: "assessment",
    assessmentId: "00000000-0000-4000-8000-0000000000aa",
    submittedAt: new Date("2026-12-01T10:00:00Z"),
    answers: baseAnswers({ usePattern: { frequency: "daily" } }),
  };
  const chart: Basis = { kind: "chart", signal: { sources: ["condition"] } };
  const names = [
    "oxycodone",
    "alprazolam",
    "naltrexone",
    "clarithromycin",
    "sertraline",
    "tramadol/acetaminophen",
    "naloxone",
    "methadone",
  ];
  const built = (b: Basis) =>
    orderCards(
      judgeOrders(
        b,
        draftMedicines(
          draftBundle(
            names.map((text, i) => ({ id: `o${i}`, text })),
            "p",
          ),
          undefined,
        ),
      ),
      b,
      ctx,
    );

  it("meet the specification for every kind of finding, from a checklist or the chart", () => {
    const cards = [...built(basis), ...built(chart)];
    expect(cards.length).toBeGreaterThan(10);
    for (const { card } of cards) expectSpecCard(card);
    expectSpecCard(patientViewCard(basis, ctx).card);
    expectSpecCard(patientViewCard(chart, ctx).card);
  });

  it("name the medicine and the risk, with an indicator from the highest finding", () => {
    const alone = (text: string) => {
      const orders = draftMedicines(draftBundle([{ id: "o", text }], "p"), undefined);
      return orderCards(judgeOrders(basis, orders), basis, ctx)[0]?.card;
    };
    expect(alone("oxycodone")?.summary).toMatch(
      /^Oxycodone and kratom \(used every day\): .+ — high risk/,
    );
    expect(alone("oxycodone")?.indicator).toBe("critical");
    expect(alone("sertraline")?.indicator).toBe("warning");
    expect(alone("clarithromycin")?.indicator).toBe("warning");
    expect(alone("naloxone")?.indicator).toBe("info");
    // Ordered together, sertraline is one of several serotonergic medicines: high.
    expect(built(basis).find((b) => b.medicationId === "sertraline")?.card.indicator).toBe(
      "critical",
    );
  });

  it("say why, how strong the evidence is and which sections, and link to the evidence", () => {
    const card = built(basis).find((b) => b.medicationId === "naltrexone")?.card as Card;
    expect(card.detail).toContain("**Basis:** the kratom checklist of 2026-12-01");
    expect(card.detail).toMatch(/\*\*Evidence:\*\* Case reports\./);
    expect(card.detail).toMatch(/\]\(https:\/\/app\.example\/evidence\/[a-z-]+#[a-z0-9-]+\)/);
    expect(card.source.url).toMatch(/^https:\/\/app\.example\/evidence\/[a-z-]+#/);
    expect(card.links?.[0]).toMatchObject({ type: "smart", url: "https://app.example/launch" });
    expect(JSON.parse(card.links?.[0].appContext ?? "{}")).toEqual({
      open: "summary",
      assessmentId: basis.kind === "assessment" ? basis.assessmentId : "",
    });
    expect(card.overrideReasons).toEqual(overrideReasons);
  });

  it("from the chart say that how often is unknown, and open a new checklist", () => {
    const card = built(chart).find((b) => b.medicationId === "naltrexone")?.card as Card;
    expect(card.summary).toContain("(how often unknown)");
    expect(card.detail).toContain("**Applies if kratom is used:** 4 to 6 days a week or every day");
    expect(JSON.parse(card.links?.[0].appContext ?? "{}")).toEqual({ open: "new-checklist" });
  });

  it("never give dosing advice", () => {
    for (const { card } of [...built(basis), ...built(chart)])
      expect(`${card.summary} ${card.detail}`).not.toMatch(
        /\b(increase|reduce|halve|double) the dose\b|\bmg\b/i,
      );
  });
});

describe("feedback request", () => {
  it("accepts accepted and overridden entries with a reason", () => {
    const body = {
      feedback: [
        { card: "abc", outcome: "accepted", outcomeTimestamp: "2026-12-07T10:00:00Z" },
        {
          card: "def",
          outcome: "overridden",
          overrideReason: { reason: overrideReasons[0], userComment: "free text, never stored" },
          outcomeTimestamp: "2026-12-07T10:00:00+01:00",
        },
      ],
    };
    expect(feedbackSchema.safeParse(body).success).toBe(true);
    expect(feedbackSchema.safeParse({ feedback: [] }).success).toBe(false);
    expect(
      feedbackSchema.safeParse({
        feedback: [{ card: "x", outcome: "ignored", outcomeTimestamp: "now" }],
      }).success,
    ).toBe(false);
  });
});
