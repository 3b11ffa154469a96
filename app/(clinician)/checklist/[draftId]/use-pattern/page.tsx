import { UsePatternStep } from "@/components/checklist/steps/use-pattern-step";
import { stepMetadata, stepPage } from "../step-page";

export const metadata = stepMetadata("use-pattern");
export default stepPage("use-pattern", UsePatternStep);
