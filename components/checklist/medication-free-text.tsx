"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { FreeTextReading, MedicationMatch } from "@/lib/medications";
import { useVocabulary } from "./use-vocabulary";

interface Props {
  /** The "other medicines" free text as typed. */
  text: string;
  /** Ids already picked. */
  picked: string[];
  /** Moves one entry into the picked medicines (or only out of the text, if already picked). */
  onAdd: (reading: FreeTextReading & { status: "recognised" | "suggested" }) => void;
}

// Long enough that a screen reader is not interrupted at every keystroke.
const ANNOUNCE_DELAY_MS = 900;

function summary(readings: FreeTextReading[]): string {
  if (readings.length === 0) return "";
  const count = (s: FreeTextReading["status"]) => readings.filter((r) => r.status === s).length;
  const parts = [
    `${count("recognised")} recognised`,
    count("suggested") ? `${count("suggested")} with a suggestion` : "",
    count("several") ? `${count("several")} naming several products` : "",
    count("group") ? `${count("group")} naming a group of medicines` : "",
    `${count("unrecognised")} not recognised`,
  ].filter(Boolean);
  return `Free text: ${readings.length} ${readings.length === 1 ? "entry" : "entries"}, ${parts.join(", ")}.`;
}

/**
 * Reads the free text as it is typed, entry by entry (comma, semicolon or new line): an exact
 * generic, brand or other name is "recognised" and can be added to the picked medicines with
 * one button; a partial or approximate match is only offered as a question; anything else
 * stays free text, not checked. Nothing is ever added without the clinician pressing a button.
 */
export function MedicationFreeText({ text, picked, onAdd }: Props) {
  const vocabulary = useVocabulary(text.trim() !== "");
  const readings = useMemo(
    () => (vocabulary ? vocabulary.readFreeText(text) : []),
    [text, vocabulary],
  );
  const [announcement, setAnnouncement] = useState("");
  // What the last button did, said together with the new summary once the text has changed.
  const action = useRef("");
  const said = summary(readings);
  useEffect(() => {
    const message = action.current ? `${action.current} ${said}` : said;
    const timer = setTimeout(
      () => {
        action.current = "";
        setAnnouncement(message);
      },
      action.current ? 100 : ANNOUNCE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [said]);

  function add(reading: FreeTextReading & { status: "recognised" | "suggested" }) {
    const name = reading.match.medication.generic;
    action.current = picked.includes(reading.match.medication.id)
      ? `${name} was already picked; “${reading.text}” removed from the free text.`
      : `${name} added to the current medicines; “${reading.text}” removed from the free text.`;
    onAdd(reading);
  }

  return (
    <div className="mt-2">
      {readings.length > 0 && (
        <>
          <h3 className="text-sm font-semibold">Free text check</h3>
          <ul className="mt-1 space-y-1 text-sm" aria-label="Free text check">
            {readings.map((r) => (
              <li key={`${r.start}:${r.text}`} className="flex flex-wrap items-center gap-x-2">
                <span>“{r.text}”:</span>
                {r.status === "unrecognised" ? (
                  <span>not recognised — stays unchecked</span>
                ) : r.status === "several" ? (
                  <span>
                    several products carry this name ({products(r.matches)}) — search for the one
                    the patient takes; otherwise it stays unchecked
                  </span>
                ) : r.status === "group" ? (
                  <span>
                    names a group ({r.group}), not one medicine — search for the one the patient
                    takes; otherwise it stays unchecked
                  </span>
                ) : (
                  <Reading reading={r} picked={picked} onAdd={add} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** "acetaminophen (Tylenol); acetaminophen/diphenhydramine (Tylenol PM)". */
function products(matches: MedicationMatch[]): string {
  return matches
    .map(({ medication, matched }) =>
      matched === medication.generic ? matched : `${medication.generic} (${matched})`,
    )
    .join("; ");
}

function Reading({
  reading,
  picked,
  onAdd,
}: {
  reading: FreeTextReading & { status: "recognised" | "suggested" };
  picked: string[];
  onAdd: (reading: FreeTextReading & { status: "recognised" | "suggested" }) => void;
}) {
  const { medication, matched } = reading.match;
  const already = picked.includes(medication.id);
  const button = (label: string, name: string) => (
    <button
      type="button"
      onClick={() => onAdd(reading)}
      aria-label={name}
      className="min-h-8 rounded-md border border-blue-700 px-2 font-medium text-blue-800 underline-offset-2 hover:bg-blue-50"
    >
      {label}
    </button>
  );
  if (reading.status === "recognised") {
    return already ? (
      <>
        <span>
          recognised as <strong>{medication.generic}</strong>, already in the current medicines —
        </span>
        {button("remove it from the free text", `Remove it from the free text: “${reading.text}”`)}
      </>
    ) : (
      <>
        <span>
          recognised as <strong>{medication.generic}</strong> —
        </span>
        {button("add it", `Add it: ${medication.generic}, recognised from “${reading.text}”`)}
      </>
    );
  }
  const shown =
    matched === medication.generic ? medication.generic : `${medication.generic} (${matched})`;
  return (
    <>
      <span>
        not recognised — did you mean <strong>{shown}</strong>?
      </span>
      {already
        ? button("remove it from the free text", `Remove it from the free text: “${reading.text}”`)
        : button("add it", `Add it: ${medication.generic}, suggested for “${reading.text}”`)}
      <span>Otherwise it stays unchecked.</span>
    </>
  );
}
