import { PatientStep } from "@/components/checklist/steps/patient-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("patient");
export default stepPage("patient", PatientStep);
