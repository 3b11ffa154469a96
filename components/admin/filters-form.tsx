"use client";
import { type AggregateFilters, ALL, FILTER_RULE } from "@/lib/aggregates/filter-values";
import type { AggregateView } from "@/lib/aggregates/types";

interface Props {
  filters: AggregateFilters;
  options: AggregateView["options"] | undefined;
  onChange: (next: AggregateFilters) => void;
  /** Why this filter set shows no figures (refused, or unknown), said at the filters. */
  error: string | null;
}

const selectClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2";

/**
 * Four filters; each change updates the figures below and the address (a view can be
 * bookmarked), without a page change, so no submit button. A refusal is said here.
 */
export function FiltersForm({ filters, options, onChange, error }: Props) {
  const set = (key: keyof AggregateFilters) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filters, [key]: e.target.value });
  // Until the first response lists the clinics, the selected one is shown as "Your clinic".
  const clinics = options?.clinics ?? [{ id: filters.clinic, name: "Your clinic" }];
  // Every control is described by the rule and, when refused, by the reason; the controls
  // whose choice is part of a refused combination are the invalid ones.
  const described = (key: keyof AggregateFilters) => ({
    "aria-describedby": error ? "filters-rule filters-error" : "filters-rule",
    "aria-invalid": error && filters[key] !== ALL ? true : undefined,
  });
  return (
    <form
      aria-label="Filters"
      className="mt-6 grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-4"
      onSubmit={(e) => e.preventDefault()}
    >
      <p id="filters-rule" className="text-sm text-slate-700 sm:col-span-4">
        {FILTER_RULE}
      </p>
      <div>
        <label htmlFor="filter-clinic" className="font-medium">
          Clinic
        </label>
        <select
          id="filter-clinic"
          className={selectClass}
          value={filters.clinic}
          {...described("clinic")}
          onChange={set("clinic")}
        >
          <option value={ALL}>All clinics</option>
          {clinics.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-period" className="font-medium">
          Year
        </label>
        <select
          id="filter-period"
          className={selectClass}
          value={filters.period}
          {...described("period")}
          onChange={set("period")}
        >
          <option value={ALL}>All time</option>
          {(options?.years ?? []).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-age" className="font-medium">
          Age band
        </label>
        <select
          id="filter-age"
          className={selectClass}
          value={filters.ageBand}
          {...described("ageBand")}
          onChange={set("ageBand")}
        >
          <option value={ALL}>All age bands</option>
          {(options?.ageBands ?? []).map((a) => (
            <option key={a.key} value={a.key}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-sex" className="font-medium">
          Sex
        </label>
        <select
          id="filter-sex"
          className={selectClass}
          value={filters.sex}
          onChange={set("sex")}
          {...described("sex")}
        >
          <option value={ALL}>All</option>
          {(options?.sexes ?? []).map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <p
        id="filters-error"
        role="alert"
        className={
          error
            ? "rounded-md border border-red-700 bg-red-50 p-3 text-red-900 sm:col-span-4"
            : "sr-only"
        }
      >
        {error}
      </p>
    </form>
  );
}
