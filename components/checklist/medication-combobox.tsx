"use client";
import { useEffect, useId, useMemo, useState } from "react";
import { loadVocabulary, useVocabulary } from "./use-vocabulary";

interface Props {
  /** Ids already chosen; they are left out of the suggestions. */
  selected: string[];
  onSelect: (id: string) => void;
  /** Keeps the typed text as an unchecked free-text entry; offered as the last option. */
  onAddFreeText?: (text: string) => void;
  invalid?: boolean;
  describedBy?: string;
}

const MAX_OPTIONS = 8;

/**
 * Search the shipped vocabulary by generic, brand or other name. The ARIA 1.2 combobox pattern:
 * arrows move through options, Enter picks, Escape closes. Enter picks without moving only what
 * `defaultChoice` allows (the rule the free-text reading uses too): an exact name that is not a
 * brand family's, or the one name starting with what was typed. Otherwise Enter opens the list
 * and records nothing: a prefix, partial or approximate match may be a different medicine
 * ("hydro" starts hydrocodone and hydroxychloroquine), so it is labelled as what it is and must
 * be chosen with the arrow keys or the pointer. A word naming a group ("benzos") gets no
 * medicine suggestions. Adding the typed text as unchecked free text is always offered.
 */
export function MedicationCombobox({
  selected,
  onSelect,
  onAddFreeText,
  invalid,
  describedBy,
}: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  // Null until the clinician moves with the arrow keys; then the option they moved to.
  const [cursor, setCursor] = useState<number | null>(null);
  // Enter pressed before the vocabulary arrived (it loads after the page): kept, not lost.
  const [enterWaiting, setEnterWaiting] = useState(false);
  // Loaded when the search is first focused, not with the page.
  const vocabulary = useVocabulary(false);
  const typed = query.trim();
  const { results, defaultIndex, group, typedAs } = useMemo(() => {
    const none = { results: [], defaultIndex: -1, group: undefined, typedAs: undefined };
    if (!typed || !vocabulary) return none;
    // A group word gets no spelling guesses ("benzos" is not "benzonatate"), as in the free text.
    const group = vocabulary.medicineGroupNamed(typed);
    if (group) return { ...none, group };
    const all = vocabulary.searchMedications(typed, MAX_OPTIONS + selected.length);
    // Judged on the whole list: if the exact match is already picked, Enter must not fall
    // through to the next medicine.
    const choice = vocabulary.defaultChoice(all, typed);
    const shown = all.filter((r) => !selected.includes(r.medication.id)).slice(0, MAX_OPTIONS);
    return {
      results: shown,
      defaultIndex: choice ? shown.indexOf(choice) : -1,
      group: undefined,
      typedAs: vocabulary.typedProduct(all),
    };
  }, [typed, selected, vocabulary]);
  const freeTextIndex = onAddFreeText && typed && vocabulary ? results.length : -1;
  const optionCount = results.length + (freeTextIndex >= 0 ? 1 : 0);
  const active = cursor ?? defaultIndex;
  const expanded = open && typed.length > 0;
  const guessing = results.length > 0 && results[0].kind === "approximate";
  // Several results and none Enter may pick: the clinician must choose.
  const mustChoose = results.length > 0 && !guessing && defaultIndex < 0 && cursor === null;
  const chooseHint =
    results.length > 1
      ? "Several medicines match: choose one with the arrow keys or the pointer. Enter adds only an exact name."
      : "Not an exact name: if this is the medicine, choose it with the arrow keys or the pointer. Enter adds only an exact name.";

  function reset() {
    setQuery("");
    setCursor(null);
  }

  function pick(index: number) {
    if (index === freeTextIndex) {
      onAddFreeText?.(typed);
      reset();
      return;
    }
    const choice = results[index];
    if (!choice) return;
    onSelect(choice.medication.id);
    reset();
  }

  // The waiting Enter does what it would have done: pick only the one default choice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the vocabulary arrives
  useEffect(() => {
    if (!enterWaiting || !vocabulary) return;
    setEnterWaiting(false);
    if (defaultIndex >= 0) pick(defaultIndex);
  }, [enterWaiting, vocabulary]);

  function status(): string {
    if (!expanded) return "";
    if (!vocabulary) return "Loading the medicine list";
    if (group) {
      return `“${typed}” names a group of medicines (${group}), not one medicine. Type the name of the one the patient takes, or press the down arrow to add the text as free text, not checked.`;
    }
    if (results.length === 0) {
      return freeTextIndex >= 0
        ? "No medicine matches. Press the down arrow to add it as free text, not checked."
        : "No medicine matches.";
    }
    if (guessing) {
      return `No exact match. ${results.length} approximate suggestions, first: did you mean ${results[0].medication.generic}? Use the arrow keys to choose one, or add the text as free text.`;
    }
    const count = `${results.length} ${results.length === 1 ? "medicine matches" : "medicines match"}`;
    return defaultIndex >= 0
      ? `${count}, Enter adds ${results[defaultIndex].medication.generic}`
      : `${count}. ${chooseHint}`;
  }

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block font-medium">
        Search medicines by generic or brand name
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        maxLength={80}
        value={query}
        onChange={(e) => {
          loadVocabulary();
          setQuery(e.target.value);
          setOpen(true);
          setCursor(null);
          setEnterWaiting(false);
        }}
        onFocus={loadVocabulary}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            if (optionCount > 0) setCursor(Math.min(active + 1, optionCount - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            if (optionCount > 0) setCursor(Math.max(active - 1, 0));
          } else if (e.key === "Enter") {
            // Enter never submits the step from here; it picks only an option that is active,
            // and otherwise opens the list so the clinician can choose.
            if (typed) e.preventDefault();
            if (typed && !vocabulary) {
              setOpen(true);
              setEnterWaiting(true);
            } else if (!expanded) setOpen(true);
            else if (active >= 0) pick(active);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${invalid ? "border-red-700" : "border-slate-500"}`}
      />
      {expanded && group && (
        <p className="mt-1 text-sm font-medium text-slate-800">
          “{typed}” names a group of medicines ({group}), not one medicine: type the name of the one
          the patient takes.
        </p>
      )}
      {expanded && mustChoose && <p className="mt-1 text-sm text-slate-800">{chooseHint}</p>}
      {expanded && guessing && (
        <p className="mt-1 text-sm font-medium text-slate-800">
          No exact match: the suggestions are approximate. Check the spelling before adding one.
        </p>
      )}
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching medicines"
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-400 bg-white shadow-lg"
      >
        {results.map((r, index) => {
          const { main, note } = vocabulary
            ? vocabulary.optionLabel(r, typed, typedAs)
            : { main: r.medication.generic, note: "" };
          const current = index === active;
          return (
            <div
              key={r.medication.id}
              tabIndex={-1}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={current}
              data-match={r.kind}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(index);
              }}
              className={`cursor-pointer px-3 py-2 ${current ? "bg-blue-700 text-white" : ""} ${r.kind === "approximate" ? "italic" : ""}`}
            >
              {main}
              <span className={`ml-2 text-sm ${current ? "text-white" : "text-slate-700"}`}>
                ({note})
              </span>
            </div>
          );
        })}
        {freeTextIndex >= 0 && (
          <div
            tabIndex={-1}
            id={`${id}-opt-${freeTextIndex}`}
            role="option"
            aria-selected={active === freeTextIndex}
            data-match="free-text"
            onMouseDown={(e) => {
              e.preventDefault();
              pick(freeTextIndex);
            }}
            className={`cursor-pointer border-t border-slate-300 px-3 py-2 ${active === freeTextIndex ? "bg-blue-700 text-white" : ""}`}
          >
            Add “{typed}” as free text (not checked for interactions)
          </div>
        )}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {status()}
      </p>
      {expanded && vocabulary && results.length === 0 && !group && (
        <p className="mt-1 text-sm text-slate-700">
          No medicine matches. Add it as free text; it will be marked as not checked.
        </p>
      )}
    </div>
  );
}
