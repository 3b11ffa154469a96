import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
import { getSessionUser } from "@/lib/auth/session";

/**
 * Evidence pages are public (no session needed, nothing patient-related on them), but a
 * signed-in clinician who follows a citation keeps the same header: name, sign out, way back.
 */
export default async function EvidenceLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const home =
    user?.role === "admin"
      ? { href: "/admin", label: "Clinic figures" }
      : user
        ? { href: "/assessments", label: "My assessments" }
        : { href: "/", label: "Checklist" };
  return (
    <>
      <AppHeader userName={user?.name} nav={[home, { href: "/evidence", label: "Evidence" }]} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
