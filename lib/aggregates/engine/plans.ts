/**
 * Which measures a protecting perturbation moves together, so that the measure equations hold
 * too: a part moves against a sibling part (the total stays), a "yes" against its "no", and
 * when that is impossible the total moves with one part of every partition and one side of
 * every binary measure (a whole assessment added or removed at the point).
 */
import type { Cube } from "./cube";
import type { MeasurePlan } from "./witness";

function totalPlan(cube: Cube, target: number): MeasurePlan {
  const t = cube.measures[target];
  const fixed = [{ m: 0, coef: 1 }];
  if (target !== 0) fixed.push({ m: target, coef: 1 });
  const choose = [
    ...cube.families
      .filter((_, f) => !(t.kind === "part" && t.family === f))
      .map((parts) => ({ candidates: parts, coef: 1 })),
    ...cube.binaries
      .filter((_, b) => !((t.kind === "yes" || t.kind === "no") && t.family === b))
      // The hidden "no" first: moving it costs nothing visible.
      .map((b) => ({ candidates: [b.no, b.yes], coef: 1 })),
  ];
  return { fixed, choose };
}

/** Plans to try for a target measure, cheapest first. */
export function plansFor(cube: Cube, target: number): MeasurePlan[] {
  const t = cube.measures[target];
  if (t.kind === "total") return [totalPlan(cube, 0)];
  if (t.kind === "part") {
    const siblings = cube.families[t.family].filter((m) => m !== target);
    const sibling =
      siblings.length > 0
        ? [{ fixed: [{ m: target, coef: 1 }], choose: [{ candidates: siblings, coef: -1 }] }]
        : [];
    return [...sibling, totalPlan(cube, target)];
  }
  const b = cube.binaries[t.family];
  const other = t.kind === "yes" ? b.no : b.yes;
  return [
    {
      fixed: [
        { m: target, coef: 1 },
        { m: other, coef: -1 },
      ],
      choose: [],
    },
    totalPlan(cube, target),
  ];
}

/** The deepest period level any measure of the plan lives at: leaves for the period options. */
export function planDepth(cube: Cube, plan: MeasurePlan): number {
  let depth = 0;
  for (const { m } of plan.fixed) depth = Math.max(depth, cube.measures[m].depthLimit);
  for (const g of plan.choose)
    for (const m of g.candidates) depth = Math.max(depth, cube.measures[m].depthLimit);
  return depth;
}
