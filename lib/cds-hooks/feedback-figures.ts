/**
 * The admin's figure of what prescribers did with cards: cards shown, accepted, overridden and
 * the override reasons, published by the same cell-key method as every other figure
 * (docs/aggregates.md): each card carries a record key (derived from its id in SQL), a cell's
 * value is its count perturbed by the table lookup on its key sum salted with the clinic's key
 * sum, and a perturbed value from 1 to threshold − 1 shows as "<11". The same cards always give
 * the same figures; a new card re-perturbs every cell, so two readings cannot be subtracted to
 * learn one prescriber's decision, and no complementary suppression is needed.
 */
import { publishCount, SMALL } from "@/lib/aggregates/engine/perturb";
import type { Cell, Row } from "@/lib/aggregates/types";
import { overrideReasons } from "./cards";

/** A count of cards and the sum of their record keys. */
export interface KeyedCount {
  n: number;
  keySum: number;
}

export interface FeedbackCounts {
  shown: KeyedCount;
  accepted: KeyedCount;
  overridden: KeyedCount;
  /** Override reason code → count (the service's codes, "other" and "none"). */
  reasons: Record<string, KeyedCount>;
}

export interface FeedbackFigures {
  shown: Cell;
  accepted: Cell;
  overridden: Cell;
  reasons: Row[];
}

export const reasonRows: readonly { key: string; label: string }[] = [
  ...overrideReasons.map((r) => ({ key: r.code, label: r.display ?? r.code })),
  { key: "other", label: "Another reason (the EHR's own)" },
  { key: "none", label: "No reason given" },
];

const none: KeyedCount = { n: 0, keySum: 0 };

export function feedbackFigures(c: FeedbackCounts, threshold: number): FeedbackFigures {
  // The salt: every card the clinic's figure holds, as a clinic's key sum salts its cube.
  const salt = c.shown.keySum;
  const cell = ({ n, keySum }: KeyedCount): Cell => {
    const published = publishCount(n, keySum, salt, threshold);
    return published.status === SMALL ? { hidden: "small" } : { n: published.value };
  };
  return {
    shown: cell(c.shown),
    accepted: cell(c.accepted),
    overridden: cell(c.overridden),
    reasons: reasonRows.map((r) => ({ ...r, cell: cell(c.reasons[r.key] ?? none) })),
  };
}
