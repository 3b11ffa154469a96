import { ReviewStep } from "@/components/checklist/steps/review-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("review");
export default stepPage("review", ReviewStep);
