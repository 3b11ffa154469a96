import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kratom risk checklist", template: "%s · Kratom risk checklist" },
  description: "Evidence-based intake checklist for clinicians seeing patients who use kratom.",
};

/**
 * Every page renders per request: proxy.ts gives each response a fresh CSP nonce, which Next
 * can only put on its inline scripts while rendering (a prerendered page would carry none, and
 * the CSP would block its scripts). The evidence pages cost a few ms to render.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
