/**
 * The words of a medicine query that say how much, how often, in which form or salt, never which
 * medicine: "Klonopin 1 mg at night", "oxycodone HCl ER 10 mg tablets". The search drops them
 * only when the whole text matches no name.
 */
const words = (list: string) => new Set(list.split(" "));

/** Words that say how much or how often, never which medicine (numbers are dropped too). */
const DOSE_WORDS = words(
  "mg mcg ug g ml meq mmol units iu once twice one two three four times daily day days week " +
    "weeks weekly month months monthly nightly hourly hours every per needed required bd bid tds tid qds qid od prn mane nocte qd " +
    "qam qpm qhs hs qod q stat po puff puffs",
);

/**
 * How prescriptions and clinicians write when and how a medicine is taken: "at night", "three
 * times a day", "as needed", "tablet(s)". Dropped as whole phrases, never word by word: "night"
 * alone is part of a product's name ("Panadol Night" adds diphenhydramine), and "a" alone is a
 * vitamin.
 */
const SIG_PHRASES = new RegExp(
  `(^| )(${[
    "(at|every|each) (night|bedtime|noon|lunch ?time)",
    "before (bed|bedtime|sleep)",
    "(in|every|each) the (morning|evening|afternoon)",
    "(every|each|in the|a|per|once a|twice a) (morning|evening|day|week|month|fortnight)",
    "(every|each) other (day|night|week)",
    "(once|twice|one|two|three|four|[0-9]+) times? (a|per|each|every) (day|week|month)",
    "(once|twice) (daily|weekly|monthly|nightly)",
    "(as|when|if) (needed|required|necessary)",
    "(with|after|before) (food|meals?|breakfast|lunch|dinner|supper)",
    // What it is taken for, when the sig says so: "prn pain", "for sleep".
    "(prn|for|as needed for) (pain|anxiety|sleep|insomnia|nausea|itch|itching|cough|allergies)",
    "by mouth",
  ].join("|")})(?= |$)`,
  "g",
);

// "tablet(s)" reads "tablet s" once normalised; the form word itself stays for the form step,
// where it still tells "diclofenac patch" (topical) from diclofenac tablets.
const PLURAL_MARK = /(^| )(tablet|capsule|puff|patch|drop|tab|cap) s(?= |$)/g;

/** The query without its sig phrases ("klonopin 1 mg at night" -> "klonopin 1 mg"). */
export function withoutSig(q: string): string {
  // Twice: a phrase's trailing space is consumed, so a phrase right after another needs a pass.
  return q
    .replace(PLURAL_MARK, "$1$2")
    .replace(SIG_PHRASES, " ")
    .replace(SIG_PHRASES, " ")
    .replace(/ +/g, " ")
    .trim();
}

/**
 * Words that say which salt, how a medicine is released or given, never which medicine it is.
 * Words that do change the medicine ("Plus", "PM", "Night", "DM", "AC", "gel", "cream") are not
 * here: "Nurofen Plus" is ibuprofen with codeine and "Advil PM" adds diphenhydramine, and a gel
 * is listed apart from the tablets. Nor is "a": "vitamin a" must not become "vitamin". Nor are
 * calcium and magnesium, which are medicines themselves.
 */
const FORM_WORDS = words(
  "er xr sr cr xl la mr cd odt dr ec ir pr ds retard continus extended release modified prolonged " +
    "immediate delayed tablet tablets tab tabs capsule capsules cap caps film films patch patches " +
    "injection injections injectable syrup elixir linctus solution liquid suspension drops oral sublingual " +
    "buccal nasal spray lozenge inhaler sulfate sulphate hydrochloride hcl hydrobromide tartrate " +
    "bitartrate phosphate citrate maleate mesylate besylate succinate fumarate acetate sodium " +
    "potassium",
);

/** Dosing intervals as prescriptions write them: q4h, q6h, q12h, q1d (normalised, lower case). */
const INTERVAL = /^(q\d+[hdw]|x\d+)$/;
const isNumber = (w: string) => /^\d/.test(w);
/** A dose or sig word that is not a number ("mg", "bd", "q6h"): numbers may belong to a name. */
export const isDoseTerm = (w: string) => DOSE_WORDS.has(w) || INTERVAL.test(w);
export const isDoseWord = (w: string) => isDoseTerm(w) || isNumber(w);
export const isFormWord = (w: string) => FORM_WORDS.has(w) || isNumber(w);

/**
 * A word of a product's name that does not make it another product: a form, release or salt word
 * ("Toprol XL" is Toprol), a number, or "with"/"and". "PM", "Plus", "Gel" or "HCT" do.
 */
export const isSameProductWord = (w: string) => isFormWord(w) || w === "with" || w === "and";

/**
 * The query without the words `drop` says ("oxycodone er 10 mg" without dose words ->
 * "oxycodone er"). A number that starts the query stays: it is part of the name ("5-ASA" is
 * mesalamine; without its 5 it would read as ASA, aspirin).
 */
export function without(q: string, drop: (word: string) => boolean): string {
  return q
    .split(" ")
    .filter((w, i) => !drop(w) || (i === 0 && isNumber(w)))
    .join(" ");
}
