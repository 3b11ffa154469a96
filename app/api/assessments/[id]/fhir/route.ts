import { z } from "zod";
import { consume } from "@/lib/actions/rate-limit";
import { audit } from "@/lib/audit";
import { getSessionUser } from "@/lib/auth/session";
import { getAssessment } from "@/lib/dal/assessments";
import { fhirDownload, jsonError, unavailable } from "@/lib/fhir/http";
import { toQuestionnaireResponse } from "@/lib/fhir/questionnaire-response";
import { logger } from "@/lib/logger";

const paramsSchema = z.object({ id: z.uuid() });

/**
 * One of the clinician's own assessments as a FHIR R4 QuestionnaireResponse download.
 * Checks run in the order that leaks least: session, role, rate limit, input, then ownership
 * in the DAL, where someone else's id and a missing id both come back as 404.
 */
export async function GET(
  _request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) return jsonError(401, "Sign in to export an assessment.");
    if (user.role !== "clinician") {
      await audit({
        action: "access.denied",
        actorId: user.id,
        actorRole: user.role,
        clinicId: user.clinicId,
        targetType: "route",
        targetId: "assessment.export",
        outcome: "denied",
      });
      return jsonError(403, "Only the clinician who made an assessment can export it.");
    }
    // Before input checks, so probing with malformed ids spends the same budget.
    if (!(await consume(`assessment.export:${user.id}`, { points: 60, duration: 60 })))
      return jsonError(429, "Too many exports in a short time. Wait a minute and try again.", {
        "Retry-After": "60",
      });
    const parsed = paramsSchema.safeParse(await context.params);
    if (!parsed.success) return jsonError(400, "The assessment id is not valid.");
    const assessment = await getAssessment(user, parsed.data.id);
    if (!assessment) return jsonError(404, "No such assessment.");
    // The patient reference in the DTO is not passed on: the export has no subject.
    const resource = toQuestionnaireResponse({
      id: assessment.id,
      answers: assessment.answers,
      submittedAt: assessment.submittedAt,
      summary: assessment.summary,
    });
    // Audited before the file is sent: an export that cannot be logged is not made.
    await audit({
      action: "assessment.exported",
      actorId: user.id,
      actorRole: user.role,
      clinicId: user.clinicId,
      targetType: "assessment",
      targetId: assessment.id,
    });
    return fhirDownload(resource, `assessment-${assessment.id}.fhir.json`);
  } catch (error) {
    logger.error({ route: "assessment.export", err: { name: (error as Error)?.name } }, "failed");
    return unavailable();
  }
}
