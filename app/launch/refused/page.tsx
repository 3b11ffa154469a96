import type { Metadata } from "next";
import { RefusedPage } from "@/components/auth/refused-page";
import { isRefusalCode, refusals } from "@/lib/smart/refusals";

export const metadata: Metadata = { title: "Opening from the EHR was refused" };

export default async function LaunchRefusedPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string }>;
}) {
  const { reason } = await searchParams;
  const code = isRefusalCode(reason) ? reason : "bad-request";
  return (
    <RefusedPage
      title="The checklist could not be opened from the EHR"
      text={refusals[code]}
      code={code}
    />
  );
}
