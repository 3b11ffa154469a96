/**
 * The CSV export: exactly the cells of one view, as shown (perturbed values, "<11"), with the
 * filters and the release's time on top. Cells that look like formulas are defused, so a
 * clinic name cannot run in a spreadsheet.
 */
import { ALL } from "./filter-values";
import { type AggregateView, formatCell, type Row } from "./types";

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const line = (...values: string[]) => values.map(field).join(",");

/** "2026-03-01 09:41 UTC": the release's time to the minute, as the page gives it. */
export const releaseTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

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
    line("note", "Figures as of", releaseTime(view.publishedAt)),
    line(
      "note",
      "Small counts",
      `every count is slightly perturbed, so totals need not add up; 1 to ${t - 1} shown as <${t}`,
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
