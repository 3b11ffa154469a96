import { MedicationsStep } from "@/components/checklist/steps/medications-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("medications");
export default stepPage("medications", MedicationsStep);
