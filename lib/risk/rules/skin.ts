/**
 * Skin rules. Kratom-associated hyperpigmentation is known from a handful of case reports:
 * grey-blue, photodistributed (face, back of neck, backs of hands, forearms), after long use.
 * Every new darkening gets exactly one of four findings (kratom pattern, possibly the pattern with
 * onset unknown, other causes to weigh, or atypical), so a clinician always sees how the answers
 * were read; an unknown onset is never read as "different". Nothing here says the
 * colour fades after stopping: the one follow-up seen showed no regression at 16 months [R105].
 */

import * as o from "@/lib/checklist/options";
import type { AssessmentAnswers } from "@/lib/checklist/schemas";
import { chose, choseEach } from "../questions";
import { cite, ifAny, type Rule } from "../rule";
import { medicinesIn } from "./interactions";

const SUN_EXPOSED: readonly string[] = [
  "face",
  "back-of-neck",
  "backs-of-hands",
  "forearms",
  "other-sun-exposed",
];
/**
 * The reported cases followed years of heavy use: onset after a year or more reads as the
 * pattern; within a year, or unknown, as possibly the pattern (issue 16 §5).
 */
const LONG_USE_ONSET: readonly string[] = ["after-1-year"];
const UNSURE_ONSET: readonly string[] = ["within-1-year", "unknown"];
const NOT_A_CAUSE: readonly string[] = ["none", "unknown"];

const hasDarkening = (a: AssessmentAnswers) => a.skin.newDarkening === "yes";

/** Named other causes: ticked exposures plus listed medicines in the "pigmenting" class. */
function otherCauses(a: AssessmentAnswers) {
  const ticked = a.skin.otherCauses.filter((c) => !NOT_A_CAUSE.includes(c));
  return [
    ...choseEach("skin.otherCauses", o.pigmentationCauses, ticked),
    ...medicinesIn(a, "pigmenting"),
  ];
}

/**
 * The reported sites and colour: every site sun-exposed (photodistributed; nail or mucosal
 * pigment was absent in the case reports and points elsewhere), grey-blue or slate.
 */
function looksLikePattern(a: AssessmentAnswers): boolean {
  const { sites, colour } = a.skin;
  return sites.length > 0 && sites.every((s) => SUN_EXPOSED.includes(s)) && colour === "grey-blue";
}

/** The reported pattern, starting after a year or more of kratom. */
function matchesPattern(a: AssessmentAnswers): boolean {
  const { onset } = a.skin;
  return looksLikePattern(a) && onset !== undefined && LONG_USE_ONSET.includes(onset);
}

/** The pattern with onset unknown or within a year: possibly consistent, never "different". */
function possiblyPattern(a: AssessmentAnswers): boolean {
  const { onset } = a.skin;
  return looksLikePattern(a) && onset !== undefined && UNSURE_ONSET.includes(onset);
}

function darkeningTriggers(a: AssessmentAnswers) {
  const { sites, colour, onset } = a.skin;
  return [
    chose("skin.newDarkening", o.yesNoUnknown, "yes"),
    ...choseEach("skin.sites", o.skinSites, sites),
    ...(colour ? [chose("skin.colour", o.skinColours, colour)] : []),
    ...(onset ? [chose("skin.onset", o.skinOnsets, onset)] : []),
  ];
}

const reversibilityUnknown =
  "Consider telling the patient that whether the colour fades after stopping is unknown: the one follow-up reported showed no fading 16 months after stopping.";
const photoprotection =
  "Consider photographs to document the extent, and discussing sun protection, which is part of managing drug-related pigmentation.";

/** Shared by the pattern and possible-pattern findings: the same advice once the pattern fits. */
const patternConsiderations = [
  reversibilityUnknown,
  photoprotection,
  "May warrant dermatology review; a skin biopsy distinguished melanin from other pigments in one case.",
];
const patternCitations = cite(
  "hyperpigmentation#presentation",
  "hyperpigmentation#sites-and-colour",
  "hyperpigmentation#course",
);

