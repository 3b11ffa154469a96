/**
 * A reference as a bibliography entry. The evidence file records what was not visible where a
 * source was seen ("(Authors/year not shown.)", "(journal/year not shown on page)"): useful to
 * the people who keep the file, noise to a clinician. Those notes are dropped at render time, so
 * a missing field is simply absent; the reference data itself stays as the file has it.
 */
const NOTE = String.raw`\((?:[^()]|\([^()]*\))*\bnot shown\b(?:[^()]|\([^()]*\))*\)`;
/** A leading note ends with its own full stop; elsewhere the stop after it ends the sentence. */
const LEADING_NOTE = new RegExp(String.raw`^\s*${NOTE}\.?\s*`, "i");
const INNER_NOTE = new RegExp(String.raw`\s*${NOTE}`, "gi");

export function bibliographyText(citation: string): string {
  return citation
    .replace(LEADING_NOTE, "")
    .replace(INNER_NOTE, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([.,;])/g, "$1")
    .replace(/^[\s.;,]+/, "")
    .trim();
}

/** What the bibliography says beside a reference's link, when the address needs a word. */
export function sourceNote(reference: { addressBuiltFromDoi?: true }): string | undefined {
  return reference.addressBuiltFromDoi
    ? "address built from the DOI, not looked up: the source was seen as an excerpt"
    : undefined;
}
