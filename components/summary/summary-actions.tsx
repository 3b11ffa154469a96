"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Print, copy for the EHR note, and FHIR downloads. */
export function SummaryActions({ text, assessmentId }: { text: string; assessmentId: string }) {
  const [copied, setCopied] = useState("");
  return (
    <div className="no-print flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => window.print()}>
        Print
      </Button>
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied("Summary copied as plain text.");
          } catch {
            setCopied("Copy was blocked by the browser: select the text below instead.");
          }
        }}
      >
        Copy as text
      </Button>
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
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {copied}
      </p>
    </div>
  );
}
