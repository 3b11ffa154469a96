import { after, NextResponse } from "next/server";
import { aggregateFiltersSchema } from "@/lib/aggregates/filters";
import { getAggregates, refreshAggregatesIfStale } from "@/lib/dal/aggregates";
import { adminRoute } from "../guard";

/** GET: the anonymised, suppressed figures for one filter set (all datasets in one response). */
export const GET = adminRoute("admin-aggregates", aggregateFiltersSchema, async (filters, user) => {
  const result = await getAggregates(user, filters, "view");
  // Polling keeps the figures fresh: after answering, refresh the view if submissions arrived.
  // (Outside a Next request, e.g. a handler called from a test, `after` is unavailable.)
  try {
    after(refreshAggregatesIfStale);
  } catch {
    void refreshAggregatesIfStale();
  }
  if (!result.ok) return NextResponse.json({ error: result.message }, { status: result.status });
  return NextResponse.json(result.view);
});