export const skinRules: Rule[] = [
  {
    id: "skin.kratom-pattern",
    domain: "skin",
    severity: "moderate",
    title: "Pattern consistent with kratom-associated hyperpigmentation",
    why: "New grey-blue darkening on sun-exposed skin that began after a year or more of kratom use, with no other cause of pigmentation reported. This matches the few published cases in long-term kratom users; incidence, dose threshold and course are unknown.",
    considerations: patternConsiderations,
    citations: patternCitations,
    when: (a) =>
      hasDarkening(a) && matchesPattern(a) && otherCauses(a).length === 0
        ? darkeningTriggers(a)
        : null,
  },
  {
    id: "skin.possible-kratom-pattern",
    domain: "skin",
    severity: "moderate",
    title:
      "Pattern possibly consistent with kratom-associated hyperpigmentation; onset unknown or within a year",
    why: "New grey-blue darkening on sun-exposed skin, with no other cause of pigmentation reported, matches the sites and colour of the few published cases in long-term kratom users. It began within a year of starting kratom, or when is unknown, while the reported cases followed years of use, so it is read as possibly consistent, not as different; incidence, dose threshold and course are unknown.",
    considerations: [
      "Consider asking when the darkening started relative to starting kratom; in the published cases it followed years of use.",
      ...patternConsiderations,
    ],
    citations: patternCitations,
    when: (a) =>
      hasDarkening(a) && possiblyPattern(a) && otherCauses(a).length === 0
        ? darkeningTriggers(a)
        : null,
  },
  {
    id: "skin.other-causes",
    domain: "skin",
    severity: "moderate",
    title: "New skin darkening with other possible causes to weigh",
    why: "New skin darkening is present together with exposure to a known cause of drug-induced or metal-related pigmentation. Several of these give a similar grey-blue colour on sun-exposed skin, so kratom cannot be assumed to be the cause.",
    considerations: [
      "Consider the usual differential: medicines such as minocycline, amiodarone and antimalarials, heavy metals, and systemic causes such as Addison disease.",
      "Consider examining nails, gums, mucosa and sclerae, which some other causes involve.",
      "May warrant dermatology review and a biopsy to identify the pigment.",
      reversibilityUnknown,
    ],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "The differential comes from dermatology reviews and reference texts; no study compared it with kratom.",
      },
    },
    citations: cite("hyperpigmentation#differential", "hyperpigmentation#presentation"),
    when: (a) => {
      const causes = otherCauses(a);
      return hasDarkening(a) && causes.length > 0 ? [...darkeningTriggers(a), ...causes] : null;
    },
  },
  {
    id: "skin.atypical-darkening",
    domain: "skin",
    severity: "low",
    title: "New skin darkening not matching the reported kratom pattern",
    why: "New skin darkening is present, but its sites, colour or onset differ from the grey-blue, sun-exposed pattern described in kratom users. Darkening that differs can still be related to kratom: the published cases are few.",
    considerations: [
      "Consider the usual differential of acquired hyperpigmentation, including medicines, metals and systemic disease.",
      photoprotection,
    ],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "The differential comes from dermatology reviews and reference texts; no study compared it with kratom.",
      },
    },
    citations: cite("hyperpigmentation#differential", "hyperpigmentation#sites-and-colour"),
    when: (a) =>
      hasDarkening(a) && !matchesPattern(a) && !possiblyPattern(a) && otherCauses(a).length === 0
        ? darkeningTriggers(a)
        : null,
  },
  {
    id: "skin.other-causes-not-asked",
    domain: "skin",
    severity: "info",
    title: "Other causes of pigmentation not asked",
    why: "New skin darkening is present but exposure to other causes of pigmentation was not asked, so the differential is incomplete.",
    considerations: ["Consider asking about minocycline, amiodarone, antimalarials and metals."],
    basis: {
      atMost: {
        tier: "expert-opinion",
        because:
          "The differential comes from dermatology reviews and reference texts; no study compared it with kratom.",
      },
    },
    citations: cite("hyperpigmentation#differential"),
    when: (a) =>
      hasDarkening(a) && a.skin.otherCauses.includes("unknown")
        ? ifAny([chose("skin.otherCauses", o.pigmentationCauses, "unknown")])
        : null,
  },
];
