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
  "user.password-reset": "Reset a password",
  "audit-log.viewed": "Viewed the audit log",
  "access.denied": "Refused: role not allowed",
  "ehr.registered": "Registered an EHR",
  "ehr.launch-started": "EHR launch started",
  "ehr.launched": "Opened from the EHR",
  "ehr.launch-refused": "EHR launch refused",
  "ehr.read": "Read from the EHR",
  "ehr.write": "Wrote to the EHR",
  "ehr.prefill-confirmed": "Confirmed answers from the EHR record",
};

export const actionLabel = (action: string) => labels[action] ?? action;
