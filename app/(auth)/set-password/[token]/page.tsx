import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { invitationTokenSchema } from "@/lib/accounts/schemas";
import { pendingInvitation } from "@/lib/dal/invitations";

export const metadata: Metadata = { title: "Choose your password", referrer: "no-referrer" };

/**
 * Where an invitation or reset link lands. Public: the holder has no session yet. The token is
 * the credential, so the page sends no Referer and says nothing about a link that is not live.
 */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const parsed = invitationTokenSchema.safeParse(token);
  const pending = parsed.success ? await pendingInvitation(parsed.data) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold">Set your password</h1>
      {pending ? (
        <div className="mt-6">
          <SetPasswordForm token={parsed.data ?? ""} email={pending.email} />
        </div>
      ) : (
        <p className="mt-6">
          This link has expired or has already been used. Ask your clinic admin for a new one.
        </p>
      )}
    </main>
  );
}
