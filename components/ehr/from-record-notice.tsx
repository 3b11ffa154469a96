import { confirmPrefillAction } from "@/lib/actions/ehr-actions";
import type { SessionUser } from "@/lib/auth/session";
import { ageBands, sexes } from "@/lib/checklist/options";
import { anyEhrRegistered } from "@/lib/dal/ehr-connections";
import { launchForDraft } from "@/lib/dal/ehr-launches";
import { medicationById } from "@/lib/medications";
import { ActionButton } from "./action-button";

const label = (list: readonly { value: string; label: string }[], value?: string) =>
  list.find((o) => o.value === value)?.label;

/**
 * Above every step of a draft opened from an EHR: which answers came from the record (marked
 * "from the record" until the clinician confirms them), which medicines the record lists that
 * the app did not recognise, and what could not be read. Nothing (and no query) without an EHR.
 */
export async function FromRecordNotice({ user, draftId }: { user: SessionUser; draftId: string }) {
  if (!(await anyEhrRegistered())) return null;
  const launch = await launchForDraft(user, draftId);
  if (!launch) return null;
  const { prefill, confirmedAt } = launch;
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
        {confirmedAt
          ? "From the record, confirmed by you"
          : "From the record: check these with the patient"}
      </h2>
      {facts.length > 0 && (
        <ul className="list-disc pl-6">
          {facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
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
      {!confirmedAt && (
        <div className="mt-2">
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
