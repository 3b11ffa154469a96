"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export interface IssuedLink {
  link: string;
  expiresAt: string;
}

/**
 * The one time an invitation or reset link is shown. No email is sent by this app, so the admin
 * hands the link to the clinician (in person or through the clinic's secure messaging); the
 * server keeps only its hash and cannot show it again.
 */
export function InvitationLink({ issued, name }: { issued: IssuedLink; name: string }) {
  const [copied, setCopied] = useState(false);
  const expires = new Date(issued.expiresAt).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <section
      aria-labelledby="invitation-link-title"
      className="mt-4 rounded border border-amber-300 bg-amber-50 p-4"
    >
      <h3 id="invitation-link-title" className="font-semibold">
        Link for {name}: shown once
      </h3>
      <p className="mt-1 text-sm">
        Give this link to {name} yourself; no email is sent. They open it and choose their own
        password: you never see it. The link works once and expires {expires}. It is not shown
        again: if it is lost, issue a new one from the account's page.
      </p>
      <label htmlFor="invitation-link" className="mt-2 block text-sm font-medium">
        Password link
      </label>
      <input
        id="invitation-link"
        readOnly
        value={issued.link}
        className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="mt-2 flex items-center gap-3">
        <Button
          type="button"
          onClick={() =>
            navigator.clipboard
              ?.writeText(issued.link)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          Copy link
        </Button>
        <span role="status" className="text-sm text-green-800">
          {copied ? "Copied." : ""}
        </span>
      </div>
    </section>
  );
}
