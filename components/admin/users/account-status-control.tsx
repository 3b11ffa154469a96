"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { unreachable } from "@/components/ui/unreachable";
import { deactivateClinicianAction, reactivateClinicianAction } from "@/lib/actions/user-actions";

/** Deactivate (asks once more: it signs the clinician out at once) or reactivate an account. */
export function AccountStatusControl({
  userId,
  name,
  active,
}: {
  userId: string;
  name: string;
  active: boolean;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  const confirmRef = useRef<HTMLDivElement>(null);
  // The button that opened the question disappears: move focus to the question itself.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const run = (action: typeof deactivateClinicianAction, done: string) =>
    startTransition(async () => {
      const result = await action({ userId }).catch(() => unreachable);
      setConfirming(false);
      setMessage(result.ok ? done : (result.formError ?? "Nothing was changed."));
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      {active && !confirming && (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Deactivate account
        </Button>
      )}
      {active && confirming && (
        <div
          ref={confirmRef}
          tabIndex={-1}
          className="rounded-md border border-red-700 bg-white p-4"
        >
          <p>
            {name} will be signed out at once and cannot sign in until reactivated. Their
            assessments are kept.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() => run(deactivateClinicianAction, `${name} is deactivated.`)}
            >
              {pending ? "Deactivating…" : "Yes, deactivate"}
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {!active && (
        <Button
          disabled={pending}
          onClick={() => run(reactivateClinicianAction, `${name} can sign in again.`)}
        >
          {pending ? "Reactivating…" : "Reactivate account"}
        </Button>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
