"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { unreachable } from "@/components/ui/unreachable";
import { changeCdsClientAction } from "@/lib/actions/cds-client-actions";

/** Turns patient-view, or the whole registration, on or off for one EHR. */
export function CdsClientControls({
  clientId,
  name,
  patientViewEnabled,
  active,
}: {
  clientId: string;
  name: string;
  patientViewEnabled: boolean;
  active: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  const change = (patch: { patientViewEnabled?: boolean; active?: boolean }, done: string) =>
    startTransition(async () => {
      const result = await changeCdsClientAction({ clientId, ...patch }).catch(() => unreachable);
      setMessage(result.ok ? done : (result.formError ?? "Nothing was changed."));
      if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          change(
            { patientViewEnabled: !patientViewEnabled },
            `patient-view is ${patientViewEnabled ? "off" : "on"} for ${name}.`,
          )
        }
      >
        {patientViewEnabled ? "Turn patient-view off" : "Turn patient-view on"}
      </Button>
      <Button
        variant={active ? "danger" : "secondary"}
        disabled={pending}
        onClick={() =>
          change(
            { active: !active },
            `${name} is ${active ? "no longer accepted" : "accepted again"}.`,
          )
        }
      >
        {active ? "Stop accepting" : "Accept again"}
      </Button>
      <p role="status" aria-live="polite" className="text-green-800">
        {message}
      </p>
    </div>
  );
}
