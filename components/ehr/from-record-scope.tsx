import type { ReactNode } from "react";
import { confirmPrefillAction } from "@/lib/actions/ehr-actions";
import type { SessionUser } from "@/lib/auth/session";
import type { DraftAnswers } from "@/lib/checklist/draft";
import { ageBands, sexes } from "@/lib/checklist/options";
import { anyEhrRegistered } from "@/lib/dal/ehr-connections";
import { launchForDraft } from "@/lib/dal/ehr-launches";
import type { PrefillRecord } from "@/lib/fhir/prefill-answers";
import { prefilledFields, unconfirmedFields } from "@/lib/fhir/prefill-confirmation";
import { medicationById } from "@/lib/medications";
import { ActionButton } from "./action-button";
import { FromRecordMarksProvider } from "./from-record-marks";

const label = (list: readonly { value: string; label: string }[], value?: string) =>
  list.find((o) => o.value === value)?.label;

/**
 * Around the steps of a draft opened from an EHR: the notice above them, and the per-field
 * "From the record" marks inside them (from-record-marks.tsx). A draft started by hand, or any
 * draft when no EHR is registered (no query then), renders its steps alone.
 */
export async function FromRecordScope({
  user,
  draftId,
  answers,
  children,
}: {
  user: SessionUser;
  draftId: string;
  /** The saved answers: an answer already changed counts as the clinician's own. */
  answers: DraftAnswers;
  children: ReactNode;
}) {
  if (!(await anyEhrRegistered())) return children;
  const launch = await launchForDraft(user, draftId);
  if (!launch) return children;
  const { prefill, confirmedAt } = launch;
  const left = unconfirmedFields(prefill, answers, confirmedAt);
  return (
    <>
      <FromRecordNotice draftId={draftId} prefill={prefill} allConfirmed={left.length === 0} />
      <FromRecordMarksProvider
        draftId={draftId}
        fields={confirmedAt ? [] : prefilledFields(prefill)}
        confirmed={prefill.confirmed ?? []}
      >
        {children}
      </FromRecordMarksProvider>
    </>
  );
}

/** Up to this many prefilled answers are listed open above the steps; more fold into a list. */
const SHOWN_OPEN = 6;

const FactList = ({ facts }: { facts: string[] }) => (
  <ul className="list-disc pl-6">
    {facts.map((f) => (
      <li key={f}>{f}</li>
    ))}
  </ul>
);

/**
 * Above every step: which answers came from the record (each also marked beside its question
 * until confirmed), which medicines the record lists that the app did not recognise, and what
 * could not be read; "confirm all" while any prefilled answer is unconfirmed.
 */
function FromRecordNotice({
  draftId,
  prefill,
  allConfirmed,
}: {
  draftId: string;
  prefill: PrefillRecord;
  allConfirmed: boolean;
}) {
  const facts = [
    prefill.ageBand && `Age band: ${label(ageBands, prefill.ageBand)}`,
    prefill.sex && `Sex: ${label(sexes, prefill.sex)}`,
    ...prefill.recognised.map(
      (m) =>
        `Medicine: ${medicationById(m.medicationId)?.generic ?? m.medicationId} (record: “${m.text}”${m.by === "rxnorm" ? ", RxNorm code" : ""})`,
    ),
  ].filter((f): f is string => Boolean(f));
  return (
    <section
      aria-labelledby="from-record-heading"
      className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3"
    >
      <h2 id="from-record-heading" className="font-semibold">
        {allConfirmed
          ? "From the record, confirmed by you"
          : "From the record: check these with the patient"}
      </h2>
      {facts.length > 0 && facts.length <= SHOWN_OPEN && <FactList facts={facts} />}
      {facts.length > SHOWN_OPEN && (
        // A long record (30 medicines) would push every step's first question a screen down;
        // each answer carries its own mark beside its question, so the list can wait here.
        <details className="mt-1">
          <summary className="cursor-pointer">
            {facts.length} answers from the record ({prefill.recognised.length} medicines): show the
            list
          </summary>
          <FactList facts={facts} />
        </details>
      )}
      {prefill.unrecognised.length > 0 && (
        <>
          <p className="mt-2">
            From the record, not recognised (in “Other medicines”, unchecked until you pick the
            medicine):
          </p>
          <ul className="list-disc pl-6">
            {prefill.unrecognised.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      {prefill.problems.length > 0 && (
        <>
          <p className="mt-2">Not read from the record (answer these by hand):</p>
          <ul className="list-disc pl-6">
            {prefill.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {!allConfirmed && (
        <div className="mt-2">
          <p>
            Each answer from the record is marked “From the record” beside its question until you
            confirm it or change it; the assessment cannot be submitted before.
          </p>
          <ActionButton
            label="I have checked these with the patient"
            pendingLabel="Saving…"
            run={confirmPrefillAction.bind(null, { draftId })}
          />
        </div>
      )}
    </section>
  );
}
