/**
 * The dashboard filters' schema, for the route handlers (query strings). The period is all time
 * or one calendar year, because overlapping date ranges could be subtracted from each other to
 * isolate a few assessments; the cube publishes exactly these filter values and nothing between.
 */
import { z } from "zod";
import { ageBands, sexes } from "@/lib/checklist/options";
import { type AggregateFilters, ALL, notOfferedReason } from "./filter-values";

export { type AggregateFilters, ALL, filtersToSearch } from "./filter-values";

const oneOf = (values: readonly string[], error: string) =>
  z.string().refine((v) => v === ALL || values.includes(v), { error });

const filterFields = {
  clinic: z.union([z.literal(ALL), z.uuid({ error: "Unknown clinic." })]).default(ALL),
  period: z
    .union([
      z.literal(ALL),
      z.string().regex(/^\d{4}$/, { error: "The year must look like 2026." }),
    ])
    .default(ALL),
  ageBand: oneOf(
    ageBands.map((o) => o.value),
    "Unknown age band.",
  ).default(ALL),
  sex: oneOf(
    sexes.map((o) => o.value),
    "Unknown sex.",
  ).default(ALL),
};

/** A combination the figures do not offer is refused with its reason, at "filters". */
const offeredOnly = (f: AggregateFilters, ctx: z.RefinementCtx) => {
  const reason = notOfferedReason(f);
  if (reason) ctx.addIssue({ code: "custom", message: reason, path: ["filters"] });
};

export const aggregateFiltersSchema = z.object(filterFields).superRefine(offeredOnly);

/** The filters plus the release they are read from (the version on screen), if given. */
export const aggregateQuerySchema = z
  .object({
    ...filterFields,
    version: z
      .string()
      .regex(/^\d{1,9}$/, { error: "Unknown figures version." })
      .optional(),
  })
  .superRefine(offeredOnly);
