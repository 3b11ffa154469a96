import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { buttonLinkClass } from "@/components/ui/button";
import { ssoRefusals } from "@/lib/auth/sso/refusals";
import { providerForEmail } from "@/lib/dal/identity-providers";

export const metadata: Metadata = { title: "Sign in with your organisation" };

/** Names the clinic's provider for the email's domain and links on to it (/sso/start). */
export default async function OrganisationSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string }>;
}) {
  const { email } = await searchParams;
  const parsed = z.email().max(254).safeParse(email);
  const provider = parsed.success ? await providerForEmail(parsed.data) : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in with your organisation</h1>
      {provider && parsed.success ? (
        <p className="mt-4">
          <a
            href={`/sso/start?email=${encodeURIComponent(parsed.data)}`}
            className={buttonLinkClass}
          >
            Continue to {provider.name}
          </a>
        </p>
      ) : (
        <p className="mt-4">
          {parsed.success ? ssoRefusals["no-provider"] : ssoRefusals["bad-request"]}
        </p>
      )}
      <p className="mt-6">
        <Link href="/sign-in" className="text-blue-800 underline">
          Back to sign-in
        </Link>
      </p>
    </main>
  );
}
