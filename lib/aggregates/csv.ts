/**
 * The CSV export: exactly the cells of one view, as shown ("<11", "suppressed" included), with
 * the filters and the figures' version on top. Cells that look like formulas are defused, so a
 * clinic name cannot run in a spreadsheet.
 */
import { ALL } from "./filter-values";
import { type AggregateView, formatCell, type Row } from "./types";

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const line = (...values: string[]) => values.map(field).join(",");

export function viewToCsv(view: AggregateView): string {
  const t = view.threshold;
  const label = (list: { key: string; label: string }[], key: string) =>
    key === ALL ? "All" : (list.find((x) => x.key === key)?.label ?? key);
  const clinics = view.options.clinics.map((c) => ({ key: c.id, label: c.name }));
  const out = [
    line("section", "category", "count"),
    line("filter", "Clinic", label(clinics, view.filters.clinic)),
    line("filter", "Year", view.filters.period === ALL ? "All time" : view.filters.period),
    line("filter", "Age band", label(view.options.ageBands, view.filters.ageBand)),
    line("filter", "Sex", label(view.options.sexes, view.filters.sex)),
    line("note", "Figures as of", view.version),
    line(
      "note",
      "Small counts",
      `1 to ${t - 1} shown as <${t}; "suppressed" hides a count that would reveal one`,
    ),
    line("assessments", "Submitted assessments", formatCell(view.total, t)),
  ];
  const section = (name: string, list: Row[]) => {
    for (const r of list) out.push(line(name, r.label, formatCell(r.cell, t)));
  };
  section("overall level", view.levels);
  section("domain with findings", view.domains);
  section("finding", view.rules);
  section("co-medication class", view.classes);
  section("dependence severity", view.dependence);
  section("skin change", view.skin);
  for (const p of view.trend ?? []) out.push(line("month", p.month, formatCell(p.total, t)));
  return `${out.join("\r\n")}\r\n`;
}
