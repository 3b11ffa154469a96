import { OtherHarmsStep } from "@/components/checklist/steps/other-harms-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("other-harms");
export default stepPage("other-harms", OtherHarmsStep);
