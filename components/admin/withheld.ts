import { type AggregateView, type Cell, isHidden } from "@/lib/aggregates/types";

const isWithheld = (c: Cell) => isHidden(c) && c.hidden === "withheld";

/** The sections of a view that hold a withheld figure, named as on the page. */
export function withheldSections(v: AggregateView): string[] {
  const sections: [string, Cell[]][] = [
    ["the total", [v.total]],
    ["overall risk level", v.levels.map((r) => r.cell)],
    ["trend by month", (v.trend ?? []).map((p) => p.total)],
    ["findings by domain", v.domains.map((r) => r.cell)],
    ["how often each finding fires", v.rules.map((r) => r.cell)],
    ["co-medication classes", v.classes.map((r) => r.cell)],
    ["dependence severity", v.dependence.map((r) => r.cell)],
    ["skin changes", v.skin.map((r) => r.cell)],
  ];
  return sections.filter(([, cells]) => cells.some(isWithheld)).map(([name]) => name);
}
