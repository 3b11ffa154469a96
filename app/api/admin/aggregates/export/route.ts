import { NextResponse } from "next/server";
import { z } from "zod";
import { viewToCsv } from "@/lib/aggregates/csv";
import { aggregateFiltersSchema } from "@/lib/aggregates/filters";
import { getAggregates } from "@/lib/dal/aggregates";
import { adminRoute } from "../../guard";

// The version of the figures on screen: the file then holds exactly what the admin saw.
const exportSchema = z.intersection(
  aggregateFiltersSchema,
  z.object({ version: z.string().max(40, { error: "Unknown figures version." }).optional() }),
);

/** GET: the same view as CSV, audited as an export. */
export const GET = adminRoute(
  "admin-aggregates-export",
  exportSchema,
  async ({ version, ...filters }, user) => {
    const result = await getAggregates(user, filters, "export", version);
    if (!result.ok) return NextResponse.json({ error: result.message }, { status: result.status });
    const name = `kratom-aggregates-${filters.clinic === "all" ? "all-clinics" : "clinic"}-${filters.period}.csv`;
    return new NextResponse(viewToCsv(result.view), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
      },
    });
  },
);
