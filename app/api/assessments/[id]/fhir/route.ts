import { z } from "zod";
import { audit } from "@/lib/audit";
import { getAssessment } from "@/lib/dal/assessments";
import { fhirDownload, jsonError } from "@/lib/fhir/http";
import { toQuestionnaireResponse } from "@/lib/fhir/questionnaire-response";
import { guardedRoute } from "@/lib/http/guarded-route";

const paramsSchema = z.object({ id: z.uuid() });

/**
 * One of the clinician's own assessments as a FHIR R4 QuestionnaireResponse download. The guard
 * checks session, role, rate limit and the id; ownership is in the DAL, where someone else's id
 * and a missing id both come back as 404.
 */
export const GET = guardedRoute(
  {
    name: "assessment.export",
    role: "clinician",
    denied: "Only the clinician who made an assessment can export it.",
    rateLimit: { points: 60, duration: 60 },
    schema: paramsSchema,
    input: (_request: Request, context: { params: Promise<{ id: string }> }) => context.params,
    invalid: "The assessment id is not valid.",
  },
  async ({ id }, user) => {
    const assessment = await getAssessment(user, id);
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
  },
);
