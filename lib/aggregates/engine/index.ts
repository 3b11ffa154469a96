/**
 * The suppression engine's one entry point: counts in, a release of protected cells out.
 * Everything else in this folder is its machinery (see docs/aggregates.md for the method).
 */
export type { SourceRow } from "./build";
export {
  cellKey,
  computeRelease,
  computeReleaseAsync,
  type PublishedCell,
  type Release,
  type ReleaseInput,
  type ReleaseStats,
} from "./release";
export { PRIMARY, PUBLISHED, SECONDARY, SMALL_ZERO, WITHHELD } from "./witness";
