/**
 * Issue 16 §3: every question can record "not asked". The test walks the question table: each
 * question has a not-asked answer or says why not; a not-asked answer is one of its options (and
 * stands alone in a multi-select); answered so, the question is named under "Not asked yet" and
 * its domain is never plainly "assessed".
 */
import { describe, expect, it } from "vitest";
import { isShown } from "@/lib/checklist/gates";
import { normaliseAnswers } from "@/lib/checklist/normalise";
import { allQuestions, type Question } from "@/lib/checklist/question-table";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { assessmentSchema } from "@/lib/checklist/schemas";
import { assess } from "./assess";
import { asInput, baseAnswers } from "./fixtures";
import { notAskedItems } from "./level-text";

/** Answers that open every gate: darkening reported, withdrawal reported, a woman of 25–34. */
const open = (): AssessmentAnswers =>
  baseAnswers({
    patient: { ageBand: "25-34", sex: "female" },
    dependence: { withdrawalWhenMissed: "yes", withdrawalSymptoms: ["restlessness"] },
    skin: {
      newDarkening: "yes",
      sites: ["face"],
      colour: "grey-blue",
      onset: "after-1-year",
      otherCauses: ["none"],
    },
  });

/** Where a question's not-asked answer is listed when the list names another path. */
const listedAt: Record<string, string> = {
  "patient.pegDeclined": "patient.peg",
  "dependence.criteriaAsked": "dependence.criteria",
};

function answeredNotAsked(q: Question): AssessmentAnswers {
  const a = structuredClone(open()) as unknown as Record<string, Record<string, unknown>>;
  const [step, key] = q.path.split(".");
  if (q.notAsked === true) {
    a[step][key] = true;
    if (q.path === "patient.pegDeclined") delete a.patient.peg;
  } else {
    a[step][key] = q.kind === "some" ? [q.notAsked] : q.notAsked;
  }
  if (q.path === "dependence.criteriaAsked") a.dependence.criteria = [];
  return a as unknown as AssessmentAnswers;
}

describe("every question can record “not asked” (issue 16 §3)", () => {
  it("has a not-asked answer or says why not, never both", () => {
    for (const q of allQuestions) {
      const has = q.notAsked !== undefined;
      const why = (q.whyNoNotAsked ?? "").length > 20;
      expect(has !== why, q.path).toBe(true);
    }
  });

  it("offers the not-asked answer among the options, alone in a multi-select", () => {
    for (const q of allQuestions.filter((x) => typeof x.notAsked === "string")) {
      expect(
        q.options?.map((o) => o.value),
        q.path,
      ).toContain(q.notAsked);
      // "Other or unknown product" may sit beside known ones: it also means a further product.
      if (q.kind === "some" && q.path !== "usePattern.productForms")
        expect(q.exclusive, q.path).toContain(q.notAsked);
    }
    for (const q of allQuestions.filter((x) => x.notAsked === true))
      expect(q.kind, q.path).toBe("boolean");
  });

  it.each(allQuestions.filter((q) => q.notAsked !== undefined).map((q) => [q.path, q] as const))(
    "%s answered “not asked” is valid, named under Not asked yet, domain not assessed",
    (_, q) => {
      const answers = answeredNotAsked(q);
      expect(isShown(q, answers)).toBe(true);
      const parsed = assessmentSchema.safeParse(asInput(answers));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const summary = assess(normaliseAnswers(asInput(answers)));
      const path = listedAt[q.path] ?? q.path;
      const item = notAskedItems(summary).find((m) => m.path === path);
      expect(item, `${q.path} not listed`).toBeDefined();
      const domain = summary.domains.find((d) => d.missing.some((m) => m.path === path));
      expect(domain?.status).not.toBe("assessed");
      // The same answers with the question answered are complete for that question.
      expect(
        notAskedItems(assess(normaliseAnswers(asInput(open())))).map((m) => m.path),
      ).not.toContain(path);
    },
  );

  it("co-use not asked makes the use pattern partly assessed and names the question", () => {
    const summary = assess(baseAnswers({ usePattern: { coUsed: ["unknown"] } }));
    const use = summary.domains.find((d) => d.domain === "use-pattern");
    expect(use?.status).toBe("partly-assessed");
    expect(use?.missing.map((m) => m.item)).toContain(
      "Other substances used with kratom not asked",
    );
    expect(summary.findings.filter((f) => f.id.startsWith("use.co-use"))).toEqual([]);
    expect(
      assessmentSchema.safeParse(
        asInput(baseAnswers({ usePattern: { coUsed: ["unknown", "alcohol"] } })),
      ).success,
    ).toBe(false);
  });
});
