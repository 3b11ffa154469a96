import type { Metadata } from "next";
import { RefusedPage } from "@/components/auth/refused-page";
import { isSsoRefusalCode, ssoRefusals } from "@/lib/auth/sso/refusals";

export const metadata: Metadata = { title: "Sign-in refused" };

export default async function SsoRefusedPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string }>;
}) {
  const { reason } = await searchParams;
  const code = isSsoRefusalCode(reason) ? reason : "bad-request";
  return (
    <RefusedPage
      title="Signing in with your organisation's account did not work"
      text={ssoRefusals[code]}
      code={code}
    />
  );
}
