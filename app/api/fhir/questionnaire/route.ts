import { z } from "zod";
import { fhirDownload } from "@/lib/fhir/http";
import { questionnaire } from "@/lib/fhir/questionnaire";
import { guardedRoute } from "@/lib/http/guarded-route";

/**
 * The checklist as a FHIR R4 Questionnaire. It holds no patient data, so any signed-in user
 * (clinician or admin) may download it; anonymous requests get 401 like the rest of the API.
 */
export const GET = guardedRoute(
  {
    name: "fhir.questionnaire",
    role: "any",
    denied: "",
    rateLimit: { points: 120, duration: 60 },
    schema: z.object({}),
    input: () => ({}),
  },
  async () => fhirDownload(questionnaire, "kratom-risk-checklist.questionnaire.fhir.json"),
);
