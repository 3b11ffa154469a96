import type { Medication } from "../types";
import { allergyAndMuscle } from "./allergy-muscle";
import { analgesics } from "./analgesics";
import { antiInfectives } from "./anti-infectives";
import { anticoagulants } from "./anticoagulants";
import { antidepressants } from "./antidepressants";
import { antipsychotics } from "./antipsychotics";
import { barbiturateCombinations } from "./barbiturate-combinations";
import { cardiovascular } from "./cardiovascular";
import { cardiovascularOther } from "./cardiovascular-other";
import { commonlyPrescribed } from "./commonly-prescribed";
import { endocrine } from "./endocrine";
import { gastro } from "./gastro";
import { neurology } from "./neurology";
import { oncologyTransplant } from "./oncology-transplant";
import { opioidCombinations } from "./opioid-combinations";
import { opioids } from "./opioids";
import { otcBrandFamilies } from "./otc-brand-families";
import { otcSleepCold } from "./otc-sleep-cold";
import { other } from "./other";
import { respiratoryUrology } from "./respiratory-urology";
import { rheumatology } from "./rheumatology";
import { rheumatologyBiologics } from "./rheumatology-biologics";
import { sedatives } from "./sedatives";
import { soundAlikes } from "./sound-alikes";
import { stimulants } from "./stimulants";
import { supplements } from "./supplements";
import { topicalNsaids } from "./topical-nsaids";

export { otherNames } from "./other-names";

/**
 * The whole vocabulary, frozen: it is shared by the form, the rules and the aggregates, and a
 * stray mutation in one would silently change the others.
 */
export const vocabulary: readonly Medication[] = Object.freeze(
  [
    ...opioids,
    ...opioidCombinations,
    ...sedatives,
    ...barbiturateCombinations,
    ...otcSleepCold,
    ...otcBrandFamilies,
    ...allergyAndMuscle,
    ...antidepressants,
    ...antipsychotics,
    ...analgesics,
    ...topicalNsaids,
    ...rheumatology,
    ...rheumatologyBiologics,
    ...neurology,
    ...stimulants,
    ...cardiovascular,
    ...cardiovascularOther,
    ...anticoagulants,
    ...antiInfectives,
    ...oncologyTransplant,
    ...endocrine,
    ...gastro,
    ...respiratoryUrology,
    ...other,
    ...supplements,
    ...soundAlikes,
    ...commonlyPrescribed,
  ].map((m) =>
    Object.freeze({
      ...m,
      brands: Object.freeze(m.brands),
      classes: Object.freeze(m.classes),
    } as Medication),
  ),
);
