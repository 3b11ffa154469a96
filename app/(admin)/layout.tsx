import type { ReactNode } from "react";
import { AppHeader } from "@/components/ui/app-header";
import { getSessionUser } from "@/lib/auth/session";

/** UI shell only: each admin page and action checks the session and the admin role again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  return (
    <>
      <AppHeader
        userName={user?.name}
        nav={[
          { href: "/admin", label: "Clinic figures" },
          { href: "/admin/users", label: "Accounts" },
          { href: "/admin/audit", label: "Audit log" },
          { href: "/admin/decision-support", label: "Decision support" },
          { href: "/admin/ehr", label: "EHR" },
          { href: "/admin/erasure", label: "Erasure" },
          { href: "/evidence", label: "Evidence" },
        ]}
      />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
