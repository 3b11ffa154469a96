"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { discardDraftAction } from "@/lib/actions/draft-actions";

/**
 * Discards an unsubmitted draft after asking once, in the page (no browser dialog): the
 * question names the draft, Keep is the first choice, and focus moves into the question and
 * back to the Discard button when it is kept.
 */
export function DiscardDraftButton({ draftId, label }: { draftId: string; label: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current ||= asking;
  }, [asking]);

  if (!asking)
    return (
      <Button ref={opener} variant="secondary" onClick={() => setAsking(true)}>
        Discard<span className="sr-only"> draft {label}</span>
      </Button>
    );
  return (
    <fieldset className="flex flex-wrap items-center gap-2 rounded-md border border-red-700 bg-red-50 p-2">
      <legend className="sr-only">Discard draft {label}?</legend>
      <p className="text-sm">
        Discard this draft? Its answers are deleted and cannot be brought back.
      </p>
      <Button variant="secondary" ref={keep} disabled={pending} onClick={() => setAsking(false)}>
        Keep it
      </Button>
      <Button
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await discardDraftAction({ draftId });
            if (result.ok) router.refresh();
            else setError(result.formError);
          })
        }
      >
        {pending ? "Discarding…" : "Discard draft"}
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
