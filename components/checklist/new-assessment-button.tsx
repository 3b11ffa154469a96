"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { startAssessmentAction } from "@/lib/actions/draft-actions";

export function NewAssessmentButton() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div>
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startAssessmentAction({});
            if (result && !result.ok) setError(result.formError);
          })
        }
      >
        {pending ? "Starting…" : "New assessment"}
      </Button>
      {error && (
        <p role="alert" className="mt-2 text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
