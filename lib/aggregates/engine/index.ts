/**
 * The publication engine's one entry point: counts and key sums in, a release of perturbed
 * cells out (see docs/aggregates.md for the method).
 */
export type { SourceRow } from "./cells";
export { KEY_RANGE, MAX_PERTURBATION, publishCount, SHOWN, SMALL } from "./perturb";
export {
  cellKey,
  computeRelease,
  type PublishedCell,
  type Release,
  type ReleaseInput,
  type ReleaseStats,
} from "./release";
