import { antagonistClasses } from "./classes/antagonists";
import { cnsClasses } from "./classes/cns";
import { enzymeClasses } from "./classes/enzymes";
import { opioidClasses } from "./classes/opioids";
import { organClasses } from "./classes/organs";
import { psychotropicClasses } from "./classes/psychotropic";
import { type InteractionClass, interactionClassIds } from "./types";

export { citable } from "./classes/cite";

/**
 * Every interaction class, in the order of `interactionClassIds` (the order findings are shown).
 * Mechanisms and considerations rest only on the cited evidence parts; where there are no
 * kratom-specific data the text says so and `basis` keeps the derived tier at what it says.
 */
const byId = new Map(
  [
    ...opioidClasses,
    ...antagonistClasses,
    ...cnsClasses,
    ...psychotropicClasses,
    ...enzymeClasses,
    ...organClasses,
  ].map((c) => [c.id, c]),
);

export const interactionClasses: readonly InteractionClass[] = Object.freeze(
  interactionClassIds.map((id) => {
    const c = byId.get(id);
    // Fails at module load, so a class added to the id list without text cannot ship.
    if (!c) throw new Error(`Interaction class "${id}" has no definition`);
    return Object.freeze(c);
  }),
);
