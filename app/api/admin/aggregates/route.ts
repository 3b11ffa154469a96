import { NextResponse } from "next/server";
import { aggregateQuerySchema } from "@/lib/aggregates/filters";
import { getAggregates } from "@/lib/dal/aggregates";
import { adminRoute } from "../guard";

/**
 * GET: the anonymised, suppressed figures of one filter set and release (all datasets in one
 * response). The dashboard asks once per view and version, so each is audited once.
 */
export const GET = adminRoute(
  "admin-aggregates",
  aggregateQuerySchema,
  async ({ version, ...filters }, user) => {
    const result = await getAggregates(user, filters, "view", version);
    if (!result.ok) return NextResponse.json({ error: result.message }, { status: result.status });
    return NextResponse.json(result.view);
  },
);
