import { NextResponse } from "next/server";
import { viewToCsv } from "@/lib/aggregates/csv";
import { aggregateQuerySchema } from "@/lib/aggregates/filters";
import { getAggregates } from "@/lib/dal/aggregates";
import { adminRoute } from "../../guard";

/** GET: the same view as CSV (the version on screen: exactly what the admin saw), audited. */
export const GET = adminRoute(
  "admin-aggregates-export",
  aggregateQuerySchema,
  async ({ version, ...filters }, user) => {
    const result = await getAggregates(user, filters, "export", version);
    if (!result.ok) return NextResponse.json({ error: result.message }, { status: result.status });
    const name = `kratom-aggregates-${filters.clinic === "all" ? "all-clinics" : "clinic"}-${filters.period}.csv`;
    // A byte-order mark: spreadsheet programs then read the file as UTF-8 ("45–54", not mojibake).
    return new NextResponse(`\uFEFF${viewToCsv(result.view)}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
      },
    });
  },
);
