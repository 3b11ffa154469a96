import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { hashPassword } from "better-auth/crypto";
import { notDerivedFromEmail } from "@/lib/accounts/schemas";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * One-time links where a clinician sets their own password, so the admin who creates the account
 * or resets its password never knows it (issue 21 §2). The token is 32 random bytes; only its
 * SHA-256 is stored, so a database reader cannot use a pending link. A link works once and
 * expires; issuing a new one for the same user retires the earlier ones.
 */
export type InvitationPurpose = "invite" | "reset";

const LIFETIME_HOURS: Record<InvitationPurpose, number> = { invite: 72, reset: 24 };

export interface IssuedInvitation {
  link: string;
  expiresAt: Date;
}

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** Call inside the transaction that creates the account or resets it. */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  input: { userId: string; purpose: InvitationPurpose; createdById: string },
): Promise<IssuedInvitation> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + LIFETIME_HOURS[input.purpose] * 3_600_000);
  const now = new Date();
  await tx.accountInvitation.updateMany({
    where: { userId: input.userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  await tx.accountInvitation.create({
    data: { ...input, tokenHash: digest(token), expiresAt },
  });
  return { link: `${env().BETTER_AUTH_URL}/set-password/${token}`, expiresAt };
}

/** The account a live link is for (its email, so the holder knows which account it sets). */
export async function pendingInvitation(
  token: string,
): Promise<{ email: string; purpose: InvitationPurpose } | null> {
  const found = await db.accountInvitation.findFirst({
    where: {
      tokenHash: digest(token),
      usedAt: null,
      expiresAt: { gt: new Date() },
      user: { active: true },
    },
    select: { purpose: true, user: { select: { email: true } } },
  });
  return found ? { email: found.user.email, purpose: found.purpose as InvitationPurpose } : null;
}

export type RedeemOutcome = "set" | "invalid" | "derived-from-email";

/**
 * Sets the password and spends the link in one transaction: the conditional update takes the
 * row, so two submissions of the same link cannot both succeed. Every session of the account
 * ends (a reset is often about a session that should not exist).
 */
export async function redeemInvitation(token: string, password: string): Promise<RedeemOutcome> {
  const hash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const invitation = await tx.accountInvitation.findFirst({
      where: { tokenHash: digest(token), usedAt: null, expiresAt: { gt: now } },
      select: {
        id: true,
        purpose: true,
        user: { select: { id: true, email: true, role: true, clinicId: true, active: true } },
      },
    });
    if (!invitation?.user.active) return "invalid";
    const { user } = invitation;
    if (!notDerivedFromEmail({ email: user.email, password })) return "derived-from-email";
    const { count } = await tx.accountInvitation.updateMany({
      where: { id: invitation.id, usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) return "invalid";
    const updated = await tx.account.updateMany({
      where: { userId: user.id, providerId: "credential" },
      data: { password: hash },
    });
    if (updated.count === 0)
      await tx.account.create({
        data: {
          id: randomUUID(),
          accountId: user.id,
          providerId: "credential",
          userId: user.id,
          password: hash,
        },
      });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await audit(
      {
        action: "user.password-set",
        actorId: user.id,
        actorRole: user.role,
        clinicId: user.clinicId,
        targetType: "invitation",
        targetId: invitation.id,
      },
      tx,
    );
    return "set";
  });
}
