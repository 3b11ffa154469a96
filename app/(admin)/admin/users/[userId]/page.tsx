import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountStatusControl } from "@/components/admin/users/account-status-control";
import { ResetPasswordForm } from "@/components/admin/users/reset-password-form";
import { userIdSchema } from "@/lib/accounts/schemas";
import { requirePageUser } from "@/lib/auth/session";
import { getClinician } from "@/lib/dal/users";

export const metadata: Metadata = { title: "Manage account" };

export default async function ManageUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const admin = await requirePageUser("admin", `/admin/users/${encodeURIComponent(userId)}`);
  // Another clinic's user, an admin and a made-up id all look the same: 404.
  const user = userIdSchema.safeParse(userId).success ? await getClinician(admin, userId) : null;
  if (!user) notFound();
  return (
    <>
      <p>
        <Link href="/admin/users" className="text-blue-800 underline">
          ← Clinician accounts
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{user.name}</h1>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium">Status</dt>
        <dd>{user.active ? "Active" : "Deactivated"}</dd>
      </dl>
      <section aria-labelledby="status-title" className="mt-8 max-w-md">
        <h2 id="status-title" className="text-xl font-semibold">
          Access
        </h2>
        <div className="mt-2">
          <AccountStatusControl userId={user.id} name={user.name} active={user.active} />
        </div>
      </section>
      <section className="mt-8 max-w-md">
        <ResetPasswordForm userId={user.id} name={user.name} />
      </section>
    </>
  );
}
