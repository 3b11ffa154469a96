"use server";
import { redirect } from "next/navigation";
import { setPasswordSchema } from "@/lib/accounts/schemas";
import { audit } from "@/lib/audit";
import { getSessionUser } from "@/lib/auth/session";
import { redeemInvitation } from "@/lib/dal/invitations";
import { failure } from "./result";
import { createAction } from "./safe-action";

const INVALID =
  "This link has expired or has already been used. Ask your clinic admin for a new one.";

/**
 * The holder of an invitation or reset link sets their own password. Public (they have no
 * session yet), limited per address; the token is 256 random bits, so the limit is for load,
 * not guessing. Refused in a browser that is signed in: the admin who made the link cannot set
 * the password from their own session by accident (docs/security.md, "Accounts").
 */
export const setPasswordAction = createAction(
  {
    name: "set-password",
    role: "public",
    schema: setPasswordSchema,
    rateLimit: { points: 20, duration: 60 },
  },
  async ({ token, password }) => {
    const signedIn = await getSessionUser();
    if (signedIn) {
      await audit({
        action: "access.denied",
        actorId: signedIn.id,
        actorRole: signedIn.role,
        clinicId: signedIn.clinicId,
        targetType: "invitation",
        outcome: "denied",
      });
      return failure("Sign out first: this link is for the account's owner, in their own browser.");
    }
    const outcome = await redeemInvitation(token, password);
    if (outcome === "invalid") return failure(INVALID);
    if (outcome === "derived-from-email")
      return failure("Check the highlighted fields.", {
        password: ["Do not use the email address in the password."],
      });
    // To sign-in, not a message on this page: a browser with a stale session cookie has it
    // cleared during the action, and Next then re-renders this page, whose link is now spent.
    redirect("/sign-in?password=set");
  },
);
