/**
 * Product rules (use-pattern domain). Concentrated 7-OH products rank above leaf because 7-OH
 * bypasses the CYP3A conversion step that caps mitragynine's respiratory effect in mice [R3];
 * the human relevance is inferred, and the rule's text says so.
 */
import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { chose } from "../questions";
import { cite, ifAny, type Rule } from "../rule";

const formsAmong = (a: AssessmentAnswers, forms: readonly string[]) =>
  ifAny(
    a.usePattern.productForms
      .filter((f) => forms.includes(f))
      .map((f) => chose("usePattern.productForms", o.productForms, f)),
  );

export const productRules: Rule[] = [
  {
    id: "use.concentrated-7oh",
    domain: "use-pattern",
    severity: "high",
    title: "Concentrated 7-OH product",
    why: "Products sold as 7-OH can be almost pure 7-hydroxymitragynine, far more than leaf contains. In mice, 7-OH depressed breathing more with each higher dose, without the ceiling seen with mitragynine; whether this holds in people is inferred, not shown.",
    considerations: [
      "Consider asking about the product name and how much of it is taken.",
      "May warrant discussing signs of overdose, especially with alcohol or other sedating substances.",
      "Consider discussing naloxone access with the patient and the people around them; naloxone reversed an opioid toxidrome after kratom use in a reported case.",
    ],
    basis: {
      atMost: {
        tier: "lab-animal",
        because:
          "The breathing risk of 7-OH is from mice; the study in people cited measured leaf tea, not 7-OH.",
      },
    },
    citations: cite(
      "use-pattern#concentrated-7oh",
      "pharmacology#seven-oh",
      "pharmacology#cyp3a-conversion",
      "interactions-opioids#antagonists",
    ),
    when: (a) => formsAmong(a, ["concentrated-7oh"]),
  },
  {
    id: "use.extract-or-shot",
    domain: "use-pattern",
    severity: "moderate",
    title: "Extract, tincture or liquid shot",
    why: "Extracts and shots are more concentrated than leaf, their alkaloid content is rarely known, and concentrated 7-OH is sometimes added to kratom products.",
    considerations: ["Consider asking about the product name and whether it is labelled 7-OH."],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "Product strength is described in a health notice; no study compared extracts or shots with leaf.",
      },
    },
    citations: cite("use-pattern#concentrated-7oh"),
    when: (a) => formsAmong(a, ["extract", "liquid-shot"]),
  },
];
