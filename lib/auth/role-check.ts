import "server-only";
import { audit } from "@/lib/audit";
import type { Role, SessionUser } from "./session";

/**
 * True when the signed-in user has the role a server action or route handler asks for ("any"
 * admits every role). Otherwise the refusal is audited (who, their clinic, which action or
 * route) before the caller answers, so a probe across roles always leaves a trace.
 */
export async function hasRole(
  user: SessionUser,
  role: Role | "any",
  target: { type: "action" | "route"; name: string },
): Promise<boolean> {
  if (role === "any" || user.role === role) return true;
  await audit({
    action: "access.denied",
    actorId: user.id,
    actorRole: user.role,
    clinicId: user.clinicId,
    targetType: target.type,
    targetId: target.name,
    outcome: "denied",
  });
  return false;
}
