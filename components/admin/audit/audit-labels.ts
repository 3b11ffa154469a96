/** Plain-language names for audit actions; unknown ones are shown as stored. */
const labels: Record<string, string> = {
  "auth.sign-in": "Signed in",
  "auth.sign-in-failed": "Failed sign-in",
  "auth.sign-in-throttled": "Sign-in refused (too many failures)",
  "auth.sign-out": "Signed out",
  "draft.created": "Started an assessment",
  "assessment.submitted": "Submitted an assessment",
  "assessment.viewed": "Viewed an assessment",
  "assessment.exported": "Exported an assessment",
  "aggregates.viewed": "Viewed clinic figures",
  "aggregates.exported": "Exported clinic figures",
  "user.created": "Created an account",
  "user.deactivated": "Deactivated an account",
  "user.reactivated": "Reactivated an account",
  "user.invited": "Issued an invitation link",
  "user.password-reset": "Reset a password (link issued)",
  "user.password-set": "Set own password from a link",
  "patient.erased": "Erased a patient's assessments on request",
  "audit-log.viewed": "Viewed the audit log",
  "access.denied": "Refused: role not allowed",
};

export const actionLabel = (action: string) => labels[action] ?? action;
