// The filter rule at the controls (issue 21 §4): a combination the figures do not offer is
// refused with its reason in the form's alert, every control is described by the rule and the
// reason, and the controls chosen in the refused combination are the invalid ones.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ALL, FILTER_RULE, notOfferedReason } from "@/lib/aggregates/filter-values";
import { FiltersForm } from "./filters-form";

const options = {
  clinics: [{ id: "c1", name: "North clinic" }],
  years: ["2025", "2026"],
  ageBands: [{ key: "25-34", label: "25–34" }],
  sexes: [{ key: "male", label: "Male" }],
};

/** The opening tag of the select with this id. */
const select = (html: string, id: string) =>
  html.match(new RegExp(`<select[^>]*id="${id}"[^>]*>`))?.[0] ?? "";

function render(filters: { clinic?: string; period?: string; ageBand?: string; sex?: string }) {
  const f = { clinic: ALL, period: ALL, ageBand: ALL, sex: ALL, ...filters };
  return renderToStaticMarkup(
    <FiltersForm filters={f} options={options} onChange={() => {}} error={notOfferedReason(f)} />,
  );
}

describe("FiltersForm", () => {
  it("says the rule, and marks nothing invalid for an offered combination", () => {
    const html = render({ clinic: "c1", period: "2026" });
    expect(html).toContain(FILTER_RULE);
    for (const id of ["filter-clinic", "filter-period", "filter-age", "filter-sex"]) {
      expect(select(html, id)).toContain('aria-describedby="filters-rule"');
      expect(select(html, id)).not.toContain("aria-invalid");
    }
  });

  it("gives the reason at the controls when clinic and age band are chosen together", () => {
    const html = render({ clinic: "c1", ageBand: "25-34" });
    expect(html).toMatch(
      /role="alert"[^>]*>The figures are not offered for clinic and age band together\./,
    );
    for (const id of ["filter-clinic", "filter-age"]) {
      expect(select(html, id)).toContain('aria-invalid="true"');
      expect(select(html, id)).toContain('aria-describedby="filters-rule filters-error"');
    }
    for (const id of ["filter-period", "filter-sex"])
      expect(select(html, id)).not.toContain("aria-invalid");
  });
});
