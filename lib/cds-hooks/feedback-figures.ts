/**
 * The admin's figure of what prescribers did with cards: cards shown, accepted, overridden and
 * the override reasons, suppressed as every other figure is: a count from 1 to threshold − 1 is
 * "small" ("<11"); the reasons add up to the overridden count, so when exactly one reason would
 * be hidden the next smallest is hidden too ("suppressed"), or it could be worked out. A zero
 * is shown only where its group is at least the threshold. This is the one place to route the
 * figure through the cell-key method when the aggregates move to it.
 */
import type { Cell, Row } from "@/lib/aggregates/types";
import { overrideReasons } from "./cards";

export interface FeedbackCounts {
  shown: number;
  accepted: number;
  overridden: number;
  /** Override reason code → count (the service's codes and "other"). */
  reasons: Record<string, number>;
}

export interface FeedbackFigures {
  shown: Cell;
  accepted: Cell;
  overridden: Cell;
  reasons: Row[];
}

const small = (n: number, t: number, groupSmall: boolean): Cell =>
  (n > 0 && n < t) || (n === 0 && groupSmall) ? { hidden: "small" } : { n };

export const reasonRows: readonly { key: string; label: string }[] = [
  ...overrideReasons.map((r) => ({ key: r.code, label: r.display ?? r.code })),
  { key: "other", label: "Another reason (the EHR's own)" },
  { key: "none", label: "No reason given" },
];

export function feedbackFigures(c: FeedbackCounts, threshold: number): FeedbackFigures {
  const shownSmall = c.shown < threshold;
  const overriddenSmall = c.overridden < threshold;
  const named = Object.values(c.reasons).reduce((a, b) => a + b, 0);
  const counts = reasonRows.map((r) =>
    r.key === "none" ? c.overridden - named : (c.reasons[r.key] ?? 0),
  );
  const cells = counts.map((n) => small(n, threshold, overriddenSmall));
  const hidden = cells.filter((cell) => "hidden" in cell).length;
  if (hidden === 1 && !overriddenSmall) {
    // Hide the smallest shown reason as well, so the hidden one cannot be subtracted out.
    let pick = -1;
    cells.forEach((cell, i) => {
      if (!("hidden" in cell) && counts[i] > 0 && (pick < 0 || counts[i] < counts[pick])) pick = i;
    });
    if (pick >= 0) cells[pick] = { hidden: "suppressed" };
  }
  return {
    shown: small(c.shown, threshold, false),
    accepted: small(c.accepted, threshold, shownSmall),
    overridden: small(c.overridden, threshold, shownSmall),
    reasons: reasonRows.map((r, i) => ({ key: r.key, label: r.label, cell: cells[i] })),
  };
}
