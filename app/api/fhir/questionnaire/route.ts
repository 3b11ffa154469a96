import { getSessionUser } from "@/lib/auth/session";
import { fhirDownload, jsonError, unavailable } from "@/lib/fhir/http";
import { questionnaire } from "@/lib/fhir/questionnaire";
import { logger } from "@/lib/logger";

/**
 * The checklist as a FHIR R4 Questionnaire. It holds no patient data, so any signed-in user
 * (clinician or admin) may download it; anonymous requests get 401 like the rest of the API.
 */
export async function GET(): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) return jsonError(401, "Sign in to download the checklist Questionnaire.");
    return fhirDownload(questionnaire, "kratom-risk-checklist.questionnaire.fhir.json");
  } catch (error) {
    logger.error({ route: "fhir.questionnaire", err: { name: (error as Error)?.name } }, "failed");
    return unavailable();
  }
}
