import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";

/** Evidence pages are public: no session needed, nothing patient-related on them. */
export default function EvidenceLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader
        nav={[
          { href: "/", label: "Checklist" },
          { href: "/evidence", label: "Evidence" },
        ]}
      />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
