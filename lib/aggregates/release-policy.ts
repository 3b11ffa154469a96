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
  /** Their record keys' sum modulo KEY_RANGE: with the count, a fingerprint of the set. */
  keySum: number;
}

/** Per clinic, what the database holds now: up to the candidate time, and up to its cut-off. */
export interface Visible {
  clinicId: string;
  /** Assessments submitted at or before the candidate time, and their key sum. */
  count: number;
  keySum: number;
  /** Of those, the ones at or before the clinic's current cut-off (erasures lower it). */
  stillReleased: number;
  stillKeySum: number;
}

export interface Advance {
  cuts: ClinicCut[];
  /** Clinics whose figures move in this release by a batch (none and no erasure: nothing new). */
  advanced: string[];
  /**
   * Clinics whose released set lost assessments (an erasure, issue 18 §5): recounted at the
   * same cut-off, so the next release drops them even without a batch.
   */
  erased: string[];
  /**
   * Clinics counted whole rather than by their new assessments: the erased, and those advancing
   * whose released set is no longer what was counted (a submission that committed after the
   * run that passed its time; it waits for the clinic's next batch, like any new one).
   */
  recount: string[];
}

/**
 * The next cut-offs: `visible` is, per clinic, how many assessments were submitted at or before
 * `candidate` (a time a few seconds in the past, so no submission still committing is missed).
 */
export function advanceCuts(
  previous: readonly ClinicCut[],
  visible: readonly Visible[],
  candidate: string,
  threshold: number,
): Advance {
  const now = new Map(visible.map((v) => [v.clinicId, v]));
  const advanced: string[] = [];
  const erased: string[] = [];
  const changed = new Set<string>();
  const cuts: ClinicCut[] = [];
  for (const was of previous) {
    const v = now.get(was.clinicId);
    const still = { released: v?.stillReleased ?? 0, keySum: v?.stillKeySum ?? 0 };
    if (still.released !== was.released || still.keySum !== was.keySum) changed.add(was.clinicId);
    // Fewer, or as many with other keys: something was erased (late arrivals only add).
    if (
      still.released < was.released ||
      (still.released === was.released && still.keySum !== was.keySum)
    ) {
      erased.push(was.clinicId);
      cuts.push({ ...was, ...still });
    } else cuts.push(was);
  }
  for (const v of visible) {
    const i = cuts.findIndex((c) => c.clinicId === v.clinicId);
    if (v.count - (i < 0 ? 0 : cuts[i].released) < threshold) continue;
    advanced.push(v.clinicId);
    const cut = { clinicId: v.clinicId, cutoff: candidate, released: v.count, keySum: v.keySum };
    if (i < 0) cuts.push(cut);
    else cuts[i] = cut;
  }
  const recount = [...new Set([...erased, ...advanced.filter((id) => changed.has(id))])];
  return { cuts, advanced, erased, recount };
}

/**
 * What a release must count per clinic: `from` is exclusive ("" = from the start). A clinic that
 * only advanced adds the assessments after its old cut-off (counts and key sums are additive);
 * one that lost assessments is recounted whole.
 */
export function countPlan(previous: readonly ClinicCut[], next: Advance) {
  const was = new Map(previous.map((c) => [c.clinicId, c.cutoff]));
  return next.cuts
    .filter((c) => next.advanced.includes(c.clinicId) || next.erased.includes(c.clinicId))
    .map((c) => ({
      clinicId: c.clinicId,
      cutoff: c.cutoff,
      from: next.recount.includes(c.clinicId) ? "" : (was.get(c.clinicId) ?? ""),
    }));
}

/** Whether an assessment is in its clinic's released figures. */
export function isReleased(cuts: Map<string, string>, clinicId: string, at: string): boolean {
  const cutoff = cuts.get(clinicId);
  return cutoff !== undefined && at <= cutoff;
}
