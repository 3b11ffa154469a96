import { normalizeName } from "./normalize";
import { isExactMatch, type MedicationMatch } from "./search";
import type { Medication } from "./types";

/** What one search result says about itself in the suggestion list. */
export interface OptionLabel {
  main: string;
  note: string;
}

const NIGHT = /(^| )(pm|night|nighttime|nite|sleep|sleepgels)( |$)/;

const ingredients = (m: Medication) => m.generic.split("/").map((i) => i.trim());

function list(items: string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * How a product differs from the one the typed name is ("Excedrin" -> plain Excedrin): what it
 * adds ("night-time, contains diphenhydramine") or, when it adds nothing, what it lacks. With
 * no product typed, a combination lists what it contains. Empty when there is nothing to say.
 */
export function productDifference(match: MedicationMatch, typed?: Medication): string {
  const night = NIGHT.test(normalizeName(match.matched)) ? ["night-time"] : [];
  const own = ingredients(match.medication);
  if (!typed) return [...night, ...(own.length > 1 ? [`contains ${list(own)}`] : [])].join(", ");
  const base = ingredients(typed);
  // A single medicine under its own generic name already says what it contains.
  const added = own.filter((i) => !base.includes(i) && i !== match.matched);
  const missing = base.filter((i) => !own.includes(i));
  const change = added.length
    ? [`contains ${list(added)}`]
    : missing.length
      ? [`without ${list(missing)}`]
      : [];
  return [...night, ...change].join(", ");
}

/**
 * The medicine the typed text names exactly, if any: the product other results are told apart
 * from. A brand family's name counts ("Excedrin" is plain Excedrin).
 */
export function typedProduct(results: readonly MedicationMatch[]): Medication | undefined {
  const top = results[0];
  return top && isExactMatch(top) ? top.medication : undefined;
}

/**
 * The words of one option, so a guess never looks like a match and a different product never
 * looks like the one typed: "Excedrin PM — night-time, contains diphenhydramine" with "a
 * different product: acetaminophen/diphenhydramine", never "start of Excedrin PM".
 */
export function optionLabel(
  match: MedicationMatch,
  typedText: string,
  typed?: Medication,
): OptionLabel {
  const name = match.medication.generic;
  switch (match.kind) {
    case "generic":
      return { main: name, note: "generic name" };
    case "brand":
      return { main: name, note: `brand ${match.matched}` };
    case "other-name":
      return { main: name, note: `also called ${match.matched}` };
    case "prefix":
    case "partial": {
      const head = match.matched === name ? name : match.matched;
      const diff = productDifference(match, typed);
      const how = typed
        ? "a different product"
        : match.kind === "prefix"
          ? `name starts with “${typedText}”`
          : `name contains “${typedText}”`;
      return {
        main: diff ? `${head} — ${diff}` : head,
        note: head === name ? how : `${how}: ${name}`,
      };
    }
    case "approximate":
      return {
        main: `Did you mean ${name}${match.matched === name ? "" : ` (${match.matched})`}?`,
        note: "approximate, check the spelling",
      };
  }
}
