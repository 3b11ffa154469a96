import { writeBackAction } from "@/lib/actions/ehr-actions";
import type { SessionUser } from "@/lib/auth/session";
import { anyEhrRegistered, connectionById } from "@/lib/dal/ehr-connections";
import { launchForAssessment } from "@/lib/dal/ehr-launches";
import { ActionButton } from "./action-button";

/**
 * On the summary of an assessment opened from an EHR: what was written back, with the EHR's
 * resource ids, or why not and a button to (re)try. Nothing (and no query) without an EHR.
 */
export async function WriteBackPanel({
  user,
  assessmentId,
}: {
  user: SessionUser;
  assessmentId: string;
}) {
  if (!(await anyEhrRegistered())) return null;
  const launch = await launchForAssessment(user, assessmentId);
  if (!launch) return null;
  const connection = await connectionById(launch.connectionId);
  const result = launch.writeResult;
  const retry = (
    <ActionButton
      label={launch.writeStatus === "failed" ? "Try writing to the EHR again" : "Write to the EHR"}
      pendingLabel="Writing to the EHR…"
      run={writeBackAction.bind(null, { assessmentId })}
    />
  );
  return (
    <section
      aria-labelledby="ehr-write-heading"
      className="no-print mt-3 rounded-md border border-slate-300 bg-white p-3"
    >
      <h2 id="ehr-write-heading" className="font-semibold">
        In the EHR record{connection ? ` (${connection.name})` : ""}
      </h2>
      {launch.writeStatus === "written" && result ? (
        <>
          <p>Written to the patient's record:</p>
          <ul className="list-disc pl-6">
            {result.written.map((w) => (
              <li key={w.resourceType}>
                {w.resourceType === "DocumentReference" ? "The note" : "The answers"}:{" "}
                {w.resourceType}/<span className="font-mono">{w.id}</span>
              </li>
            ))}
          </ul>
        </>
      ) : launch.writeStatus === "failed" && result ? (
        <>
          <p className="text-red-800">
            {result.error} The assessment is stored here; nothing is lost.
            {result.written.length > 0 &&
              ` Already written: ${result.written.map((w) => `${w.resourceType}/${w.id}`).join(", ")}.`}
          </p>
          {retry}
        </>
      ) : connection?.writeBack === "never" ? (
        <p>
          Your clinic does not write assessments back to the EHR. Use “Copy as text” for the note.
        </p>
      ) : (
        <>
          <p>Not written to the EHR yet.</p>
          {retry}
        </>
      )}
    </section>
  );
}
