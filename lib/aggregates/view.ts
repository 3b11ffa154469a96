/**
 * One dashboard view: the stored cells of one release at the filtered point. Nothing is computed
 * here, so every view is a projection of the same perturbed release, and the same version always
 * shows the same numbers (on screen, in the CSV, on any app instance).
 */
import type { Catalogue, Category } from "./catalogue";
import { cellKey, type PublishedCell, SHOWN } from "./engine";
import { type AggregateFilters, ALL } from "./filter-values";
import type { AggregateView, Cell, Row } from "./types";

export interface ReleaseCells {
  version: string;
  publishedAt: string;
  threshold: number;
  catalogue: Catalogue;
  /** Clinics the release covers, with their current names. */
  clinics: { id: string; name: string }[];
  years: string[];
  /** The release's cells at (at least) the filtered point and its months. */
  cells: Iterable<PublishedCell>;
}

export function toCell(c: { n: number; status: number } | undefined): Cell {
  // A cell the release does not hold is never a number on screen.
  if (!c) return { hidden: "withheld" };
  return c.status === SHOWN ? { n: c.n } : { hidden: "small" };
}

/** Whether a filter set names a clinic and year the release has. */
export function knownFilters(rel: Pick<ReleaseCells, "clinics" | "years">, f: AggregateFilters) {
  return (
    (f.clinic === ALL || rel.clinics.some((c) => c.id === f.clinic)) &&
    (f.period === ALL || rel.years.includes(f.period))
  );
}

/** The months a view's trend lists: a year's, or every month of every year. */
export const monthsOf = (years: string[], period: string) =>
  (period === ALL ? years : [period]).flatMap((y) =>
    Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, "0")}`),
  );

/** The view for a filter set, or null when a filter names something the figures do not have. */
export function viewOf(rel: ReleaseCells, filters: AggregateFilters): AggregateView | null {
  if (!knownFilters(rel, filters)) return null;
  const byKey = new Map<string, PublishedCell>();
  for (const c of rel.cells) byKey.set(cellKey(c), c);
  const at = (measure: string, period: string, ageBand = filters.ageBand, sex = filters.sex) =>
    toCell(byKey.get(cellKey({ clinic: filters.clinic, ageBand, sex, period, measure })));
  const rows = (prefix: string, list: Category[], period = filters.period): Row[] =>
    list.map((c) => ({ key: c.key, label: c.label, cell: at(`${prefix}:${c.key}`, period) }));
  const cat = rel.catalogue;
  const trend =
    filters.ageBand === ALL && filters.sex === ALL
      ? monthsOf(rel.years, filters.period).map((month) => ({
          month,
          total: at("total", month),
        }))
      : null;
  return {
    version: rel.version,
    publishedAt: rel.publishedAt,
    threshold: rel.threshold,
    filters,
    total: at("total", filters.period),
    levels: rows("level", cat.levels),
    dependence: rows("dependence", cat.dependence),
    skin: rows("skin", cat.skin),
    domains: rows("domain", cat.domains),
    rules: cat.rules.map((r) => ({ ...r, cell: at(`rule:${r.key}`, filters.period) })),
    classes: rows("class", cat.classes),
    trend,
    options: {
      clinics: rel.clinics,
      years: rel.years,
      ageBands: cat.ageBands,
      sexes: cat.sexes,
    },
  };
}
