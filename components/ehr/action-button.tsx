"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { unreachable } from "@/components/ui/unreachable";
import type { ActionResult } from "@/lib/actions/result";

/**
 * One button bound to one server action: pending while it runs, the page refreshed on success
 * (the server component above shows the new state), a failure announced beside the button.
 */
export function ActionButton({
  label,
  pendingLabel,
  run,
  variant = "secondary",
}: {
  label: string;
  pendingLabel: string;
  run: () => Promise<ActionResult<unknown> | undefined>;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState("");
  const click = () =>
    startTransition(async () => {
      setMessage("");
      const result = (await run().catch(() => unreachable)) ?? unreachable;
      if (result.ok) router.refresh();
      else setMessage(result.formError ?? "That did not work: try again.");
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant={variant} onClick={click} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <span role="status" className="text-red-800">
        {message}
      </span>
    </span>
  );
}
