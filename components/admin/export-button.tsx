"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { type AggregateFilters, filtersToSearch } from "@/lib/aggregates/filter-values";

/**
 * Downloads the CSV of the figures on screen (same filters, same version). Fetched rather than
 * linked, so a refused or failed export says so next to the button instead of failing silently.
 */
export function ExportButton({ filters, version }: { filters: AggregateFilters; version: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(
        `/api/admin/aggregates/export?${filtersToSearch(filters)}&version=${version}`,
      );
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        setError(body?.error ?? "The export failed. Try again in a moment.");
        return;
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ??
        "kratom-aggregates.csv";
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError("The export failed: the server could not be reached. Try again in a moment.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" variant="secondary" onClick={download} disabled={busy}>
        {busy ? "Preparing CSV…" : "Download CSV"}
        <span className="sr-only"> of the figures on this page</span>
      </Button>
      <p role="alert" className="max-w-xs text-right text-sm text-red-800">
        {error}
      </p>
    </div>
  );
}
