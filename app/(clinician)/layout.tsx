import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
import { getSessionUser } from "@/lib/auth/session";

/** UI shell only: each page and action below checks the session and role again. */
export default async function ClinicianLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <>
      <AppHeader
        userName={user?.name}
        nav={[
          { href: "/assessments", label: "My assessments" },
          { href: "/evidence", label: "Evidence" },
        ]}
      />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
