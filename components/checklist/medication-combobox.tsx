"use client";
import { useId, useMemo, useState } from "react";
import { useVocabulary } from "./use-vocabulary";

interface Props {
  /** Ids already chosen; they are left out of the suggestions. */
  selected: string[];
  onSelect: (id: string) => void;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * Search the shipped vocabulary by generic or brand name (tolerant of case and small typos).
 * The ARIA 1.2 combobox pattern: arrows move through options, Enter picks, Escape closes.
 */
export function MedicationCombobox({ selected, onSelect, invalid, describedBy }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const vocabulary = useVocabulary();
  const results = useMemo(
    () =>
      query.trim() && vocabulary
        ? vocabulary
            .searchMedications(query, 12)
            .filter((r) => !selected.includes(r.medication.id))
            .slice(0, 8)
        : [],
    [query, selected, vocabulary],
  );
  const expanded = open && query.trim().length > 0;

  function pick(index: number) {
    const choice = results[index];
    if (!choice) return;
    onSelect(choice.medication.id);
    setQuery("");
    setActive(0);
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
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        maxLength={80}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            // Enter picks a suggestion instead of submitting the step.
            if (expanded && results.length > 0) {
              e.preventDefault();
              pick(active);
            }
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${invalid ? "border-red-700" : "border-slate-500"}`}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching medicines"
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-400 bg-white shadow-lg"
      >
        {results.map((r, index) => (
          <div
            key={r.medication.id}
            tabIndex={-1}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(index);
            }}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-blue-700 text-white" : ""}`}
          >
            {r.medication.generic}
            {r.matched.toLowerCase() !== r.medication.generic.toLowerCase() && (
              <span> ({r.matched})</span>
            )}
          </div>
        ))}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {expanded && !vocabulary
          ? "Loading the medicine list"
          : expanded
            ? results.length
              ? `${results.length} medicines match`
              : "No medicine matches: add it as free text below"
            : ""}
      </p>
      {expanded && vocabulary && results.length === 0 && (
        <p className="mt-1 text-sm text-slate-700">
          No medicine matches. Add it under “Other medicines” below; it will be marked as not
          checked.
        </p>
      )}
    </div>
  );
}
