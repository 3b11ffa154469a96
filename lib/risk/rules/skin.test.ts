import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { findingLine } from "@/lib/report/summary-parts";
import { assess } from "../assess";
import { baseAnswers, withMedicines } from "../fixtures";
import { checkRuleCases, type RuleCase } from "../testing";
import { skinRules } from "./skin";

type Skin = AssessmentAnswers["skin"];
/** New grey-blue darkening of face and backs of hands after a year of use, no other cause. */
const dark = (patch: Partial<Skin> = {}) =>
  baseAnswers({
    skin: {
      newDarkening: "yes",
      sites: ["face", "backs-of-hands"],
      colour: "grey-blue",
      onset: "after-1-year",
      otherCauses: ["none"],
      ...patch,
    },
  });

const cases: RuleCase[] = [
  {
    id: "skin.kratom-pattern",
    name: "typical pattern",
    answers: dark(),
    fires: true,
    shows: [
      "Face",
      "Backs of the hands",
      "Grey-blue or slate",
      "After a year or more of kratom use",
    ],
  },
  {
    // The reported cases followed years of use: within a year is only possibly the pattern.
    id: "skin.kratom-pattern",
    name: "onset within a year",
    answers: dark({ onset: "within-1-year" }),
    fires: false,
  },
  {
    id: "skin.possible-kratom-pattern",
    name: "onset within a year (issue 16 §5)",
    answers: dark({ onset: "within-1-year" }),
    fires: true,
    shows: ["Within a year of starting kratom"],
  },
  {
    id: "skin.atypical-darkening",
    name: "onset within a year (possibly the pattern, never atypical)",
    answers: dark({ onset: "within-1-year" }),
    fires: false,
  },
  {
    id: "skin.kratom-pattern",
    name: "other causes not asked",
    answers: dark({ otherCauses: ["unknown"] }),
    fires: true,
  },
  { id: "skin.kratom-pattern", name: "no darkening", answers: baseAnswers(), fires: false },
  {
    id: "skin.kratom-pattern",
    name: "darkening unknown",
    answers: baseAnswers({ skin: { newDarkening: "unknown" } }),
    fires: false,
  },
  { id: "skin.kratom-pattern", name: "brown", answers: dark({ colour: "brown" }), fires: false },
  {
    id: "skin.kratom-pattern",
    name: "began before kratom",
    answers: dark({ onset: "before-kratom" }),
    fires: false,
  },
  {
    id: "skin.kratom-pattern",
    name: "onset unknown",
    answers: dark({ onset: "unknown" }),
    fires: false,
  },
  {
    id: "skin.kratom-pattern",
    name: "also mucosa",
    answers: dark({ sites: ["face", "nails-mucosa"] }),
    fires: false,
  },
  {
    id: "skin.kratom-pattern",
    name: "minocycline",
    answers: dark({ otherCauses: ["minocycline"] }),
    fires: false,
  },
  {
    id: "skin.other-causes",
    name: "pattern with amiodarone",
    answers: dark({ otherCauses: ["amiodarone"] }),
    fires: true,
    shows: ["Amiodarone", "Face"],
  },
  {
    id: "skin.other-causes",
    name: "brown with heavy metals",
    answers: dark({ colour: "brown", otherCauses: ["heavy-metals"] }),
    fires: true,
  },
  { id: "skin.other-causes", name: "no other cause", answers: dark(), fires: false },
  {
    id: "skin.other-causes",
    name: "cause but no darkening",
    answers: baseAnswers({ skin: { otherCauses: ["minocycline"] } }),
    fires: false,
  },
  {
    id: "skin.atypical-darkening",
    name: "non-sun-exposed only",
    answers: dark({ sites: ["non-sun-exposed"] }),
    fires: true,
    shows: ["Skin not exposed to sun"],
  },
  {
    id: "skin.atypical-darkening",
    name: "blue-black",
    answers: dark({ colour: "blue-black" }),
    fires: true,
  },
  { id: "skin.atypical-darkening", name: "typical pattern", answers: dark(), fires: false },
  {
    id: "skin.atypical-darkening",
    name: "grey-blue photodistributed, onset unknown (never read as different)",
    answers: dark({ onset: "unknown" }),
    fires: false,
  },
  {
    id: "skin.possible-kratom-pattern",
    name: "grey-blue photodistributed, onset unknown",
    answers: dark({ onset: "unknown" }),
    fires: true,
    shows: ["Grey-blue or slate", "Unknown"],
  },
  {
    id: "skin.possible-kratom-pattern",
    name: "onset known after kratom (the pattern rule fires instead)",
    answers: dark(),
    fires: false,
  },
  {
    id: "skin.possible-kratom-pattern",
    name: "onset unknown but brown",
    answers: dark({ onset: "unknown", colour: "brown" }),
    fires: false,
  },
  {
    id: "skin.possible-kratom-pattern",
    name: "onset unknown with another cause (differential instead)",
    answers: dark({ onset: "unknown", otherCauses: ["amiodarone"] }),
    fires: false,
  },
  {
    id: "skin.atypical-darkening",
    name: "atypical with a cause (differential instead)",
    answers: dark({ colour: "brown", otherCauses: ["phenytoin"] }),
    fires: false,
  },
  {
    id: "skin.other-causes-not-asked",
    name: "darkening, causes unknown",
    answers: dark({ otherCauses: ["unknown"] }),
    fires: true,
    shows: ["Unknown / not asked"],
  },
  {
    id: "skin.other-causes-not-asked",
    name: "causes unknown, no darkening",
    answers: baseAnswers({ skin: { otherCauses: ["unknown"] } }),
    fires: false,
  },
];

checkRuleCases("skin rules", skinRules, cases);

describe("pigmenting medicines (issue 16 §5)", () => {
  it("are titled as another possible cause of the skin change, never as taken with kratom", () => {
    const f = assess(withMedicines(["minocycline"])).findings.find(
      (x) => x.id === "interaction.pigmenting",
    );
    expect(f?.title).toBe(
      "Another possible cause of skin darkening (a medicine that can cause pigmentation)",
    );
    expect(f?.why).toMatch(/^Not a drug interaction/);
    expect(findingLine(f!, "daily kratom")).toBe(
      "minocycline: another possible cause of skin darkening (a medicine that can cause pigmentation)",
    );
  });
});
