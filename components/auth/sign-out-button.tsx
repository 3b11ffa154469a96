"use client";
import { useTransition } from "react";
import { clearAllUnsaved } from "@/components/checklist/draft-memory";
import { signOutAction } from "@/lib/actions/auth-actions";

export function SignOutButton() {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          clearAllUnsaved();
          await signOutAction({});
        })
      }
      className="min-h-11 rounded-md border border-slate-400 px-3 text-sm hover:bg-slate-100"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
