"use client";
import { useRouter } from "next/navigation";
import { startTransition } from "react";

/**
 * A checklist step that failed to load (usually the database did not answer in time). This
 * boundary sits inside the draft layout, which holds the one form for all steps, so the
 * answers typed so far are still in memory: trying again re-renders the step with them.
 */
export default function StepError({ reset }: { error: Error; reset: () => void }) {
  const router = useRouter();
  return (
    <div role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-4">
      <h2 className="text-lg font-bold">This step could not be loaded</h2>
      <p className="mt-2">
        The database could not be reached. Your answers are still here: try again in a moment.
      </p>
      <button
        type="button"
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="mt-4 min-h-11 rounded-md bg-blue-700 px-4 text-white"
      >
        Try again
      </button>
    </div>
  );
}
