"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Print, copy for the EHR note, and FHIR downloads. The note is not in the page: it is fetched
 * when Copy is pressed (dated in this browser's time zone), so the page ships no text report.
 * Printing leaves the details out unless asked for; when they are included every collapsed
 * finding is opened for the print and closed again after.
 */
export function SummaryActions({ assessmentId }: { assessmentId: string }) {
  const [status, setStatus] = useState("");
  const [withDetails, setWithDetails] = useState(false);

  useEffect(() => {
    document.documentElement.classList.toggle("print-details", withDetails);
    if (!withDetails) return;
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("main details:not([open])")];
      for (const d of opened) d.open = true;
    };
    const close = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", close);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", close);
    };
  }, [withDetails]);

  async function copy() {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const url = `/api/assessments/${assessmentId}/text?tz=${encodeURIComponent(timeZone)}`;
    const note = fetch(url, { cache: "no-store" }).then(async (r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.text();
    });
    try {
      // A ClipboardItem built from the pending fetch keeps the click's permission in Safari.
      if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
        const blob = note.then((t) => new Blob([t], { type: "text/plain" }));
        await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
      } else {
        await navigator.clipboard.writeText(await note);
      }
      setStatus("Summary copied as a note for the patient's record.");
    } catch {
      setStatus("Copy did not work: check your connection, or use Print instead.");
    }
  }

  return (
    <div className="no-print flex flex-wrap items-center gap-x-3 gap-y-2">
      <Button variant="secondary" onClick={copy}>
        Copy as text
      </Button>
      <Button variant="secondary" onClick={() => window.print()}>
        Print
      </Button>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          className="size-5"
          checked={withDetails}
          onChange={(e) => setWithDetails(e.target.checked)}
        />
        Include details when printing
      </label>
      <a
        className="text-blue-800 underline"
        href={`/api/assessments/${assessmentId}/fhir`}
        download
      >
        FHIR QuestionnaireResponse
      </a>
      <a className="text-blue-800 underline" href="/api/fhir/questionnaire" download>
        FHIR Questionnaire
      </a>
      <p role="status" aria-live="polite" className="w-full text-sm text-slate-700 empty:hidden">
        {status}
      </p>
    </div>
  );
}
