/**
 * One dashboard view: the cells of the already suppressed cube at the filtered point. Nothing is
 * computed here, so every view is a projection of the same protected table and the same version
 * always shows the same numbers (on screen, in the CSV, on any app instance).
 */
import type { BuiltCube } from "./build";
import type { Catalogue, Category } from "./catalogue";
import { cellIndex } from "./cube";
import { type AggregateFilters, ALL } from "./filter-values";
import { PUBLISHED, SECONDARY } from "./suppress";
import type { AggregateView, Cell, Row } from "./types";

export interface Published {
  version: string;
  threshold: number;
  built: BuiltCube;
  status: Uint8Array;
  catalogue: Catalogue;
  clinics: { id: string; name: string }[];
}

function cellAt(pub: Published, measure: string, nodes: number[]): Cell {
  const { cube, measureIndex } = pub.built;
  const m = measureIndex.get(measure);
  if (m === undefined) return { n: 0 };
  const idx = cellIndex(cube, m, nodes);
  const value = cube.values[idx];
  // A cell the cube does not publish is never a number on screen.
  if (value < 0) return { hidden: "suppressed" };
  const status = pub.status[idx];
  if (status === PUBLISHED) return { n: value };
  return { hidden: status === SECONDARY ? "suppressed" : "small" };
}

const rows = (pub: Published, prefix: string, list: Category[], nodes: number[]): Row[] =>
  list.map((c) => ({ key: c.key, label: c.label, cell: cellAt(pub, `${prefix}:${c.key}`, nodes) }));

/** The view for a filter set, or null when a filter names something the figures do not have. */
export function viewOf(pub: Published, filters: AggregateFilters): AggregateView | null {
  const { dims } = pub.built.cube;
  const wanted = [filters.clinic, filters.ageBand, filters.sex, filters.period];
  const nodes = wanted.map((key, d) => (key === ALL ? 0 : dims[d].keys.indexOf(key)));
  if (nodes.some((n) => n < 0)) return null;
  const [clinic, , , period] = nodes;
  const cat = pub.catalogue;
  const periodDim = dims[3];
  const months =
    period === 0
      ? periodDim.children[0].flatMap((y) => periodDim.children[y])
      : periodDim.children[period];
  const trend =
    filters.ageBand === ALL && filters.sex === ALL
      ? months.map((t) => ({
          month: periodDim.keys[t],
          total: cellAt(pub, "total", [clinic, 0, 0, t]),
          levels: rows(pub, "level", cat.levels, [clinic, 0, 0, t]),
        }))
      : null;
  return {
    version: pub.version,
    threshold: pub.threshold,
    filters,
    total: cellAt(pub, "total", nodes),
    levels: rows(pub, "level", cat.levels, nodes),
    dependence: rows(pub, "dependence", cat.dependence, nodes),
    skin: rows(pub, "skin", cat.skin, nodes),
    domains: rows(pub, "domain", cat.domains, nodes),
    rules: cat.rules.map((r) => ({ ...r, cell: cellAt(pub, `rule:${r.key}`, nodes) })),
    classes: rows(pub, "class", cat.classes, nodes),
    trend,
    options: {
      clinics: pub.clinics,
      years: periodDim.children[0].map((y) => periodDim.keys[y]),
      ageBands: cat.ageBands,
      sexes: cat.sexes,
    },
  };
}
