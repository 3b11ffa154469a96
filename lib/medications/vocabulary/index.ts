import type { Medication } from "../types";
import { allergyAndMuscle } from "./allergy-muscle";
import { analgesics } from "./analgesics";
import { antiInfectives } from "./anti-infectives";
import { antidepressants } from "./antidepressants";
import { antipsychotics } from "./antipsychotics";
import { cardiovascular } from "./cardiovascular";
import { cardiovascularOther } from "./cardiovascular-other";
import { endocrine } from "./endocrine";
import { gastro } from "./gastro";
import { neurology } from "./neurology";
import { oncologyTransplant } from "./oncology-transplant";
import { opioids } from "./opioids";
import { other } from "./other";
import { respiratoryUrology } from "./respiratory-urology";
import { rheumatology } from "./rheumatology";
import { sedatives } from "./sedatives";
import { stimulants } from "./stimulants";

export { otherNames } from "./other-names";

/**
 * The whole vocabulary, frozen: it is shared by the form, the rules and the aggregates, and a
 * stray mutation in one would silently change the others.
 */
export const vocabulary: readonly Medication[] = Object.freeze(
  [
    ...opioids,
    ...sedatives,
    ...allergyAndMuscle,
    ...antidepressants,
    ...antipsychotics,
    ...analgesics,
    ...rheumatology,
    ...neurology,
    ...stimulants,
    ...cardiovascular,
    ...cardiovascularOther,
    ...antiInfectives,
    ...oncologyTransplant,
    ...endocrine,
    ...gastro,
    ...respiratoryUrology,
    ...other,
  ].map((m) =>
    Object.freeze({
      ...m,
      brands: Object.freeze(m.brands),
      classes: Object.freeze(m.classes),
    } as Medication),
  ),
);
