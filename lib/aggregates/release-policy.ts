/**
 * The release policy (issue 10 §0): a clinic's figures move only in batches. A new release takes
 * a clinic's assessments up to a new cut-off only once at least `threshold` of them have arrived
 * since its last release; until then the clinic's figures stay exactly as released. So between
 * any two releases a clinic changed by no assessment or by at least the threshold, and one
 * submission, or up to threshold−1 of them, never changes anything an admin can see.
 */
export interface ClinicCut {
  clinicId: string;
  /** Assessments submitted at or before this time (UTC, ISO) are in the clinic's figures. */
  cutoff: string;
  /** How many assessments the clinic's figures hold. */
  released: number;
}

export interface Advance {
  cuts: ClinicCut[];
  /** Clinics whose figures move in this release (none: nothing to publish). */
  advanced: string[];
}

/**
 * The next cut-offs: `visible` is, per clinic, how many assessments were submitted at or before
 * `candidate` (a time a few seconds in the past, so no submission still committing is missed).
 */
export function advanceCuts(
  previous: readonly ClinicCut[],
  visible: readonly { clinicId: string; count: number }[],
  candidate: string,
  threshold: number,
): Advance {
  const before = new Map(previous.map((c) => [c.clinicId, c]));
  const advanced: string[] = [];
  const cuts = visible.flatMap(({ clinicId, count }) => {
    const was = before.get(clinicId);
    if (count - (was?.released ?? 0) >= threshold) {
      advanced.push(clinicId);
      return [{ clinicId, cutoff: candidate, released: count }];
    }
    return was ? [was] : [];
  });
  // Clinics with nothing visible any more keep their cut (assessments are never deleted).
  for (const c of previous) if (!cuts.some((x) => x.clinicId === c.clinicId)) cuts.push(c);
  return { cuts, advanced };
}

/** Whether an assessment is in its clinic's released figures. */
export function isReleased(cuts: Map<string, string>, clinicId: string, at: string): boolean {
  const cutoff = cuts.get(clinicId);
  return cutoff !== undefined && at <= cutoff;
}
