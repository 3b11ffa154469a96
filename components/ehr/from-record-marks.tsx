"use client";
import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useRef, useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { unreachable } from "@/components/ui/unreachable";
import { confirmPrefillAction } from "@/lib/actions/ehr-actions";
import { medicineKey, type PrefilledField } from "@/lib/fhir/prefill-confirmation";

/**
 * The per-field "From the record" marks of a draft opened from an EHR: each prefilled answer is
 * marked beside its question until the clinician confirms it (the mark's button) or changes it
 * (lib/fhir/prefill-confirmation.ts decides both here and at submit). No provider, no marks:
 * a draft started by hand renders exactly as before.
 */
interface MarksValue {
  draftId: string;
  fields: PrefilledField[];
  confirmed: ReadonlySet<string>;
  confirmedNow: (key: string, label: string) => void;
}
const Marks = createContext<MarksValue | null>(null);

export function FromRecordMarksProvider(props: {
  draftId: string;
  fields: PrefilledField[];
  confirmed: string[];
  children: ReactNode;
}) {
  const [local, setLocal] = useState<string[]>([]);
  const [announced, setAnnounced] = useState("");
  const value: MarksValue = {
    draftId: props.draftId,
    fields: props.fields,
    confirmed: new Set([...props.confirmed, ...local]),
    confirmedNow: (key, label) => {
      setLocal((keys) => [...keys, key]);
      setAnnounced(`${label}: confirmed.`);
    },
  };
  return (
    <Marks.Provider value={value}>
      {props.children}
      <p role="status" className="sr-only">
        {announced}
      </p>
    </Marks.Provider>
  );
}

const markId = (key: string) => `from-record-${key.replace(/[^A-Za-z0-9-]/g, "-")}`;
type Mark = { id?: string; node: ReactNode };
const none: Mark = { node: null };

function markFor(ctx: MarksValue | null, key: string, label: string, shown: boolean): Mark {
  const field = ctx?.fields.find((f) => f.key === key);
  if (!ctx || !field || !shown || ctx.confirmed.has(key)) return none;
  return { id: markId(key), node: <FromRecordMark ctx={ctx} field={field} label={label} /> };
}

/** A one-answer question's mark: shown while its answer is still the record's, unconfirmed. */
export function useRecordMark(name: string, label: string): Mark {
  const ctx = useContext(Marks);
  const value = useWatch({ name });
  const field = ctx?.fields.find((f) => f.key === name);
  return markFor(ctx, name, label, field !== undefined && value === field.value);
}

/** The medicine list's marks: a chip on the list is still an answer, so only confirmation counts. */
export function useRecordMedicineMarks(): (medicationId: string, label: string) => Mark {
  const ctx = useContext(Marks);
  return (id, label) => markFor(ctx, medicineKey(id), label, true);
}

function FromRecordMark({
  ctx,
  field,
  label,
}: {
  ctx: MarksValue;
  field: PrefilledField;
  label: string;
}) {
  const router = useRouter();
  const ref = useRef<HTMLSpanElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState("");
  const id = markId(field.key);
  const confirm = () =>
    startTransition(async () => {
      setError("");
      const result =
        (await confirmPrefillAction({ draftId: ctx.draftId, fields: [field.key] }).catch(
          () => unreachable,
        )) ?? unreachable;
      if (!result.ok) {
        setError(result.formError ?? "Not saved: try again.");
        return;
      }
      // The button goes away: keep the keyboard on the field (its answer, or the chip's remove).
      const home = ref.current?.closest("fieldset, li");
      home?.querySelector<HTMLElement>('input:checked, button[aria-label^="Remove"]')?.focus();
      ctx.confirmedNow(field.key, label);
      router.refresh(); // the notice above the steps recounts what is left to confirm
    });
  return (
    <span ref={ref} className="mx-2 inline-flex flex-wrap items-center gap-2 align-middle">
      <span
        id={id}
        className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-950"
      >
        From the record<span className="sr-only">, not confirmed yet</span>
      </span>
      <button
        type="button"
        onClick={confirm}
        disabled={pending}
        aria-describedby={id}
        className="min-h-8 rounded px-2 text-sm text-blue-800 underline hover:bg-slate-100"
      >
        {pending ? "Saving…" : "Confirm"}
        <span className="sr-only"> {label}</span>
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
