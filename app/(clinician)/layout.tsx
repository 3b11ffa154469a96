import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";
import { getSessionUser } from "@/lib/auth/session";
import { readTimeZone } from "@/lib/http/time-zone";

/** UI shell only: each page and action below checks the session and role again. */
export default async function ClinicianLayout({ children }: { children: ReactNode }) {
  const [user, { reported }] = await Promise.all([getSessionUser(), readTimeZone()]);
  return (
    <>
      <TimeZoneCookie reported={reported} />
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
