import { describe, expect, it } from "vitest";
import { assess } from "@/lib/risk";
import { baseAnswers } from "@/lib/risk/fixtures";
import { conformanceProblems, enableWhenProblems } from "./conformance";
import { questionnaire } from "./questionnaire";
import { toQuestionnaireResponse } from "./questionnaire-response";

const answers = baseAnswers();
const response = () =>
  structuredClone(
    toQuestionnaireResponse({
      id: "3f2b8c1e-5d4a-4e6f-9b7c-0a1d2e3f4a5b",
      answers,
      submittedAt: new Date(0),
      summary: assess(answers),
    }),
  );

// The checks the response tests rely on must themselves catch mistakes.
describe("conformance checks", () => {
  it("would notice a wrong code, a misplaced item or an answer to a disabled question", () => {
    const r = response();
    const usePattern = r.item.find((i) => i.linkId === "usePattern")!;
    usePattern.item![2].answer = [{ valueCoding: { system: "x", code: "daily" } }];
    usePattern.item!.push({ linkId: "skin.colour", answer: [{ valueString: "blue" }] });
    expect(conformanceProblems(r.item, questionnaire.item)).toEqual([
      "/usePattern/usePattern.frequency: x#daily is not an answerOption",
      "/usePattern/skin.colour: no such item here in the Questionnaire",
    ]);
    const skin = r.item.find((i) => i.linkId === "skin")!;
    skin.item!.splice(1, 0, { linkId: "skin.colour", answer: [] });
    expect(enableWhenProblems(questionnaire, r.item)).toContain(
      "skin.colour: present although disabled",
    );
  });
});
