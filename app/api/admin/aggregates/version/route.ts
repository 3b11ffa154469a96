import { NextResponse } from "next/server";
import { z } from "zod";
import { getReleaseInfo } from "@/lib/dal/aggregates";
import { adminRoute } from "../../guard";

/**
 * GET: the latest release's version and time, polled by an open dashboard. It shows no figure,
 * so it writes no audit entry and no rate-limit row; the figures are fetched (and audited) only
 * when the version changes. Publishing is the publisher process's work (scripts/publisher.ts),
 * never a request's.
 */
export const GET = adminRoute(
  "admin-aggregates-version",
  z.object({}),
  async (_input, user) => {
    const result = await getReleaseInfo(user);
    if (!result.ok) return NextResponse.json({ error: result.message }, { status: result.status });
    return NextResponse.json(
      result.release ?? { version: null, publishedAt: null, preparingBy: result.preparingBy },
    );
  },
  { polled: true },
);
