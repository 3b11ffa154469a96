"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/report/local-time";

/**
 * Tells the server the browser's time zone, so pages render times on the clinician's clock.
 * Only when it differs from what the server used: the first page after signing in on a new
 * browser (or after travelling) re-renders once; every later page is right from the start.
 */
export function TimeZoneCookie({ reported }: { reported?: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === reported) return;
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    // biome-ignore lint/suspicious/noDocumentCookie: one non-secret preference, no library needed
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax${secure}`;
    router.refresh();
  }, [reported, router]);
  return null;
}
